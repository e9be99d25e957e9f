import type { ExpressionBuilder, UpdateObject } from 'kysely'
import type { BatchStatus } from '@shared/contract'
import { formatTicket } from '@shared/contract/ticket'
import type { Database } from '../../store/schema'
import { appendAudit } from '../core/audit'
import type { WriteScope } from '../core/context'
import { DomainError } from '../core/domainError'
import { recordTransition } from '../queue/transitions'

/**
 * The state diagram of docs/architecture.md ("Queue states") as a table: for each action that
 * changes a batch's state, the states it may start from, the state it leads to and its audit
 * action. Registration (none → waiting) inserts the batch and its first transition; a
 * correction changes what was registered, never the state.
 */
export const BATCH_MOVES = {
  call: { from: ['waiting'], to: 'called', audit: 'queue.call' },
  start: { from: ['called'], to: 'in_session', audit: 'queue.start' },
  /** Not a change of state: kept as called → called, so recalls can be counted. */
  recall: { from: ['called'], to: 'called', audit: 'queue.recall' },
  noShow: { from: ['waiting', 'called'], to: 'no_show', audit: 'queue.noShow' },
  transfer: { from: ['waiting', 'called', 'in_session'], to: 'waiting', audit: 'queue.transfer' },
  requeue: { from: ['no_show'], to: 'waiting', audit: 'queue.requeue' },
  /** Recording the outcome ends the session (straight from called if never started). */
  endSession: { from: ['in_session', 'called'], to: 'concluded', audit: 'queue.endSession' },
  cancel: {
    from: ['waiting', 'called', 'in_session', 'no_show'],
    to: 'cancelled',
    audit: 'batch.cancel',
  },
} as const satisfies Record<
  string,
  { from: readonly BatchStatus[]; to: BatchStatus; audit: string }
>

export type BatchAction = keyof typeof BATCH_MOVES

/** The refusal of `action` on a batch in `status` (one error per action and state). */
export function moveRefusal(action: BatchAction, status: BatchStatus, ticketNo: number) {
  if (action === 'cancel' && status === 'cancelled')
    return new DomainError('batch.alreadyCancelled', {}, 'conflict')
  if (action === 'cancel' && status === 'concluded')
    return new DomainError('batch.alreadyConcluded', {}, 'conflict')
  return new DomainError(`queue.status.${status}`, { ticket: formatTicket(ticketNo) }, 'conflict')
}

/** Refuses `action` unless the table allows it from `status`. */
export function assertMove(action: BatchAction, status: BatchStatus, ticketNo: number): void {
  if (!(BATCH_MOVES[action].from as readonly BatchStatus[]).includes(status))
    throw moveRefusal(action, status, ticketNo)
}

/** What a move needs to know of the batch (read in the action's transaction). */
export interface MovingBatch {
  id: number
  dayId: number
  ticketNo: number
  status: BatchStatus
  dutyId: number
  tableNo: number
}

type AuditFacts = { before?: unknown; after?: unknown }

export interface Move {
  action: BatchAction
  batch: MovingBatch
  actor: string
  /** Columns set besides the status and updated_at (timestamps, the new duty…). */
  set?: (eb: ExpressionBuilder<Database, 'batch'>) => UpdateObject<Database, 'batch'>
  /** The duties the transition row names; by default the batch's own, before and after. */
  duties?: { from: number | null; to: number | null }
  reason?: string | null | undefined
  /** The audit's before/after; by default the status before and after. Read after the move. */
  audit?: AuditFacts | (() => Promise<AuditFacts>)
  /** The tables the change event names (default the batch's); false: the caller emits. */
  tableNos?: number[] | false
}

/**
 * The one way a batch changes state: checks the table above, updates the row with
 * updated_at, records the transition, appends the audit entry and emits the change event
 * (published after commit by writeAction).
 */
export async function moveBatch(
  scope: Pick<WriteScope, 'trx' | 'at'> & Partial<Pick<WriteScope, 'emit'>>,
  move: Move,
): Promise<void> {
  const { trx, at } = scope
  const { batch, action } = move
  const rule = BATCH_MOVES[action]
  assertMove(action, batch.status, batch.ticketNo)
  await trx
    .updateTable('batch')
    .set((eb) => ({ ...move.set?.(eb), status: rule.to, updated_at: at }))
    .where('id', '=', batch.id)
    .execute()
  await recordTransition(trx, {
    batchId: batch.id,
    at,
    from: batch.status,
    to: rule.to,
    fromDutyId: move.duties ? move.duties.from : batch.dutyId,
    toDutyId: move.duties ? move.duties.to : batch.dutyId,
    reason: move.reason,
    actor: move.actor,
  })
  const audit =
    typeof move.audit === 'function'
      ? await move.audit()
      : (move.audit ?? { before: { status: batch.status }, after: { status: rule.to } })
  await appendAudit(trx, at, {
    actor: move.actor,
    action: rule.audit,
    entity: 'batch',
    entityId: batch.id,
    ...audit,
  })
  if (move.tableNos !== false)
    scope.emit?.({ topic: 'queue', dayId: batch.dayId, tableNos: move.tableNos ?? [batch.tableNo] })
}
