import type { BatchStatus } from '@shared/contract'
import { formatTicket } from '@shared/contract/ticket'
import type { Trx } from '../core/context'
import { assertDayAllows, type DayRule } from '../core/dayGuard'
import { DomainError } from '../core/domainError'
import { batchOfDay } from '../batch/batchJoins'

export interface Transition {
  batchId: number
  at: string
  from: BatchStatus | null
  to: BatchStatus
  fromDutyId: number | null
  toDutyId: number | null
  reason?: string | null | undefined
  actor: string
}

/** Appends one row to batch_transition: every queue change is kept, with who and when. */
export async function recordTransition(trx: Trx, t: Transition): Promise<number> {
  const row = await trx
    .insertInto('batch_transition')
    .values({
      batch_id: t.batchId,
      at: t.at,
      from_status: t.from,
      to_status: t.to,
      from_duty_id: t.fromDutyId,
      to_duty_id: t.toDutyId,
      reason: t.reason ?? null,
      actor: t.actor,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** Which day a queue action may touch: the hall's today and the rule (dayGuard.ts). */
export interface DayCheck {
  today: string
  rule: DayRule
}

/** A batch with its table and day, read inside the action's transaction. */
export async function batchForAction(
  trx: Trx,
  batchId: number,
  check: DayCheck,
  expectedTableNo?: number,
) {
  const batch = await batchOfDay(trx)
    .select([
      'batch.id',
      'batch.day_id as dayId',
      'batch.ticket_no as ticketNo',
      'batch.status',
      'batch.duty_id as dutyId',
      'batch.called_at as calledAt',
      'batch.started_at as startedAt',
      'duty.table_no as tableNo',
      'duty.state as dutyState',
      'reception_day.state as dayState',
      'reception_day.date as dayDate',
    ])
    .where('batch.id', '=', batchId)
    .executeTakeFirst()
  if (!batch) throw new DomainError('batch.notFound', {}, 'not_found')
  assertDayAllows({ state: batch.dayState, date: batch.dayDate }, check.today, check.rule)
  if (expectedTableNo !== undefined && batch.tableNo !== expectedTableNo)
    throw new DomainError(
      'queue.movedElsewhere',
      { ticket: formatTicket(batch.ticketNo), tableNo: batch.tableNo },
      'conflict',
    )
  return batch
}

/** The duty at a table of a day, read inside the action's transaction. */
export async function dutyAt(trx: Trx, dayId: number, tableNo: number, check: DayCheck) {
  const duty = await trx
    .selectFrom('duty')
    .innerJoin('reception_day', 'reception_day.id', 'duty.day_id')
    .select([
      'duty.id',
      'duty.state',
      'duty.table_no as tableNo',
      'reception_day.id as dayId',
      'reception_day.date as date',
      'reception_day.state as dayState',
    ])
    .where('duty.day_id', '=', dayId)
    .where('duty.table_no', '=', tableNo)
    .executeTakeFirst()
  if (!duty) throw new DomainError('queue.noSuchTable', { tableNo }, 'not_found')
  assertDayAllows({ state: duty.dayState, date: duty.date }, check.today, check.rule)
  return duty
}
