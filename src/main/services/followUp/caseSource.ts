import type { CaseFollowUp, FollowUpState, LogEntry, OutcomeKind, StepKind } from '@shared/contract'
import { STEP_KINDS } from '@shared/contract'
import { acceptanceNoticeDeadline, calendarKnows, objectionDeadline } from '@shared/cases/deadlines'
import {
  foldLog,
  isFinal,
  isFollowed,
  refusal,
  reviewBy,
  REVIEW_DAYS,
  type Fold,
  type LoggedStep,
} from '@shared/followUp/caseLog'
import { addDays } from '@shared/plan/notices'
import { hallDate, type HallClock } from '@shared/time/hallClock'
import type { Db, Trx } from '../core/context'
import { DomainError } from '../core/domainError'

type Reader = Db | Trx

/** A case with what its follow-up is judged by: its current outcome and its whole log. */
export async function readCaseSource(db: Reader, caseId: number) {
  const kase = await db
    .selectFrom('petition_case')
    .leftJoin('department', 'department.id', 'petition_case.department_id')
    .leftJoin('leader', 'leader.id', 'petition_case.owner_leader_id')
    .select([
      'petition_case.id',
      'petition_case.case_no',
      'petition_case.nature',
      'petition_case.outcome',
      'petition_case.accepted_on',
      'petition_case.deadline',
      'petition_case.department_id',
      'petition_case.owner_leader_id',
      'department.name as departmentName',
      'leader.name as ownerLeaderName',
    ])
    .where('petition_case.id', '=', caseId)
    .executeTakeFirst()
  if (!kase) throw new DomainError('caseError.notFound', {}, 'not_found')
  const outcome = await db
    .selectFrom('outcome')
    .select(['recorded_at'])
    .where('case_id', '=', caseId)
    .where('superseded_at', 'is', null)
    .executeTakeFirst()
  const rows = await db
    .selectFrom('case_log')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute()
  const entries: LogEntry[] = rows.map((r) => ({
    entryId: r.id,
    kind: r.kind,
    at: r.at,
    on: r.on_date,
    actor: r.actor,
    state: r.state as FollowUpState,
    deadline: r.deadline,
    data: JSON.parse(r.data_json) as Record<string, unknown>,
  }))
  return { kase, outcomeRecordedAt: outcome?.recorded_at ?? null, entries }
}

export type CaseSource = Awaited<ReturnType<typeof readCaseSource>>

export const loggedSteps = (entries: LogEntry[]): LoggedStep[] =>
  entries.map((e) => ({ kind: e.kind, at: e.at, on: e.on, data: e.data, deadline: e.deadline }))

/** The log folded, with the facts the rules need (the day the department got the case). */
export function judge(clock: HallClock, source: CaseSource, today: string) {
  const fold = foldLog(source.kase.deadline, loggedSteps(source.entries))
  const received = source.outcomeRecordedAt
    ? hallDate(clock, new Date(source.outcomeRecordedAt))
    : source.kase.accepted_on
  const objectionBy = received ? objectionDeadline(received) : null
  const awaitingReassignment =
    fold.objectionAt !== null &&
    (source.outcomeRecordedAt === null || source.outcomeRecordedAt <= fold.objectionAt)
  const facts = (on: string) => ({
    outcome: source.kase.outcome as OutcomeKind | null,
    today,
    on,
    acceptedOn: source.kase.accepted_on,
    awaitingReassignment,
    objectionBy: objectionBy?.date ?? null,
  })
  return { fold, objectionBy, awaitingReassignment, facts }
}

const clockOf = (date: string | null | undefined) =>
  date ? { date, provisional: !calendarKnows(date) } : null

/** What a step of each kind would need to pass, to list the ones the case takes now. */
const probe: Record<StepKind, Record<string, unknown>> = {
  notice: {},
  progress: {},
  reminder: {},
  supervision: {},
  objection: {},
  extension: {},
  reply: {},
  onSpotRecord: {},
  callback: { result: 'unreachable' },
  close: {},
  reviewRequest: {},
  reviewAnswer: {},
}

function nextSteps(fold: Fold, facts: ReturnType<ReturnType<typeof judge>['facts']>): string[] {
  return STEP_KINDS.filter((kind) => {
    const level =
      kind === 'reviewRequest' ? reviewBy(fold)?.level : (fold.openReview?.level ?? undefined)
    return refusal(fold, { kind, ...probe[kind], level }, facts) === null
  })
}

export function toFollowUp(clock: HallClock, source: CaseSource, today: string): CaseFollowUp {
  const { fold, objectionBy, awaitingReassignment, facts } = judge(clock, source, today)
  const { kase } = source
  const outcome = kase.outcome as OutcomeKind | null
  const needsNotice = outcome === 'assigned' || outcome === 'forwarded'
  const review = reviewBy(fold)
  const state: FollowUpState = isFollowed(outcome) ? fold.state : 'closed'
  return {
    caseId: kase.id,
    caseNo: kase.case_no,
    outcome,
    nature: kase.nature,
    departmentName: kase.departmentName,
    ownerLeader:
      kase.owner_leader_id && kase.ownerLeaderName
        ? { id: kase.owner_leader_id, name: kase.ownerLeaderName }
        : null,
    acceptedOn: kase.accepted_on,
    state,
    followed: isFollowed(outcome),
    awaitingReassignment,
    final: isFinal(fold),
    deadline: clockOf(fold.deadline),
    noticeDue:
      needsNotice && kase.accepted_on
        ? clockOf(acceptanceNoticeDeadline(kase.accepted_on).date)
        : null,
    noticeOn: fold.noticeOn,
    objectionBy: outcome === 'assigned' && objectionBy ? clockOf(objectionBy.date) : null,
    extended: fold.extended,
    replyOn: fold.replyOn,
    reviewBy: review?.by ?? null,
    reviewAnswerBy: fold.openReview ? addDays(fold.openReview.on, REVIEW_DAYS) : null,
    entries: source.entries,
    next: isFollowed(outcome) ? nextSteps(fold, facts(today)) : [],
  }
}
