import type { QueueActionResult, Input } from '@shared/contract'
import { formatTicket } from '@shared/contract/ticket'
import { writeAction, type Trx, type CallContext, type WriteScope } from '../core/context'
import { DomainError } from '../core/domainError'
import { callStates, openBatches, RECALL_REASON } from './openBatches'
import { hallMoment } from '@shared/time/hallClock'
import { orderQueue } from './priority'
import { batchForAction, dutyAt, type DayCheck } from './transitions'
import { assertMove, moveBatch } from '../batch/moveBatch'

/** `reason` may be left out by callers inside the hub (tests, the desk). */

// The leader's and the desk's queue actions: each one transaction with its timestamp, a
// batch_transition row and an audit entry; screens learn of it by a change event after commit.

const result = (
  b: { id: number; dayId: number; ticketNo: number },
  status: QueueActionResult['status'],
  tableNo: number,
  at: string,
  recalls = 0,
): QueueActionResult => ({
  batchId: b.id,
  dayId: b.dayId,
  ticket: formatTicket(b.ticketNo),
  status,
  tableNo,
  at,
  recalls,
})

async function batchInFront(trx: Trx, dutyId: number) {
  return trx
    .selectFrom('batch')
    .select(['id', 'ticket_no'])
    .where('duty_id', '=', dutyId)
    .where('status', 'in', ['called', 'in_session'])
    .executeTakeFirst()
}

/**
 * Calls the first waiting batch in queue order (or the one chosen) to the table: waiting →
 * called. Refused while the table is paused or ended, or while a batch is still in front of
 * it (start, recall, mark it no-show or transfer it first).
 */
export async function callNext(
  ctx: CallContext,
  input: Input<'queue', 'callNext'>,
): Promise<QueueActionResult> {
  return writeAction(ctx, async (scope) => {
    const { trx, at, today } = scope
    const check: DayCheck = { today, rule: 'today' }
    const duty = await dutyAt(trx, input.dayId, input.tableNo, check)
    if (duty.state !== 'active')
      throw new DomainError(`queue.table.${duty.state}`, { tableNo: input.tableNo }, 'conflict')
    const inFront = await batchInFront(trx, duty.id)
    if (inFront)
      throw new DomainError(
        'queue.tableBusy',
        { ticket: formatTicket(inFront.ticket_no), tableNo: input.tableNo },
        'conflict',
      )

    let batchId: number
    if (input.batchId !== undefined) {
      const chosen = await batchForAction(trx, input.batchId, check, input.tableNo)
      assertMove('call', chosen.status, chosen.ticketNo)
      batchId = chosen.id
    } else {
      const waiting = (await openBatches(trx, input.dayId, duty.id)).filter(
        (b) => b.status === 'waiting',
      )
      const first = orderQueue(waiting, duty.date, hallMoment(ctx, new Date(at)))[0]
      if (!first)
        throw new DomainError('queue.nobodyWaiting', { tableNo: input.tableNo }, 'conflict')
      batchId = first.batchId
    }
    const batch = await batchForAction(trx, batchId, check)

    await moveBatch(scope, {
      action: 'call',
      batch,
      actor: ctx.actor,
      set: (eb) => ({ called_at: eb.fn.coalesce('called_at', eb.val(at)) }),
      duties: { from: duty.id, to: duty.id },
      audit: {
        before: { status: 'waiting' },
        after: { status: 'called', tableNo: input.tableNo, chosen: input.batchId !== undefined },
      },
      tableNos: [input.tableNo],
    })
    return result(batch, 'called', input.tableNo, at)
  })
}

/** The called batch has come to the table: called → in session, started now. */
export async function startSession(
  ctx: CallContext,
  input: Input<'queue', 'start'>,
): Promise<QueueActionResult> {
  return writeAction(ctx, async (scope) => {
    const { trx, at, today } = scope
    const check: DayCheck = { today, rule: 'today' }
    const batch = await batchForAction(trx, input.batchId, check, input.tableNo)
    await moveBatch(scope, {
      action: 'start',
      batch,
      actor: ctx.actor,
      set: () => ({ started_at: at }),
    })
    return result(batch, 'in_session', batch.tableNo, at)
  })
}

/**
 * Calls a called ticket again (the board announces it anew). Not a change of state: kept as a
 * called → called transition with reason 'recall', so recalls can be counted.
 */
export async function recall(
  ctx: CallContext,
  input: Input<'queue', 'recall'>,
): Promise<QueueActionResult> {
  return writeAction(ctx, async (scope) => {
    const { trx, at, today } = scope
    const check: DayCheck = { today, rule: 'today' }
    const batch = await batchForAction(trx, input.batchId, check, input.tableNo)
    let recalls = 0
    await moveBatch(scope, {
      action: 'recall',
      batch,
      actor: ctx.actor,
      reason: RECALL_REASON,
      audit: async () => {
        recalls = (await callStates(trx, [batch.id])).get(batch.id)?.recalls ?? 0
        return { after: { recalls } }
      },
    })
    return result(batch, 'called', batch.tableNo, at, recalls)
  })
}

/** Default reason of a no-show: the batch left before being seen (未到场). */
export const NO_SHOW_REASON = 'left before being called'

/** The batch left before being seen (waiting or called, but not there): → no_show. */
export async function markNoShow(
  ctx: CallContext,
  input: Input<'queue', 'noShow'>,
): Promise<QueueActionResult> {
  return writeAction(ctx, async (scope) => {
    const { trx, at, today } = scope
    const check: DayCheck = { today, rule: 'todayOrPast' }
    const batch = await batchForAction(trx, input.batchId, check, input.tableNo)
    const reason = input.reason ?? NO_SHOW_REASON
    await moveBatch(scope, {
      action: 'noShow',
      batch,
      actor: ctx.actor,
      reason,
      audit: { before: { status: batch.status }, after: { status: 'no_show', reason } },
    })
    return result(batch, 'no_show', batch.tableNo, at)
  })
}

/**
 * Moves a batch to another table of the day, keeping its ticket, its arrival time (so its
 * place in the queue) and its history: it waits there anew. A session begun at the first table
 * is not counted as one (started_at is cleared); the first call time is kept.
 */
export async function transfer(
  ctx: CallContext,
  input: Input<'queue', 'transfer'>,
): Promise<QueueActionResult> {
  return writeAction(ctx, async (scope) => {
    const { trx, today } = scope
    const check: DayCheck = { today, rule: 'today' }
    const batch = await batchForAction(trx, input.batchId, check, input.tableNo)
    return transferInTrx(scope, ctx.actor, batch, input.toTableNo, input.reason, check)
  })
}

/** The transfer itself, inside a caller's transaction (also used when a leader ends the day). */
export async function transferInTrx(
  scope: Pick<WriteScope, 'trx' | 'at'> & Partial<Pick<WriteScope, 'emit'>>,
  actor: string,
  batch: Awaited<ReturnType<typeof batchForAction>>,
  toTableNo: number,
  reason: string,
  check: DayCheck,
): Promise<QueueActionResult> {
  const { trx, at } = scope
  assertMove('transfer', batch.status, batch.ticketNo)
  if (toTableNo === batch.tableNo)
    throw new DomainError('queue.sameTable', { tableNo: toTableNo }, 'invalid')
  const target = await dutyAt(trx, batch.dayId, toTableNo, check)
  if (target.state === 'ended')
    throw new DomainError('queue.table.ended', { tableNo: toTableNo }, 'conflict')
  await moveBatch(scope, {
    action: 'transfer',
    batch,
    actor,
    set: () => ({ duty_id: target.id, started_at: null }),
    duties: { from: batch.dutyId, to: target.id },
    reason,
    audit: {
      before: { status: batch.status, tableNo: batch.tableNo },
      after: { status: 'waiting', tableNo: toTableNo, reason },
    },
    tableNos: [batch.tableNo, toTableNo],
  })
  return result(batch, 'waiting', toTableNo, at)
}
