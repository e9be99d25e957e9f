import type { Kysely } from 'kysely'
import { idColumn } from './idColumn'

// Frozen once landed: never edit this file, add a new migration instead.

/**
 * The petitioner's query code at the hall's kiosk (issue 14, item 9): every look-up, right or
 * wrong, is one row, so wrong codes and wrong last digits are counted per kiosk device and per
 * code over a window and a guesser is locked out, the same after a hub restart and on every hub
 * of a PostgreSQL county. `device` names the kiosk (`device#7`, or `admin` for the hub's own
 * secret); `code` is the code as typed (upper-cased, at most 16 characters), never digits of an
 * ID number or phone.
 *
 * Written with Kysely's schema builder only: the same on both databases.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('query_attempt')
    .addColumn('id', 'integer', idColumn(db))
    /** When it was made (ISO, UTC, the hall's clock). */
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('device', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    /** 1: the code and the last digits matched a case; 0: they did not. */
    .addColumn('ok', 'integer', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('query_attempt_device_idx')
    .on('query_attempt')
    .columns(['device', 'at'])
    .execute()
  await db.schema
    .createIndex('query_attempt_code_idx')
    .on('query_attempt')
    .columns(['code', 'at'])
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('Query attempts are not reverted')
}
