import type { CaseDetail, Input } from '@shared/contract'
import { hallDate } from '@shared/time/hallClock'
import { appendAudit } from '../core/audit'
import { writeAction, type CallContext } from '../core/context'
import { DomainError } from '../core/domainError'
import { isAmendable, readCaseDetail } from '../case/caseViews'
import { derivedCaseState } from '../case/derivedState'
import { workingCalendar } from '../calendar/workingCalendar'
import {
  assertReferences,
  currentOutcome,
  insertOutcome,
  readOutcomes,
  settleDecision,
} from './decisions'
import { caseAtDuty } from '../batch/batchJoins'

/**
 * Amends the outcome of a case with a reason: the current outcome is superseded (kept, with
 * the time), a new one recorded with the reason, the case follows it, and every document
 * printed from the old outcome is marked superseded — a reprint says so. Audit-logged.
 */
export async function amendOutcome(
  ctx: CallContext,
  input: Input<'outcome', 'amend'>,
): Promise<CaseDetail> {
  return writeAction(ctx, async ({ trx, at, emit }) => {
    const kase = await caseAtDuty(trx)
      .select([
        'petition_case.id',
        'petition_case.case_no',
        'petition_case.nature',
        'petition_case.outcome',
        'petition_case.day_id',
        'reception_day.date as dayDate',
        'duty.leader_id as tableLeaderId',
        'duty.table_no',
      ])
      // Answered (the case log's reply) is no longer amendable: the derived state.
      .select((eb) => derivedCaseState(eb).$castTo<CaseDetail['state']>().as('state'))
      .where('petition_case.id', '=', input.caseId)
      .executeTakeFirst()
    if (!kase) throw new DomainError('caseError.notFound', {}, 'not_found')
    if (!isAmendable(kase.state, kase.outcome))
      throw new DomainError('outcomeError.notAmendable', { caseNo: kase.case_no }, 'conflict')
    if (kase.nature === 'accusation' && input.shareContact)
      throw new DomainError('outcomeError.accusationContact')
    const current = await currentOutcome(trx, kase.id)
    if (!current) throw new DomainError('caseError.notFound', {}, 'not_found')

    await assertReferences(trx, {
      departmentIds: [
        ...input.consultedDepartmentIds,
        ...(input.departmentId ? [input.departmentId] : []),
      ],
      leaderIds: input.ownerLeaderId ? [input.ownerLeaderId] : [],
      categoryIds: [],
      townshipCodes: [],
    })
    // The deadline still counts from the reception day: the amendment corrects what was
    // decided there.
    const settled = settleDecision(kase.dayDate, input, 1, await workingCalendar(trx))
    const ownerLeaderId = input.ownerLeaderId ?? current.owner_leader_id ?? kase.tableLeaderId
    const before = (await readOutcomes(trx, kase.id))[0]

    await trx
      .updateTable('outcome')
      .set({ superseded_at: at })
      .where('id', '=', current.id)
      .execute()
    const outcomeId = await insertOutcome(trx, {
      ...input,
      caseId: kase.id,
      at,
      actor: ctx.actor,
      ownerLeaderId,
      settled,
      consultedDepartmentIds: input.consultedDepartmentIds,
      amendReason: input.reason,
    })
    await trx
      .updateTable('petition_case')
      .set({
        outcome: input.outcome,
        department_id: input.departmentId ?? null,
        owner_leader_id: ownerLeaderId,
        accepted_on: settled.acceptedOn,
        deadline: settled.deadline,
        deadline_rule: settled.deadlineRule,
        state: settled.state,
        closed_at: settled.state === 'closed' ? at : null,
        updated_at: at,
      })
      .where('id', '=', kase.id)
      .execute()
    const superseded = await trx
      .updateTable('case_document')
      .set({ superseded: 1, superseded_at: at })
      .where('case_id', '=', kase.id)
      .where('superseded', '=', 0)
      .executeTakeFirst()

    const after = (await readOutcomes(trx, kase.id))[0]
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'outcome.amend',
      entity: 'petition_case',
      entityId: kase.id,
      before,
      after: {
        ...after,
        outcomeId,
        reason: input.reason,
        supersededDocuments: Number(superseded.numUpdatedRows),
      },
    })
    emit({ topic: 'case', dayId: kase.day_id, tableNos: [kase.table_no] })
    return readCaseDetail(trx, kase.id, hallDate(ctx))
  })
}
