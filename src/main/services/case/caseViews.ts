import {
  DUE_SOON_DAYS,
  documentsFor,
  formatTicket,
  needsDepartment,
  type CaseDetail,
  type CaseListView,
  type CaseRow,
  type Input,
} from '@shared/contract'
import type { WorkingCalendar } from '@shared/calendar/workingCalendar'
import { daysLeft, handlingDeadline, isProvisional } from '@shared/cases/deadlines'
import { maskName } from '@shared/person/mask'
import { addDays } from '@shared/plan/notices'
import { hallDate } from '@shared/time/hallClock'
import type { Db, CallContext } from '../core/context'
import { DomainError } from '../core/domainError'
import { readDocumentRows, readOutcomes } from '../outcome/decisions'
import { derivedCaseState, effectiveDeadline } from './derivedState'
import { workingCalendar } from '../calendar/workingCalendar'
import { batchAtDuty } from '../batch/batchJoins'
import { caseHead } from './caseHead'
import { daysOfHall, hallOf } from '../core/hall'
import { caseMatch } from './caseSearch'
import { rowLimit } from '../core/rowLimit'

function caseRows(db: Db) {
  return caseHead(db)
    .leftJoin('department', 'department.id', 'petition_case.department_id')
    .leftJoin('leader', 'leader.id', 'petition_case.owner_leader_id')
    .select([
      'petition_case.outcome',
      'batch.ticket_no',
      'department.name as departmentName',
      'leader.name as ownerLeaderName',
    ])
    .select((eb) => [
      derivedCaseState(eb).$castTo<CaseRow['state']>().as('state'),
      effectiveDeadline(eb).$castTo<string | null>().as('deadline'),
    ])
}

type RawRow = Awaited<ReturnType<ReturnType<typeof caseRows>['execute']>>[number]

/** A case as lists show it; an accusation's content stays with the leader handling it. */
export function toCaseRow(r: RawRow, today: string, calendar: WorkingCalendar): CaseRow {
  const open = r.state === 'open'
  const left = open && r.deadline ? daysLeft(r.deadline, today) : null
  return {
    caseId: r.id,
    caseNo: r.case_no,
    dayDate: r.dayDate,
    ticket: formatTicket(r.ticket_no),
    nature: r.nature,
    categoryName: r.categoryName,
    townshipName: r.townshipName,
    summary: r.nature === 'accusation' ? null : r.summary,
    outcome: r.outcome,
    departmentName: r.departmentName,
    ownerLeaderName: r.ownerLeaderName,
    acceptedOn: r.accepted_on,
    deadline: r.deadline,
    deadlineRule: r.deadline_rule,
    deadlineProvisional:
      r.deadline !== null && isProvisional(r.accepted_on ?? r.dayDate, r.deadline, calendar),
    state: r.state,
    overdue: left !== null && left < 0,
    daysLeft: left,
  }
}

/** Cases by state and deadline (and the search text, caseSearch.ts): the soonest deadline
 * first, overdue ones at the top. */
export async function listCases(
  ctx: CallContext,
  input: Input<'case', 'list'>,
): Promise<CaseListView> {
  const today = hallDate(ctx)
  const state = derivedCaseState
  const deadline = effectiveDeadline
  const match = input.query ? await caseMatch(ctx.db, input.query) : null
  const rows = await caseRows(ctx.db)
    .where('petition_case.day_id', 'in', daysOfHall(ctx.db, hallOf(ctx)))
    .$call((q) => (match ? q.where(match) : q))
    .$if(input.state !== 'all', (q) => q.where((eb) => eb(state(eb), '=', input.state)))
    .$if(input.due === 'overdue', (q) =>
      q.where((eb) => eb.and([eb(state(eb), '=', 'open'), eb(deadline(eb), '<', today)])),
    )
    .$if(input.due === 'soon', (q) =>
      q.where((eb) =>
        eb.and([
          eb(state(eb), '=', 'open'),
          eb(deadline(eb), '>=', today),
          eb(deadline(eb), '<=', addDays(today, DUE_SOON_DAYS)),
        ]),
      ),
    )
    .orderBy((eb) => eb(deadline(eb), 'is', null))
    .orderBy((eb) => deadline(eb))
    .orderBy('petition_case.id', 'desc')
    .limit(rowLimit(input.limit))
    .execute()
  const counts = await ctx.db
    .selectFrom('petition_case')
    .select((eb) => [
      eb.fn.countAll<number>().as('open'),
      eb.fn.count<number>(eb.case().when(deadline(eb), '<', today).then(1).end()).as('overdue'),
    ])
    .where((eb) => eb(state(eb), '=', 'open'))
    .where('petition_case.day_id', 'in', daysOfHall(ctx.db, hallOf(ctx)))
    .executeTakeFirstOrThrow()
  const calendar = await workingCalendar(ctx.db)
  return {
    today,
    rows: rows.map((r) => toCaseRow(r, today, calendar)),
    openCount: Number(counts.open),
    overdueCount: Number(counts.overdue),
  }
}

/** One case with its outcome history and its printed documents. */
export async function readCaseDetail(db: Db, caseId: number, today: string): Promise<CaseDetail> {
  const row = await caseRows(db).where('petition_case.id', '=', caseId).executeTakeFirst()
  if (!row) throw new DomainError('caseError.notFound', {}, 'not_found')
  const batch = await batchAtDuty(db)
    .select(['batch.headcount', 'duty.table_no'])
    .where('batch.id', '=', row.batch_id)
    .executeTakeFirstOrThrow()
  const names = await db
    .selectFrom('batch_member')
    .innerJoin('person', 'person.id', 'batch_member.person_id')
    .select('person.name')
    .where('batch_member.batch_id', '=', row.batch_id)
    .orderBy('batch_member.sort')
    .execute()
  const calendar = await workingCalendar(db)
  const statute = row.accepted_on ? handlingDeadline(row.accepted_on, calendar) : null
  return {
    ...toCaseRow(row, today, calendar),
    batchId: row.batch_id,
    headcount: batch.headcount,
    maskedNames: names.map((n) => maskName(n.name)),
    tableNo: batch.table_no,
    outcomes: await readOutcomes(db, caseId),
    documents: await readDocumentRows(db, caseId),
    availableDocuments: documentsFor(row.outcome),
    statuteDeadline: statute?.date ?? null,
    statuteDeadlineProvisional: statute?.provisional ?? false,
    amendable: isAmendable(row.state, row.outcome),
  }
}

/**
 * An outcome may be amended until the case is answered: not once replied, nor once an
 * assigned or forwarded case was closed (with its written reply).
 */
export function isAmendable(state: CaseRow['state'], outcome: CaseRow['outcome']): boolean {
  if (state === 'replied') return false
  if (state === 'closed' && outcome !== null && needsDepartment(outcome)) return false
  return true
}

export const caseDetail = (ctx: CallContext, input: Input<'case', 'get'>) =>
  readCaseDetail(ctx.db, input.caseId, hallDate(ctx))
