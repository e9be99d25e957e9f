import { sql, type Kysely } from 'kysely'
import { idColumn } from './idColumn'

// Frozen once landed: never edit this file, add a new migration instead.

/**
 * The hall's paired devices (DESIGN.md "The hall's devices and roles"): each has one role, a
 * leader's screen its table, and its own secret, of which only the SHA-256 is kept (a 256-bit
 * random secret needs no slow hash: it cannot be guessed). A revoked device keeps its row, so
 * the audit log's device names stay readable.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('device')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role IN ('admin', 'desk', 'leader', 'staff', 'board', 'kiosk')`),
    )
    .addColumn('table_no', 'integer')
    .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
    .addColumn('paired_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text')
    .addColumn('last_address', 'text')
    .addColumn('revoked_at', 'text')
    .addCheckConstraint(
      'device_leader_table',
      sql`(role = 'leader') = (table_no IS NOT NULL) AND (table_no IS NULL OR table_no >= 1)`,
    )
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('Paired devices are not reverted')
}
