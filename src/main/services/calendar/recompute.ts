import { CaseDocumentSnapshot, type DeadlineChange } from '@shared/contract'
import type { WorkingCalendar } from '@shared/calendar/workingCalendar'
import { isProvisional, recomputedDeadline } from '@shared/cases/deadlines'
import { appendAudit } from '../core/audit'
import type { Trx } from '../core/context'
import { commitmentDates, slipDates } from '../case/documents'
import { buildPaper, paperSource } from '../case/papers'

export interface Recomputed {
  recomputed: number
  changes: DeadlineChange[]
  supersededDocuments: number
}

/** The dates a paper states, to tell whether the calendar changed any of them. */
function statedDates(snapshot: CaseDocumentSnapshot): string {
  if (snapshot.kind === 'slip') {
    const { deadline, statuteDeadline, acceptanceNoticeBy, objectionBy, provisional } = snapshot
    return JSON.stringify([deadline, statuteDeadline, acceptanceNoticeBy, objectionBy, provisional])
  }
  if (snapshot.kind === 'commitment')
    return JSON.stringify([snapshot.deadline, snapshot.provisional])
  // The follow-up papers: the deadlines they state, and which of their dates are provisional.
  const deadline = 'deadline' in snapshot ? snapshot.deadline : null
  const previous = snapshot.kind === 'extension_notice' ? snapshot.previousDeadline : null
  return JSON.stringify([deadline, previous, 'provisional' in snapshot ? snapshot.provisional : []])
}

/**
 * After a year of the calendar was entered, changed or removed (inside that transaction): the
 * open cases whose period runs into the year get their deadline reckoned again by its rule;
 * each one that moved is audit-logged, and the papers printed for the case that no longer state
 * what holds (a date moved, or a date is no longer provisional) are voided, so the next print is
 * a new paper rather than a reprint of the old one.
 */
export async function recomputeYear(
  trx: Trx,
  at: string,
  actor: string,
  year: number,
  before: WorkingCalendar,
  after: WorkingCalendar,
): Promise<Recomputed> {
  const cases = await trx
    .selectFrom('petition_case')
    .select(['id', 'case_no', 'accepted_on', 'deadline', 'deadline_rule'])
    .where('state', '=', 'open')
    .where('accepted_on', 'is not', null)
    .where('deadline', 'is not', null)
    .where('deadline_rule', 'is not', null)
    .where('accepted_on', '<=', `${year}-12-31`)
    .where('deadline', '>=', `${year}-01-01`)
    .orderBy('id')
    .execute()
  const changes: DeadlineChange[] = []
  let supersededDocuments = 0
  for (const kase of cases) {
    const acceptedOn = kase.accepted_on ?? ''
    const oldDeadline = kase.deadline ?? ''
    const rule = kase.deadline_rule ?? ''
    const next = recomputedDeadline(acceptedOn, { date: oldDeadline, rule }, after)
    if (!next) continue
    if (next.date !== oldDeadline) {
      const change: DeadlineChange = {
        caseId: kase.id,
        caseNo: kase.case_no,
        rule: next.rule,
        oldDeadline,
        newDeadline: next.date,
        wasProvisional: isProvisional(acceptedOn, oldDeadline, before),
        provisional: next.provisional,
      }
      await trx
        .updateTable('petition_case')
        .set({ deadline: next.date, deadline_rule: next.rule, updated_at: at })
        .where('id', '=', kase.id)
        .execute()
      await appendAudit(trx, at, {
        actor,
        action: 'case.deadlineRecomputed',
        entity: 'petition_case',
        entityId: kase.id,
        before: { deadline: oldDeadline, provisional: change.wasProvisional },
        after: { deadline: next.date, provisional: next.provisional, calendarYear: year },
      })
      changes.push(change)
    }
    supersededDocuments += await voidOutdatedPapers(trx, at, {
      caseId: kase.id,
      acceptedOn,
      deadline: next.date,
      deadlineRule: next.rule,
      calendar: after,
    })
  }
  return { recomputed: cases.length, changes, supersededDocuments }
}

/** The papers that state a date reckoned on the working calendar. */
const DATED_KINDS = [
  'slip',
  'commitment',
  'acceptance_notice',
  'extension_notice',
  'reminder_slip',
] as const

async function voidOutdatedPapers(
  trx: Trx,
  at: string,
  kase: {
    caseId: number
    acceptedOn: string
    deadline: string
    deadlineRule: string
    calendar: WorkingCalendar
  },
): Promise<number> {
  const papers = await trx
    .selectFrom('case_document')
    .select(['id', 'snapshot_json', 'log_entry_id'])
    .where('case_id', '=', kase.caseId)
    .where('superseded', '=', 0)
    .where('kind', 'in', [...DATED_KINDS])
    .execute()
  const outdated: number[] = []
  for (const paper of papers) {
    const snapshot = CaseDocumentSnapshot.parse(JSON.parse(paper.snapshot_json))
    const dates = { ...kase, acceptedOn: kase.acceptedOn }
    let now: CaseDocumentSnapshot = snapshot
    if (snapshot.kind === 'slip')
      now = { ...snapshot, ...slipDates(dates, snapshot.issuedOn, kase.calendar) }
    else if (snapshot.kind === 'commitment')
      now = { ...snapshot, ...commitmentDates(dates, kase.calendar) }
    else if (paper.log_entry_id !== null) {
      // A follow-up paper states its step as the case stood then: built again from the log on
      // the calendar now, on the day it was issued.
      const { kind, entry, fold, source } = await paperSource(trx, kase.caseId, paper.log_entry_id)
      now = buildPaper(kind, entry, fold, source, snapshot.issuedOn)
    }
    if (statedDates(now) !== statedDates(snapshot)) outdated.push(paper.id)
  }
  if (outdated.length === 0) return 0
  await trx
    .updateTable('case_document')
    .set({ superseded: 1, superseded_at: at, superseded_reason: 'calendar' })
    .where('id', 'in', outdated)
    .execute()
  return outdated.length
}
