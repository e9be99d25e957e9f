import type { QueueActionResult, Input } from '@shared/contract'
import { formatTicket } from '@shared/contract/ticket'
import { appendAudit } from '../core/audit'
import { writeAction, type CallContext } from '../core/context'
import { DomainError } from '../core/domainError'
import { batchForAction, recordTransition, requireStatus } from './transitions'

/** `reason` may be left out by callers inside the hub. */

/** Default reason of a return: the person marked 未到场 came back (returned after no-show). */
export const REQUEUE_REASON = 'returned after no-show'

/**
 * A person marked 未到场 who comes back is put back in the queue: no_show → waiting, at the same
 * table, with the same ticket and arrival time (so the same place in the queue), instead of a
 * second registration that would count them twice in the day's tally.
 */
export async function requeue(
  ctx: CallContext,
  input: Input<'queue', 'requeue'>,
): Promise<QueueActionResult> {
  return writeAction(ctx, async ({ trx, at, today, emit }) => {
    // The person is back in the hall: only on the hall's today.
    const batch = await batchForAction(trx, input.batchId, { today, rule: 'today' }, input.tableNo)
    requireStatus(batch.status, ['no_show'], batch.ticketNo)
    if (batch.dutyState === 'ended')
      throw new DomainError('queue.table.ended', { tableNo: batch.tableNo }, 'conflict')
    const reason = input.reason ?? REQUEUE_REASON
    await trx
      .updateTable('batch')
      .set({ status: 'waiting', updated_at: at })
      .where('id', '=', batch.id)
      .execute()
    await recordTransition(trx, {
      batchId: batch.id,
      at,
      from: 'no_show',
      to: 'waiting',
      fromDutyId: batch.dutyId,
      toDutyId: batch.dutyId,
      reason,
      actor: ctx.actor,
    })
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'queue.requeue',
      entity: 'batch',
      entityId: batch.id,
      before: { status: 'no_show' },
      after: { status: 'waiting', reason },
    })
    emit({ topic: 'queue', dayId: batch.dayId, tableNos: [batch.tableNo] })
    return {
      batchId: batch.id,
      dayId: batch.dayId,
      ticket: formatTicket(batch.ticketNo),
      status: 'waiting',
      tableNo: batch.tableNo,
      at,
      recalls: 0,
    }
  })
}
