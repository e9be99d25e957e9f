import { sql, type Kysely } from 'kysely'

// Frozen once landed: never edit this file, add a new migration instead.

/**
 * One row telling whether the hub closed the database cleanly: set at a graceful close,
 * cleared at every open. Start-up runs the full check only when it is not set (a crash, a
 * power cut), so a clean start stays fast however large the history grows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('store_state')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('clean_shutdown', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('opened_at', 'text')
    .addColumn('closed_at', 'text')
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('The shutdown marker is not reverted')
}
