import type { Kysely } from 'kysely'

// Frozen once landed: never edit this file, add a new migration instead.

/**
 * The last ticket number drawn on each reception day. On PostgreSQL several hubs register at
 * once: the number is drawn from this row in a statement of its own (services/batch/ticket.ts),
 * so a registration holds the row's lock for that statement only, not until its own commit as
 * the day row's lock did (`max(ticket_no) + 1` under `select … for update`). A day registered
 * before this migration has no row: its first draw starts from the day's highest ticket.
 *
 * No foreign key to reception_day, on purpose: its check would take a share lock on the day's
 * row from the counter's connection, which `day.close` may be waiting to lock for update while
 * the registration that waits for this draw holds the day's row shared, a deadlock across two
 * connections that the server cannot see. A day's id is never reused, so a counter cannot
 * outlive its day into another's.
 *
 * Written with Kysely's schema builder only: the same on both databases.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('day_ticket')
    .addColumn('day_id', 'integer', (c) => c.primaryKey())
    .addColumn('last_no', 'integer', (c) => c.notNull())
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('The ticket counters are not reverted')
}
