import { type Kysely } from 'kysely'

// Frozen once landed: never edit this file, add a new migration instead.

/**
 * Idempotent retries (issue 10 §7): a client names each submission with a request id; the hub
 * keeps the id, the procedure, a hash of the input and the answer in the same transaction as
 * the action, so a retry after a lost answer gets the first answer instead of a second ticket.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('request_log')
    .addColumn('request_id', 'text', (c) => c.primaryKey())
    .addColumn('procedure', 'text', (c) => c.notNull())
    .addColumn('input_hash', 'text', (c) => c.notNull())
    .addColumn('result_json', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('The request log is not reverted')
}
