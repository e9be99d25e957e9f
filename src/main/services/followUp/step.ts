import type { CaseFollowUp, Input } from '@shared/contract'
import { extendedDeadline } from '@shared/cases/deadlines'
import { applyStep, refusal } from '@shared/followUp/caseLog'
import { appendAudit } from '../core/audit'
import { writeAction, type CallContext } from '../core/context'
import { DomainError } from '../core/domainError'
import { judge, readCaseSource, toFollowUp } from './caseSource'

/**
 * Records one step of a case: judged against the case's log (a bad transition is refused with
 * its reason and nothing is written), appended to the log with the state it leads to, and
 * audit-logged, in one transaction. The log is only ever appended to: this is its one writer.
 */
export async function recordStep(
  ctx: CallContext,
  input: Input<'followUp', 'step'>,
): Promise<CaseFollowUp> {
  return writeAction(ctx, async ({ trx, at, today, emit }) => {
    const source = await readCaseSource(trx, input.caseId)
    const on = input.on ?? today
    const { fold, facts } = judge(ctx, source, today)
    const refused = refusal(fold, input, facts(on))
    if (refused) throw new DomainError(refused, { caseNo: source.kase.case_no }, 'conflict')

    const { caseId, kind, on: _on, ...fields } = input
    const data: Record<string, unknown> = { ...fields }
    let deadline: string | null = null
    if (input.kind === 'supervision' && input.leaderId !== source.kase.owner_leader_id)
      throw new DomainError('followUpError.notOwner', {}, 'conflict')
    if (input.kind === 'progress') {
      const departmentId = input.departmentId ?? source.kase.department_id
      const department = departmentId
        ? await trx
            .selectFrom('department')
            .select(['id', 'name'])
            .where('id', '=', departmentId)
            .executeTakeFirst()
        : undefined
      if (departmentId && !department)
        throw new DomainError('followUpError.unknownDepartment', {}, 'invalid')
      data['departmentId'] = department?.id ?? null
      data['departmentName'] = department?.name ?? null
    }
    if (input.kind === 'extension') {
      if (!fold.deadline) throw new DomainError('followUpError.noDeadline', {}, 'conflict')
      const extended = extendedDeadline(fold.deadline, input.days)
      deadline = extended.date
      data['from'] = fold.deadline
      data['provisional'] = extended.provisional
    }
    if (input.kind === 'objection') data['departmentId'] = source.kase.department_id

    const step = { kind, at, on, data, deadline }
    const after = applyStep(fold, step)
    const row = await trx
      .insertInto('case_log')
      .values({
        case_id: caseId,
        kind,
        at,
        on_date: on,
        actor: ctx.actor,
        state: after.state,
        deadline,
        data_json: JSON.stringify(data),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: `followUp.${kind}`,
      entity: 'petition_case',
      entityId: caseId,
      before: { state: fold.state, deadline: fold.deadline },
      after: { entryId: row.id, state: after.state, on, deadline: after.deadline, ...data },
    })
    emit({ topic: 'case', dayId: null, tableNos: [] })
    return toFollowUp(ctx, await readCaseSource(trx, caseId), today)
  })
}
