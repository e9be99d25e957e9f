import type { Kysely } from 'kysely'
import type { Database } from '../store/schema'
import type { Trx } from './context'
import { DomainError } from './domainError'

type Reader = Kysely<Database> | Trx

/**
 * A closed day is read-only: every write to its batches (registration, correction,
 * cancellation, queue actions, outcomes) calls this first, inside its transaction, and the
 * caller gets "该接访日已结束，不能再修改" (409, `errors.day.closed`). Later work on its cases
 * belongs to case follow-up, not to the day's record. (The database refuses such writes too
 * — migration 0007 — but only with an internal error.)
 */
export async function assertDayOpen(trx: Reader, dayId: number): Promise<void> {
  const day = await trx
    .selectFrom('reception_day')
    .select('state')
    .where('id', '=', dayId)
    .executeTakeFirst()
  if (!day) throw new DomainError('errors.day.notFound', {}, 'not_found')
  if (day.state === 'closed') throw new DomainError('errors.day.closed', {}, 'conflict')
}

/** The same for a write that names a batch: refuses when the batch's day is closed. */
export async function assertBatchDayOpen(trx: Reader, batchId: number): Promise<void> {
  const row = await trx
    .selectFrom('batch')
    .innerJoin('reception_day', 'reception_day.id', 'batch.day_id')
    .select('reception_day.state')
    .where('batch.id', '=', batchId)
    .executeTakeFirst()
  if (!row) throw new DomainError('batch.notFound', {}, 'not_found')
  if (row.state === 'closed') throw new DomainError('errors.day.closed', {}, 'conflict')
}
