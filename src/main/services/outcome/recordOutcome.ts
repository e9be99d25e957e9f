import {
  documentsFor,
  formatTicket,
  type OutcomeDraft,
  type RecordedCase,
  type RecordedOutcome,
  type Input,
} from '@shared/contract'
import { handlingDeadline } from '@shared/cases/deadlines'
import { maskName } from '@shared/person/mask'
import { appendAudit } from '../core/audit'
import type { Db, CallContext } from '../core/context'
import { DomainError } from '../core/domainError'
import { endSession } from '../queue'
import { writeOnce } from '../core/requestLog'
import { caseNumber } from '../case/caseNumber'
import { assertReferences, insertOutcome, settleDecision } from './decisions'
import { assertDayAllows } from '../core/dayGuard'
import { workingCalendar } from '../calendar/workingCalendar'
import { batchAtTable as batchWithLeader } from '../batch/batchJoins'
import { hallOf } from '../core/hall'

const RECORDABLE = ['called', 'in_session'] as const

function batchAtTable(db: Db, batchId: number) {
  return batchWithLeader(db)
    .innerJoin('reception_day', 'reception_day.id', 'batch.day_id')
    .select([
      'batch.id',
      'batch.day_id',
      'batch.ticket_no',
      'batch.status',
      'batch.kind',
      'batch.headcount',
      'batch.nature',
      'batch.category_id',
      'batch.township_code',
      'batch.summary',
      'duty.table_no',
      'leader.id as leaderId',
      'leader.name as leaderName',
      'leader.title as leaderTitle',
      'reception_day.date as dayDate',
      'reception_day.state as dayState',
    ])
    .where('batch.id', '=', batchId)
    .executeTakeFirst()
}

async function casesOfBatch(db: Db, batchId: number): Promise<RecordedCase[]> {
  const rows = await db
    .selectFrom('petition_case')
    .leftJoin('department', 'department.id', 'petition_case.department_id')
    .select([
      'petition_case.id',
      'petition_case.case_no',
      'petition_case.nature',
      'petition_case.outcome',
      'petition_case.deadline',
      'petition_case.deadline_rule',
      'department.name as departmentName',
    ])
    .where('petition_case.batch_id', '=', batchId)
    .orderBy('petition_case.id')
    .execute()
  return rows.flatMap((r) =>
    r.outcome === null
      ? []
      : [
          {
            caseId: r.id,
            caseNo: r.case_no,
            nature: r.nature,
            outcome: r.outcome,
            departmentName: r.departmentName,
            deadline: r.deadline,
            deadlineRule: r.deadline_rule,
            documents: documentsFor(r.outcome),
          },
        ],
  )
}

/** What the outcome form of a batch starts from, and the cases already recorded for it. */
export async function outcomeDraft(
  ctx: CallContext,
  input: Input<'outcome', 'draft'>,
): Promise<OutcomeDraft> {
  const batch = await batchAtTable(ctx.db, input.batchId)
  if (!batch) throw new DomainError('batch.notFound', {}, 'not_found')
  const names = await ctx.db
    .selectFrom('batch_member')
    .innerJoin('person', 'person.id', 'batch_member.person_id')
    .select('person.name')
    .where('batch_member.batch_id', '=', input.batchId)
    .orderBy('batch_member.sort')
    .execute()
  const statute = handlingDeadline(batch.dayDate, await workingCalendar(ctx.db))
  const cases = await casesOfBatch(ctx.db, input.batchId)
  return {
    batchId: batch.id,
    dayId: batch.day_id,
    dayDate: batch.dayDate,
    ticket: formatTicket(batch.ticket_no),
    status: batch.status,
    kind: batch.kind,
    headcount: batch.headcount,
    maskedNames: names.map((n) => maskName(n.name)),
    nature: batch.nature,
    categoryId: batch.category_id,
    townshipCode: batch.township_code,
    summary: batch.summary,
    tableNo: batch.table_no,
    leader: { id: batch.leaderId, name: batch.leaderName, title: batch.leaderTitle },
    acceptedOn: batch.dayDate,
    statuteDeadline: statute.date,
    statuteProvisional: statute.provisional,
    recordable:
      batch.dayState !== 'closed' &&
      (RECORDABLE as readonly string[]).includes(batch.status) &&
      cases.length === 0,
    cases,
  }
}

/**
 * Records what was decided for a batch at the table, in one transaction: each matter becomes
 * a case with its number, its outcome (with the consulted departments) and — assigned or
 * forwarded — its department, owner leader and deadline; the batch's session is concluded.
 * Screens hear of it after the commit. Once per request id (see requestLog.ts).
 */
export async function recordOutcome(
  ctx: CallContext,
  input: Input<'outcome', 'record'>,
): Promise<RecordedOutcome> {
  const once = { requestId: input.requestId, procedure: 'outcome.record', input }
  return writeOnce(ctx, once, async ({ trx, at, today, emit }) => {
    const batch = await batchAtTable(trx, input.batchId)
    if (!batch) throw new DomainError('batch.notFound', {}, 'not_found')
    // Today's, or a past day left open (its outcomes finish it so that it can be closed).
    assertDayAllows({ state: batch.dayState, date: batch.dayDate }, today, 'todayOrPast')
    const ticket = formatTicket(batch.ticket_no)
    const existing = await trx
      .selectFrom('petition_case')
      .select('id')
      .where('batch_id', '=', batch.id)
      .executeTakeFirst()
    if (existing) throw new DomainError('outcomeError.alreadyRecorded', { ticket }, 'conflict')
    if (!(RECORDABLE as readonly string[]).includes(batch.status))
      throw new DomainError('outcomeError.notInSession', { ticket }, 'conflict')

    await assertReferences(trx, {
      departmentIds: [
        ...input.consultedDepartmentIds,
        ...input.matters.flatMap((m) => (m.departmentId ? [m.departmentId] : [])),
      ],
      leaderIds: input.matters.flatMap((m) => (m.ownerLeaderId ? [m.ownerLeaderId] : [])),
      categoryIds: input.matters.flatMap((m) => (m.categoryId ? [m.categoryId] : [])),
      townshipCodes: input.matters.flatMap((m) => (m.townshipCode ? [m.townshipCode] : [])),
    })

    const calendar = await workingCalendar(trx)
    for (const [index, matter] of input.matters.entries()) {
      const matterNo = index + 1
      const settled = settleDecision(batch.dayDate, matter, matterNo, calendar)
      const ownerLeaderId = matter.ownerLeaderId ?? batch.leaderId
      const caseNo = caseNumber(batch.dayDate, batch.ticket_no, matterNo, hallOf(ctx))
      const row = await trx
        .insertInto('petition_case')
        .values({
          case_no: caseNo,
          batch_id: batch.id,
          day_id: batch.day_id,
          nature: matter.nature,
          category_id: matter.categoryId ?? null,
          township_code: matter.townshipCode ?? null,
          summary: matter.summary,
          outcome: matter.outcome,
          department_id: matter.departmentId ?? null,
          owner_leader_id: ownerLeaderId,
          accepted_on: settled.acceptedOn,
          deadline: settled.deadline,
          deadline_rule: settled.deadlineRule,
          state: settled.state,
          closed_at: settled.state === 'closed' ? at : null,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await insertOutcome(trx, {
        ...matter,
        caseId: row.id,
        decision: matter.decision ?? input.decision,
        at,
        actor: ctx.actor,
        ownerLeaderId,
        settled,
        consultedDepartmentIds: input.consultedDepartmentIds,
        amendReason: null,
      })
    }

    const ended = await endSession(trx, at, batch.id, ctx.actor, today)
    const cases = await casesOfBatch(trx, batch.id)
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'outcome.record',
      entity: 'batch',
      entityId: batch.id,
      after: {
        decision: input.decision,
        consultedDepartmentIds: input.consultedDepartmentIds,
        cases: cases.map((c) => ({
          caseId: c.caseId,
          caseNo: c.caseNo,
          outcome: c.outcome,
          deadline: c.deadline,
          deadlineRule: c.deadlineRule,
        })),
      },
    })
    // One event: the queue topic refreshes what the case topic would, and more
    // (src/shared/live/refreshTable.ts), so the leader's screen re-reads once.
    emit({ topic: 'queue', dayId: ended.dayId, tableNos: [ended.tableNo] })
    return {
      batchId: batch.id,
      dayId: batch.day_id,
      ticket,
      status: 'concluded',
      concludedAt: at,
      cases,
    }
  })
}
