import type { QueueActionResult, Input } from '@shared/contract'
import { formatTicket } from '@shared/contract/ticket'
import { writeAction, type CallContext } from '../core/context'
import { DomainError } from '../core/domainError'
import { assertMove, moveBatch } from '../batch/moveBatch'
import { batchForAction } from './transitions'

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
  return writeAction(ctx, async (scope) => {
    const { trx, at, today } = scope
    // The person is back in the hall: only on the hall's today.
    const batch = await batchForAction(trx, input.batchId, { today, rule: 'today' }, input.tableNo)
    assertMove('requeue', batch.status, batch.ticketNo)
    if (batch.dutyState === 'ended')
      throw new DomainError('queue.table.ended', { tableNo: batch.tableNo }, 'conflict')
    const reason = input.reason ?? REQUEUE_REASON
    await moveBatch(scope, {
      action: 'requeue',
      batch,
      actor: ctx.actor,
      reason,
      audit: { before: { status: 'no_show' }, after: { status: 'waiting', reason } },
    })
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
