import type { BatchRegistrationView, DeskBatchRow, Input } from '@shared/contract'
import { appendAudit } from '../core/audit'
import { batchColumns } from './batchColumns'
import { moveBatch, moveRefusal } from './moveBatch'
import { readDayBatches, readRegistration } from './batches'
import { writeAction, type Trx, type CallContext } from '../core/context'
import { assertDayAllows } from '../core/dayGuard'
import { DomainError } from '../core/domainError'
import { insertMembers, resolveMembers } from './members'
import { indexSummary } from '../desk/indexSummary'
import { assertMatterReferences } from '../outcome/decisions'
import { batchOfDay } from './batchJoins'

/** A registration that may still change: its day is today or a past day left open. */
async function editableBatch(trx: Trx, batchId: number, today: string) {
  const batch = await batchOfDay(trx)
    .select([
      'batch.id',
      'batch.day_id',
      'batch.status',
      'batch.ticket_no',
      'batch.duty_id',
      'reception_day.state as dayState',
      'reception_day.date as dayDate',
      'duty.table_no',
    ])
    .where('batch.id', '=', batchId)
    .executeTakeFirst()
  if (!batch) throw new DomainError('batch.notFound', {}, 'not_found')
  assertDayAllows({ state: batch.dayState, date: batch.dayDate }, today, 'todayOrPast')
  // Neither corrected nor cancelled again (the refusal of BATCH_MOVES for a cancelled batch).
  if (batch.status === 'cancelled') throw moveRefusal('cancel', batch.status, batch.ticket_no)
  return batch
}

/** Corrects a registration; the audit log keeps who, when, why, before and after. */
export async function correctBatch(
  ctx: CallContext,
  input: Input<'batch', 'correct'>,
): Promise<BatchRegistrationView> {
  return writeAction(ctx, async ({ trx, at, today, emit }) => {
    const batch = await editableBatch(trx, input.batchId, today)
    const before = await readRegistration(trx, input.batchId)

    await assertMatterReferences(trx, input)
    const { personIds } = await resolveMembers(trx, at, input.members, input.townshipCode, today)
    await trx.deleteFrom('batch_member').where('batch_id', '=', input.batchId).execute()
    await insertMembers(trx, input.batchId, input.kind, personIds)
    await trx
      .updateTable('batch')
      .set({ ...batchColumns(input), updated_at: at })
      .where('id', '=', input.batchId)
      .execute()
    await indexSummary(trx, input.batchId, input.summary)

    const after = await readRegistration(trx, input.batchId)
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'batch.correct',
      entity: 'batch',
      entityId: input.batchId,
      before: { ...before, reason: undefined },
      after: { ...after, reason: input.reason },
    })
    emit({ topic: 'queue', dayId: batch.day_id, tableNos: [batch.table_no] })
    return after
  })
}

/** Cancels a registration made in error: it leaves the queue and the day's tally. */
export async function cancelBatch(
  ctx: CallContext,
  input: Input<'batch', 'cancel'>,
): Promise<DeskBatchRow> {
  return writeAction(ctx, async (scope) => {
    const { trx, at, today } = scope
    const batch = await editableBatch(trx, input.batchId, today)
    await moveBatch(scope, {
      action: 'cancel',
      batch: {
        id: batch.id,
        dayId: batch.day_id,
        ticketNo: batch.ticket_no,
        status: batch.status,
        dutyId: batch.duty_id,
        tableNo: batch.table_no,
      },
      actor: ctx.actor,
      set: () => ({ cancelled_at: at, cancel_reason: input.reason }),
      duties: { from: null, to: null },
      reason: input.reason,
      audit: {
        before: { status: batch.status },
        after: { status: 'cancelled', reason: input.reason },
      },
    })
    const row = (await readDayBatches(trx, batch.day_id)).find((b) => b.batchId === input.batchId)
    if (!row) throw new Error('cancelled batch vanished inside its transaction')
    return row
  })
}
