import { sql } from 'kysely'
import type { Trx } from '../core/context'

/** Statuses in which a batch is still in the hall: a second ticket would queue the person twice. */
export const OPEN_STATUSES = ['waiting', 'called', 'in_session'] as const

export interface OpenBatchToday {
  batchId: number
  ticketNo: number
  tableNo: number
  status: (typeof OPEN_STATUSES)[number]
}

/** The first batch of the day, still open, that one of these persons belongs to. */
export async function openBatchOfPersons(
  trx: Trx,
  dayId: number,
  personIds: readonly number[],
): Promise<OpenBatchToday | undefined> {
  if (personIds.length === 0) return undefined
  const row = await trx
    .selectFrom('batch_member')
    .innerJoin('batch', 'batch.id', 'batch_member.batch_id')
    .innerJoin('duty', 'duty.id', 'batch.duty_id')
    .select([
      'batch.id as batchId',
      'batch.ticket_no as ticketNo',
      'batch.status as status',
      'duty.table_no as tableNo',
    ])
    // From the persons' own rows (a few each), not from the day's batches (a thousand by the
    // afternoon): the unary + keeps SQLite's planner off the day index (PostgreSQL reads it alike).
    .where(sql<number>`+${sql.ref('batch.day_id')}`, '=', dayId)
    .where('batch_member.person_id', 'in', [...personIds])
    .where('batch.status', 'in', [...OPEN_STATUSES])
    .orderBy('batch.ticket_no')
    .executeTakeFirst()
  return row as OpenBatchToday | undefined
}
