import { z } from 'zod'
import { procedure } from './procedure'
import { Id, IsoDate, Timestamp, boundedInt, optionalText, requiredText } from './common'
import { CaseNature, OutcomeKind } from './enums'

// After the day (访后限期办结): every step of a case is an entry of its append-only log, and the
// case's state is derived from that log (src/shared/followUp/caseLog.ts). DESIGN.md "After the
// day" and "The three rates".

export const FollowUpState = z.enum([
  'accepted',
  'in_progress',
  'replied',
  'called_back',
  'closed',
  'reopened',
  'under_review',
])
export type FollowUpState = z.infer<typeof FollowUpState>

export const Delivery = z.enum(['in_person', 'post', 'phone', 'sms'])
export type Delivery = z.infer<typeof Delivery>
export const CallResult = z.enum(['reached', 'unreachable', 'refused'])
export type CallResult = z.infer<typeof CallResult>
export const Satisfaction = z.enum(['satisfied', 'basically_satisfied', 'dissatisfied'])
export type Satisfaction = z.infer<typeof Satisfaction>
/** What follows a 不满意: the case handled again, or the petitioner told how to ask a review. */
export const DissatisfiedNext = z.enum(['reopen', 'review_guidance'])
export type DissatisfiedNext = z.infer<typeof DissatisfiedNext>
export const ReviewLevel = z.enum(['review', 're_review'])
export type ReviewLevel = z.infer<typeof ReviewLevel>

const note = requiredText(2000, { multiLine: true })
const person = requiredText(40)
/** The hall's date the step happened on; left out: today. Never in the future. */
const on = IsoDate.optional()

const base = { caseId: Id, on }

/** One step of a case, as staff (or a leader) record it. */
export const StepInput = z.discriminatedUnion('kind', [
  /** 受理告知 (art 23): the petitioner told in writing that the matter is accepted. */
  z.object({ kind: z.literal('notice'), ...base }),
  /** 办理情况: what the department did, entered by staff. */
  z.object({ kind: z.literal('progress'), ...base, departmentId: Id.optional(), note }),
  /** 催办: the hall reminds the department. */
  z.object({ kind: z.literal('reminder'), ...base, note }),
  /** 督办: by the case's owner leader (包案领导). */
  z.object({ kind: z.literal('supervision'), ...base, leaderId: Id, note }),
  /** The department objects to a wrong assignment (art 23, within 5 working days). */
  z.object({ kind: z.literal('objection'), ...base, reason: note }),
  /** Art 34: once, at most 30 days, approved by a named person, the petitioner told why. */
  z.object({
    kind: z.literal('extension'),
    ...base,
    reason: note,
    approvedBy: person,
    days: boundedInt(1, 30),
  }),
  /** 答复意见: the written reply and how it reached the petitioner. */
  z.object({ kind: z.literal('reply'), ...base, content: note, delivery: Delivery }),
  /** 现场处理记录: the reply of a matter resolved on the spot. */
  z.object({ kind: z.literal('onSpotRecord'), ...base, decided: note, present: note }),
  /** 回访: one attempt; a reached one is a valid call-back and answers the three questions. */
  z.object({
    kind: z.literal('callback'),
    ...base,
    result: CallResult,
    contacted: z.boolean().optional(),
    resolved: z.boolean().optional(),
    satisfaction: Satisfaction.optional(),
    comment: optionalText(2000, { multiLine: true }),
    next: DissatisfiedNext.optional(),
  }),
  /** 办结: after a valid call-back. */
  z.object({ kind: z.literal('close'), ...base, note: optionalText(2000, { multiLine: true }) }),
  /** 复查 / 复核 asked (arts 35–36): within 30 days of the reply (of the review). */
  z.object({ kind: z.literal('reviewRequest'), ...base, level: ReviewLevel, body: person }),
  /** 复查 / 复核 answered (within 30 days of the request). */
  z.object({ kind: z.literal('reviewAnswer'), ...base, level: ReviewLevel, content: note }),
])
export type StepInput = z.input<typeof StepInput>
export type StepKind = z.infer<typeof StepInput>['kind']
export const STEP_KINDS = StepInput.options.map((o) => o.shape.kind.value)

export const LogEntry = z.object({
  entryId: Id,
  kind: z.string(),
  at: Timestamp,
  on: IsoDate,
  actor: z.string(),
  state: FollowUpState,
  deadline: IsoDate.nullable(),
  /** The step's own fields as recorded (content, reason, satisfaction, …). */
  data: z.record(z.string(), z.unknown()),
})
export type LogEntry = z.infer<typeof LogEntry>

export const Clock = z.object({ date: IsoDate, provisional: z.boolean() })

export const CaseFollowUp = z.object({
  caseId: Id,
  caseNo: z.string(),
  outcome: OutcomeKind.nullable(),
  nature: CaseNature,
  departmentName: z.string().nullable(),
  ownerLeader: z.object({ id: Id, name: z.string() }).nullable(),
  acceptedOn: IsoDate.nullable(),
  state: FollowUpState,
  /** Followed after the day: assigned, forwarded, resolved on the spot. */
  followed: z.boolean(),
  /** An objection sent it back: refused steps until the outcome is amended (reassigned). */
  awaitingReassignment: z.boolean(),
  /** After 复核: the same matter is not accepted again (art 36). */
  final: z.boolean(),
  deadline: Clock.nullable(),
  noticeDue: Clock.nullable(),
  noticeOn: IsoDate.nullable(),
  objectionBy: Clock.nullable(),
  extended: z.boolean(),
  replyOn: IsoDate.nullable(),
  /** The latest date a review (or re-review) may be asked, where one may be. */
  reviewBy: IsoDate.nullable(),
  /** The open review's answer is due by. */
  reviewAnswerBy: IsoDate.nullable(),
  entries: z.array(LogEntry),
  /** The steps the case takes now. */
  next: z.array(z.string()),
})
export type CaseFollowUp = z.infer<typeof CaseFollowUp>

// ── the work list ───────────────────────────────────────────────────────────────────────────

export const WorkReason = z.enum(['callback', 'onSpotRecord', 'notice', 'dueSoon', 'overdue'])
export type WorkReason = z.infer<typeof WorkReason>

export const WorkRow = z.object({
  caseId: Id,
  caseNo: z.string(),
  state: FollowUpState,
  departmentId: Id.nullable(),
  departmentName: z.string().nullable(),
  ownerLeaderId: Id.nullable(),
  ownerLeaderName: z.string().nullable(),
  reasons: z.array(WorkReason),
  deadline: IsoDate.nullable(),
  /** The deadline falls in a year whose official calendar is not yet known (暂定). */
  deadlineProvisional: z.boolean(),
  noticeDue: IsoDate.nullable(),
  /** Working days to the deadline (negative: overdue). */
  workingDaysLeft: z.number().int().nullable(),
})
export type WorkRow = z.infer<typeof WorkRow>

export const WorkListInput = z.object({ ownerLeaderId: Id.optional() }).default({})
export const WorkList = z.object({
  today: IsoDate,
  rows: z.array(WorkRow),
  counts: z.record(WorkReason, z.number().int()),
})
export type WorkList = z.infer<typeof WorkList>

// ── the three rates ─────────────────────────────────────────────────────────────────────────

const percent = boundedInt(0, 100)
const WEIGHTS = ['responseWeight', 'resolutionWeight', 'satisfactionWeight'] as const

/**
 * Local policy, in whole percent: 满意率 = (满意 + w × 基本满意) ÷ valid with w = wPercent / 100
 * (default 90); composite = the three rates weighted by these percentages (10 / 50 / 40),
 * which add up to 100.
 */
export const RateSettings = z
  .object({
    wPercent: boundedInt(1, 100),
    responseWeight: percent,
    resolutionWeight: percent,
    satisfactionWeight: percent,
  })
  .superRefine((s, ctx) => {
    if (s.responseWeight + s.resolutionWeight + s.satisfactionWeight === 100) return
    for (const key of WEIGHTS)
      ctx.addIssue({ code: 'custom', path: [key], message: 'followUpError.weightsSum' })
  })
export type RateSettings = z.infer<typeof RateSettings>
export const defaultRateSettings: RateSettings = {
  wPercent: 90,
  responseWeight: 10,
  resolutionWeight: 50,
  satisfactionWeight: 40,
}

/** A ratio with the cases behind it (drill-down): `of` counted, `ids` of the counted ones. */
export const Ratio = z.object({
  count: z.number().int(),
  of: z.number().int(),
  /** count ÷ of; null when of = 0. */
  rate: z.number().nullable(),
  caseIds: z.array(Id),
  ofCaseIds: z.array(Id),
})
export type Ratio = z.infer<typeof Ratio>

export const Figures = z.object({
  /** Valid call-backs (有效回访) in the period. */
  valid: z.number().int(),
  /** Unreachable or refused attempts (回访失败): logged, not counted. */
  failed: z.number().int(),
  satisfied: z.number().int(),
  basicallySatisfied: z.number().int(),
  dissatisfied: z.number().int(),
  response: Ratio,
  resolution: Ratio,
  /** (满意 + w × 基本满意) ÷ valid; its `count` is 满意 + 基本满意. */
  satisfaction: Ratio,
  composite: z.number().nullable(),
  onTime: Ratio,
  timelyNotice: Ratio,
})
export type Figures = z.infer<typeof Figures>

export const RateGroup = z.object({
  key: z.string(),
  name: z.string().nullable(),
  figures: Figures,
})
export type RateGroup = z.infer<typeof RateGroup>

export const Month = z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/, { message: 'validation.month' })

export const RatesView = z.object({
  month: Month,
  settings: RateSettings,
  frozen: z.boolean(),
  frozenAt: Timestamp.nullable(),
  overall: Figures,
  byDepartment: z.array(RateGroup),
  byOwnerLeader: z.array(RateGroup),
  byTownship: z.array(RateGroup),
  byCategory: z.array(RateGroup),
})
export type RatesView = z.infer<typeof RatesView>

export const MonthInput = z.object({ month: Month })
export const FrozenMonth = z.object({ month: Month, closedAt: Timestamp, closedBy: z.string() })
export type FrozenMonth = z.infer<typeof FrozenMonth>

export const followUpProcedures = {
  log: procedure('query', z.object({ caseId: Id }), CaseFollowUp),
  step: procedure('mutation', StepInput, CaseFollowUp),
  workList: procedure('query', WorkListInput, WorkList),
  rates: procedure('query', MonthInput, RatesView),
  closeMonth: procedure('mutation', MonthInput, FrozenMonth),
  months: procedure('query', undefined, z.array(FrozenMonth)),
  rateSettings: procedure('query', undefined, RateSettings),
  setRateSettings: procedure('mutation', RateSettings, RateSettings),
}
