import { formatTicket } from '@shared/contract/ticket'
import { appendAudit } from '../core/audit'
import type { Trx } from '../core/context'
import { batchForAction, recordTransition, requireStatus } from './transitions'

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
  requireStatus(batch.status, ['in_session', 'called'], batch.ticketNo)
  await trx
    .updateTable('batch')
    .set({ status: 'concluded', ended_at: at, updated_at: at })
    .where('id', '=', batch.id)
    .execute()
  await recordTransition(trx, {
    batchId: batch.id,
    at,
    from: batch.status,
    to: 'concluded',
    fromDutyId: batch.dutyId,
    toDutyId: batch.dutyId,
    actor,
  })
  await appendAudit(trx, at, {
    actor,
    action: 'queue.endSession',
    entity: 'batch',
    entityId: batch.id,
    before: { status: batch.status },
    after: { status: 'concluded' },
  })
  return {
    batchId: batch.id,
    dayId: batch.dayId,
    tableNo: batch.tableNo,
    ticket: formatTicket(batch.ticketNo),
  }
}
