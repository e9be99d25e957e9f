import { z } from 'zod'
import { procedure } from './procedure'
import {
  Id,
  IsoDate,
  Timestamp,
  boundedArray,
  optionalDigits,
  optionalText,
  requiredText,
} from './common'
import { LeaderView } from './day'
import {
  BatchKind,
  BatchStatus,
  CaseNature,
  DocumentKind,
  LawfulChannel,
  OutcomeKind,
} from './enums'
import { CaseDetail } from './case'
import { RequestId } from './requestId'

// What the leader decides at the table (访中会商研究): the outcome of a batch in session.

/** Outcomes that hand the case to a department, with a deadline (交办, 转送). */
export const outcomesWithDepartment: readonly OutcomeKind[] = ['assigned', 'forwarded']
export const needsDepartment = (kind: OutcomeKind) => outcomesWithDepartment.includes(kind)

/** The decision about one case: what a matter gets at the table, or on amendment. */
const decisionFields = {
  outcome: OutcomeKind,
  /** 责任单位: required for assigned and forwarded. */
  departmentId: Id.optional(),
  /** 包案领导: by default the leader at the table. */
  ownerLeaderId: Id.optional(),
  /** A date the leader promised, sooner than the statute's 60 days (assigned, forwarded). */
  promisedDeadline: IsoDate.optional(),
  /** Required for not_accepted. */
  channel: LawfulChannel.optional(),
  /** The channel in words (向县人民法院提起诉讼); required when the channel is `other`. */
  channelNote: optionalText(200),
  /** The department may see the petitioner's name and phone (never for an accusation). */
  shareContact: z.boolean().default(false),
}

type DecisionShape = {
  outcome: OutcomeKind
  departmentId?: number | undefined
  promisedDeadline?: string | undefined
  channel?: LawfulChannel | undefined
  channelNote?: string | undefined
  shareContact?: boolean | undefined
  nature?: z.infer<typeof CaseNature>
}

/** The rules between the fields of one decision; `path` leads to it in the input. */
export function checkDecision(
  d: DecisionShape,
  ctx: z.RefinementCtx,
  path: (string | number)[],
): void {
  const issue = (field: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [...path, field], message })
  if (needsDepartment(d.outcome) && d.departmentId === undefined)
    issue('departmentId', 'outcomeError.departmentRequired')
  if (!needsDepartment(d.outcome) && d.promisedDeadline !== undefined)
    issue('promisedDeadline', 'outcomeError.deadlineNotApplicable')
  if (d.outcome === 'not_accepted' && d.channel === undefined)
    issue('channel', 'outcomeError.channelRequired')
  if (d.outcome === 'not_accepted' && d.channel === 'other' && !d.channelNote)
    issue('channelNote', 'outcomeError.channelNoteRequired')
  if (d.outcome !== 'not_accepted' && d.channel !== undefined)
    issue('channel', 'outcomeError.channelNotApplicable')
  if (d.nature === 'accusation' && d.shareContact)
    issue('shareContact', 'outcomeError.accusationContact')
}

const decisionText = requiredText(4000, {
  multiLine: true,
  message: 'outcomeError.decisionRequired',
})

export const MatterInput = z.object({
  summary: requiredText(4000, { multiLine: true, message: 'outcomeError.summaryRequired' }),
  nature: CaseNature,
  categoryId: Id.optional(),
  townshipCode: optionalDigits(12),
  /** This matter's own decision text, where it differs from the batch's. */
  decision: decisionText.optional(),
  ...decisionFields,
})
export type MatterInput = z.input<typeof MatterInput>

export const MAX_MATTERS = 20

export const RecordOutcomeInput = z
  .object({
    batchId: Id,
    /** 处理意见: what the leader decided, for every matter unless a matter has its own. */
    decision: decisionText,
    /** 会商: the departments that took part in the consultation at the table. */
    consultedDepartmentIds: boundedArray(Id, 50).default([]),
    matters: z
      .array(MatterInput)
      .min(1, { message: 'outcomeError.mattersRequired' })
      .max(MAX_MATTERS, { message: 'outcomeError.tooManyMatters' }),
    /** Sent again with a retry: the outcome is recorded once (see requestId.ts). */
    requestId: RequestId.optional(),
  })
  .superRefine((input, ctx) =>
    input.matters.forEach((m, i) => {
      checkDecision(m, ctx, ['matters', i])
      // The batch's decision goes on every matter's papers: an accusation raised beside other
      // matters keeps its own, so no other department reads of it (art. 30).
      if (m.nature === 'accusation' && input.matters.length > 1 && m.decision === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['matters', i, 'decision'],
          message: 'outcomeError.accusationOwnDecision',
        })
    }),
  )
export type RecordOutcomeInput = z.input<typeof RecordOutcomeInput>

/** A new outcome for a case, replacing the current one, and why. */
export const AmendOutcomeInput = z
  .object({
    caseId: Id,
    reason: requiredText(500, { message: 'outcomeError.reasonRequired' }),
    decision: decisionText,
    consultedDepartmentIds: boundedArray(Id, 50).default([]),
    ...decisionFields,
  })
  .superRefine((input, ctx) => checkDecision(input, ctx, []))
export type AmendOutcomeInput = z.input<typeof AmendOutcomeInput>

/** The documents a case with this outcome prints. */
export function documentsFor(kind: OutcomeKind | null): DocumentKind[] {
  if (kind === 'assigned') return ['slip', 'commitment']
  if (kind === 'forwarded') return ['slip']
  if (kind === 'not_accepted') return ['notice']
  return []
}

/** A case as it came out of the table. */
export const RecordedCase = z.object({
  caseId: Id,
  caseNo: z.string(),
  nature: CaseNature,
  outcome: OutcomeKind,
  departmentName: z.string().nullable(),
  deadline: IsoDate.nullable(),
  deadlineRule: z.string().nullable(),
  documents: z.array(DocumentKind),
})
export type RecordedCase = z.infer<typeof RecordedCase>

export const RecordedOutcome = z.object({
  batchId: Id,
  dayId: Id,
  ticket: z.string(),
  status: BatchStatus,
  concludedAt: Timestamp,
  cases: z.array(RecordedCase),
})
export type RecordedOutcome = z.infer<typeof RecordedOutcome>

export const OutcomeDraftInput = z.object({ batchId: Id })

/** What the outcome form starts from: the batch at the table and the statute's deadline. */
export const OutcomeDraft = z.object({
  batchId: Id,
  dayId: Id,
  dayDate: IsoDate,
  ticket: z.string(),
  status: BatchStatus,
  kind: BatchKind,
  headcount: z.number().int(),
  maskedNames: z.array(z.string()),
  nature: CaseNature,
  categoryId: Id.nullable(),
  townshipCode: z.string().nullable(),
  /** The table handling it sees the matter, accusations included. */
  summary: z.string(),
  tableNo: z.number().int(),
  leader: LeaderView,
  /** The day of acceptance: the reception day. */
  acceptedOn: IsoDate,
  statuteDeadline: IsoDate,
  /** The statute's deadline lies in a year the working-day calendar does not know yet. */
  statuteProvisional: z.boolean(),
  /** Whether an outcome can be recorded now (the batch is called or in session). */
  recordable: z.boolean(),
  /** Cases already recorded for the batch (after it was concluded). */
  cases: z.array(RecordedCase),
})
export type OutcomeDraft = z.infer<typeof OutcomeDraft>

export const outcomeProcedures = {
  amend: procedure('mutation', AmendOutcomeInput, CaseDetail),
  draft: procedure('query', OutcomeDraftInput, OutcomeDraft),
  record: procedure('mutation', RecordOutcomeInput, RecordedOutcome),
}

export { DocumentKind, LawfulChannel, lawfulChannels } from './enums'
