import { formatTicket } from '@shared/contract/ticket'
import type { Trx } from '../core/context'
import { moveBatch } from '../batch/moveBatch'
import { batchForAction } from './transitions'

export interface EndedSession {
  batchId: number
  dayId: number
  tableNo: number
  ticket: string
}

/**
 * Concludes the session of a batch, inside the caller's transaction (recording an outcome):
 * in_session (or called, if the leader never pressed "start") → concluded, ended_at = `at`,
 * with its batch_transition row and an audit entry. The caller emits the change event:
 * `emit({ topic: 'queue', dayId, tableNos: [tableNo] })` with what this returns.
 * A batch concluded straight from `called` keeps started_at null: it has no session length.
 */
export async function endSession(
  trx: Trx,
  at: string,
  batchId: number,
  actor: string,
  /** The hall's date: a past day left open may still conclude its batches (dayGuard.ts). */
  today: string,
): Promise<EndedSession> {
  const batch = await batchForAction(trx, batchId, { today, rule: 'todayOrPast' })
  // The caller emits the change event (with the outcome's).
  await moveBatch(
    { trx, at },
    { action: 'endSession', batch, actor, set: () => ({ ended_at: at }), tableNos: false },
  )
  return {
    batchId: batch.id,
    dayId: batch.dayId,
    tableNo: batch.tableNo,
    ticket: formatTicket(batch.ticketNo),
  }
}
