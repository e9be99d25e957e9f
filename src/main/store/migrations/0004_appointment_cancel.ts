import { type Kysely } from 'kysely'

// Frozen once landed: never edit this file, add a new migration instead.

/**
 * A cancelled appointment (约访) keeps when and why it was cancelled, so the desk can tell
 * an arriving visitor and the plan shows it; the audit log keeps who did it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('appointment').addColumn('cancelled_at', 'text').execute()
  await db.schema.alterTable('appointment').addColumn('cancel_reason', 'text').execute()
  await db.schema
    .createIndex('appointment_day_state_idx')
    .on('appointment')
    .columns(['day_id', 'state'])
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('Appointment cancellation columns are not reverted')
}
