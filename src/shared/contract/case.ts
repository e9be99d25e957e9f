import { z } from 'zod'
import { procedure } from './procedure'
import { Id, IsoDate, Timestamp, boundedInt, optionalText } from './common'
import { LeaderView } from './day'
import { CaseNature, OutcomeKind } from './enums'
import type { PaperKind } from './enums'
import { ArchivedKind, DocumentKind, IssuingBody, LawfulChannel } from './enums'
import { Delivery } from './followUp'

// Cases (信访事项) outlive the day: tracked to their deadline, amended with a reason, and the
// documents printed for them archived with a snapshot of what was printed.

export const CaseState = z.enum(['open', 'replied', 'closed'])
export type CaseState = z.infer<typeof CaseState>

/** overdue: open and past its deadline; soon: open and due within 7 days. */
export const DueFilter = z.enum(['all', 'overdue', 'soon'])
export type DueFilter = z.infer<typeof DueFilter>
export const DUE_SOON_DAYS = 7
export const CASE_QUERY_MAX = 50
/** Rows a list answers unless asked for fewer or more (at most 500). */
export const CASE_LIST_LIMIT = 200

export const CaseListInput = z
  .object({
    state: z.union([CaseState, z.literal('all')]).default('open'),
    due: DueFilter.default('all'),
    limit: boundedInt(1, 500).default(CASE_LIST_LIMIT),
    /** Words to find (case number, member name, full ID number, phone, department, summary);
     * ANDed with the filters. Empty is no search. */
    query: optionalText(CASE_QUERY_MAX),
  })
  .default({ state: 'open', due: 'all', limit: CASE_LIST_LIMIT, query: undefined })
export type CaseListInput = z.input<typeof CaseListInput>

export const CaseRow = z.object({
  caseId: Id,
  caseNo: z.string(),
  dayDate: IsoDate,
  ticket: z.string(),
  nature: CaseNature,
  categoryName: z.string().nullable(),
  townshipName: z.string().nullable(),
  /** Null for an accusation (检举控告): its content stays with the leader handling it. */
  summary: z.string().nullable(),
  outcome: OutcomeKind.nullable(),
  departmentName: z.string().nullable(),
  ownerLeaderName: z.string().nullable(),
  acceptedOn: IsoDate.nullable(),
  deadline: IsoDate.nullable(),
  deadlineRule: z.string().nullable(),
  /** The deadline is reckoned over a year whose holiday arrangement is not known yet. */
  deadlineProvisional: z.boolean(),
  state: CaseState,
  /** Open and past its deadline (the hub's today). */
  overdue: z.boolean(),
  /** Days until the deadline (negative: overdue); null without a deadline or once closed. */
  daysLeft: z.number().int().nullable(),
})
export type CaseRow = z.infer<typeof CaseRow>

export const CaseListView = z.object({
  today: IsoDate,
  rows: z.array(CaseRow),
  /** Over all cases, whatever the filter: the ones open, and of those the overdue. */
  openCount: z.number().int(),
  overdueCount: z.number().int(),
})
export type CaseListView = z.infer<typeof CaseListView>

export const OutcomeRecord = z.object({
  outcomeId: Id,
  kind: OutcomeKind,
  decision: z.string(),
  channel: LawfulChannel.nullable(),
  channelNote: z.string().nullable(),
  department: z.object({ id: Id, name: z.string() }).nullable(),
  ownerLeader: LeaderView.nullable(),
  deadline: IsoDate.nullable(),
  deadlineRule: z.string().nullable(),
  shareContact: z.boolean(),
  consulted: z.array(z.object({ id: Id, name: z.string() })),
  recordedAt: Timestamp,
  recordedBy: z.string(),
  /** Why this outcome replaced the one before it. */
  amendReason: z.string().nullable(),
  supersededAt: Timestamp.nullable(),
})
export type OutcomeRecord = z.infer<typeof OutcomeRecord>

export const DocumentRow = z.object({
  documentId: Id,
  kind: ArchivedKind,
  /** The log entry a follow-up paper was printed from (null: a paper of the day). */
  entryId: Id.nullable().default(null),
  outcomeId: Id,
  printedAt: Timestamp,
  printedBy: z.string(),
  /** The document this print reprinted (null: a first print). */
  reprintOf: Id.nullable(),
  superseded: z.boolean(),
  supersededAt: Timestamp.nullable(),
  /** Why it was voided: the outcome was amended, or its dates were reckoned again. */
  supersededReason: z.enum(['amended', 'calendar']).nullable(),
  /** The desktop app archived the PDF it printed. */
  hasPdf: z.boolean(),
})
export type DocumentRow = z.infer<typeof DocumentRow>

export const CaseRef = z.object({ caseId: Id })

export const CaseDetail = CaseRow.extend({
  batchId: Id,
  headcount: z.number().int(),
  /** Masked: 张*, 欧阳**. */
  maskedNames: z.array(z.string()),
  tableNo: z.number().int(),
  /** Outcomes, the current one first, then the superseded ones, newest first. */
  outcomes: z.array(OutcomeRecord),
  documents: z.array(DocumentRow),
  /** The documents the current outcome prints. */
  availableDocuments: z.array(DocumentKind),
  statuteDeadline: IsoDate.nullable(),
  statuteDeadlineProvisional: z.boolean(),
  /** Whether the outcome may still be amended (not after the written reply). */
  amendable: z.boolean(),
})
export type CaseDetail = z.infer<typeof CaseDetail>

// ── print views: exactly what each document shows, already masked by the hub ──────────

const hallFields = {
  hallName: z.string(),
  countyName: z.string().nullable(),
  hallPhone: z.string().nullable(),
}

/**
 * Who came, as a document that goes to a department may show it: withheld for an accusation
 * (信访工作条例 art. 30 ¶3, art. 46(5)); masked; or, where the leader let the department
 * contact them, names, phones and addresses.
 */
export const PetitionerOnPaper = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('withheld'), headcount: z.number().int() }),
  z.object({ mode: z.literal('masked'), names: z.array(z.string()), headcount: z.number().int() }),
  z.object({
    mode: z.literal('contact'),
    persons: z.array(
      z.object({ name: z.string(), phone: z.string().nullable(), address: z.string().nullable() }),
    ),
    headcount: z.number().int(),
  }),
])
export type PetitionerOnPaper = z.infer<typeof PetitionerOnPaper>

const documentHead = {
  caseId: Id,
  caseNo: z.string(),
  /** The outcome the document states. */
  outcomeId: Id,
  ...hallFields,
  /** Who issues and seals it (the setting when first printed; the hall for older prints). */
  issuingBody: IssuingBody.default('hall'),
  /** The reception day (the day of acceptance). */
  dayDate: IsoDate,
  /** The date printed as the date of issue: the hub's today when first printed. */
  issuedOn: IsoDate,
  nature: CaseNature,
  summary: z.string(),
  decision: z.string(),
}

/**
 * The dates a paper states that are provisional: reckoned over a year whose holiday
 * arrangement neither chinese-days nor the staff's calendar knew when it was printed. The
 * paper says so next to each. Papers printed before this existed parse as none.
 */
export const ProvisionalField = z.enum([
  'deadline',
  'statuteDeadline',
  'acceptanceNoticeBy',
  'objectionBy',
  /** The extension notice's deadline before the extension. */
  'previousDeadline',
])
export type ProvisionalField = z.infer<typeof ProvisionalField>
const provisionalFields = z.array(ProvisionalField).default([])

/** 交办单 (assigned) or 转送单 (forwarded). */
export const SlipView = z.object({
  kind: z.literal('slip'),
  ...documentHead,
  outcome: z.enum(['assigned', 'forwarded']),
  categoryName: z.string().nullable(),
  townshipName: z.string().nullable(),
  petitioner: PetitionerOnPaper,
  consulted: z.array(z.string()),
  departmentName: z.string(),
  ownerLeader: LeaderView.nullable(),
  deadline: IsoDate,
  deadlineRule: z.string(),
  statuteDeadline: IsoDate,
  /** Art. 23: the written notice of acceptance is due by. */
  acceptanceNoticeBy: IsoDate,
  /** Art. 23: a wrong assignment is objected to by (5 working days from the day of issue). */
  objectionBy: IsoDate,
  provisional: provisionalFields,
})
export type SlipView = z.infer<typeof SlipView>

/** 限期办结承诺书: what will be done, by whom, by which date; signed by three. */
export const CommitmentView = z.object({
  kind: z.literal('commitment'),
  ...documentHead,
  petitioner: PetitionerOnPaper,
  departmentName: z.string(),
  ownerLeader: LeaderView.nullable(),
  /** The leader who received the batch (接访领导). */
  receivingLeader: LeaderView,
  deadline: IsoDate,
  deadlineRule: z.string(),
  provisional: provisionalFields,
})
export type CommitmentView = z.infer<typeof CommitmentView>

/** 不予受理告知书: handed to the petitioner, naming the lawful channel. */
export const WrittenNoticeView = z.object({
  kind: z.literal('notice'),
  ...documentHead,
  /** Whom it is addressed to: the petitioner, or the group's representatives. */
  addressees: z.array(z.string()),
  headcount: z.number().int(),
  channel: LawfulChannel,
  channelNote: z.string().nullable(),
})
export type WrittenNoticeView = z.infer<typeof WrittenNoticeView>

// ── the follow-up papers (issue 14): each printed from one step of the case's log ──────────

/** Which step of the log each follow-up paper is printed from. */
export const PAPER_OF_STEP = {
  notice: 'acceptance_notice',
  extension: 'extension_notice',
  reply: 'handling_opinion',
  reminder: 'reminder_slip',
  onSpotRecord: 'on_spot_record',
} as const satisfies Record<string, PaperKind>
export const paperOfStep = (kind: string): PaperKind | null =>
  (PAPER_OF_STEP as Record<string, PaperKind>)[kind] ?? null

const paperHead = {
  ...documentHead,
  /** The log entry the paper states. */
  entryId: Id,
  /** The step's date (the notice given, the reply dated, the reminder sent). */
  stepOn: IsoDate,
  provisional: provisionalFields,
}
/** Handed (or sent) to the petitioner: addressed to them by name. */
const toPetitioner = {
  addressees: z.array(z.string()),
  headcount: z.number().int(),
}

/** 受理告知书 (art 23): the matter is accepted, who handles it, by when it is answered. */
export const AcceptanceNoticeView = z.object({
  kind: z.literal('acceptance_notice'),
  ...paperHead,
  ...toPetitioner,
  acceptedOn: IsoDate,
  departmentName: z.string().nullable(),
  deadline: IsoDate.nullable(),
})
export type AcceptanceNoticeView = z.infer<typeof AcceptanceNoticeView>

/** 延期办理告知书 (art 34): the deadline moved once, why, by whom approved. */
export const ExtensionNoticeView = z.object({
  kind: z.literal('extension_notice'),
  ...paperHead,
  ...toPetitioner,
  departmentName: z.string().nullable(),
  previousDeadline: IsoDate,
  deadline: IsoDate,
  days: z.number().int(),
  reason: z.string(),
  approvedBy: z.string(),
})
export type ExtensionNoticeView = z.infer<typeof ExtensionNoticeView>

/** 信访事项处理意见书: the written reply, how it was delivered, and the way to a review. */
export const HandlingOpinionView = z.object({
  kind: z.literal('handling_opinion'),
  ...paperHead,
  ...toPetitioner,
  departmentName: z.string().nullable(),
  content: z.string(),
  delivery: Delivery,
  /** Arts 35: a review (复查) may be asked within 30 days of receiving it. */
  reviewBy: IsoDate,
})
export type HandlingOpinionView = z.infer<typeof HandlingOpinionView>

/** 催办单: the hall reminds the department of a case, with its clock. Goes to the department. */
export const ReminderSlipView = z.object({
  kind: z.literal('reminder_slip'),
  ...paperHead,
  petitioner: PetitionerOnPaper,
  departmentName: z.string().nullable(),
  ownerLeader: LeaderView.nullable(),
  acceptedOn: IsoDate,
  deadline: IsoDate.nullable(),
  noticeOn: IsoDate.nullable(),
  note: z.string(),
})
export type ReminderSlipView = z.infer<typeof ReminderSlipView>

/** 现场处理记录: a matter resolved at the table — what was decided, who was present. */
export const OnSpotRecordView = z.object({
  kind: z.literal('on_spot_record'),
  ...paperHead,
  ...toPetitioner,
  receivingLeader: LeaderView,
  decided: z.string(),
  present: z.string(),
})
export type OnSpotRecordView = z.infer<typeof OnSpotRecordView>

export const PaperView = z.discriminatedUnion('kind', [
  AcceptanceNoticeView,
  ExtensionNoticeView,
  HandlingOpinionView,
  ReminderSlipView,
  OnSpotRecordView,
])
export type PaperView = z.infer<typeof PaperView>

export const CaseDocumentSnapshot = z.discriminatedUnion('kind', [
  SlipView,
  CommitmentView,
  WrittenNoticeView,
  AcceptanceNoticeView,
  ExtensionNoticeView,
  HandlingOpinionView,
  ReminderSlipView,
  OnSpotRecordView,
])
export type CaseDocumentSnapshot = z.infer<typeof CaseDocumentSnapshot>

/** A printed document from the archive: exactly what was printed, and whether it still holds. */
export const CaseDocumentView = DocumentRow.extend({
  caseId: Id,
  /** The first print of this document (itself for a first print). */
  originalId: Id,
  /** How many times it has been printed, this print included. */
  printCount: z.number().int(),
  snapshot: CaseDocumentSnapshot,
})
export type CaseDocumentView = z.infer<typeof CaseDocumentView>

export const IssueDocumentInput = z.object({
  caseId: Id,
  kind: DocumentKind,
  /** The outcome the printing screen showed: refused if it has been amended meanwhile. */
  outcomeId: Id,
})
export const DocumentRef = z.object({ documentId: Id })
/** A follow-up paper: the case and the step of its log it is printed from. */
export const PaperRef = z.object({ caseId: Id, entryId: Id })

/**
 * A base64 PDF (the desktop app's printToPDF of the document): at most 12 MB of PDF, 16 M
 * characters, within the hub's body limit for this one procedure (src/main/hub/limits.ts).
 */
export const AttachPdfInput = z.object({
  documentId: Id,
  pdfBase64: z
    .string()
    .min(8)
    .max(16_000_000, { message: 'validation.tooLong' })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'caseError.notPdf' }),
})
export const AttachedPdf = z.object({ documentId: Id, bytes: z.number().int() })

export const caseProcedures = {
  list: procedure('query', CaseListInput, CaseListView),
  get: procedure('query', CaseRef, CaseDetail),
  slip: procedure('query', CaseRef, SlipView),
  commitment: procedure('query', CaseRef, CommitmentView),
  notice: procedure('query', CaseRef, WrittenNoticeView),
  document: procedure('query', DocumentRef, CaseDocumentView),
  issueDocument: procedure('mutation', IssueDocumentInput, CaseDocumentView),
  reprint: procedure('mutation', DocumentRef, CaseDocumentView),
  attachPdf: procedure('mutation', AttachPdfInput, AttachedPdf),
  paper: procedure('query', PaperRef, PaperView),
  issuePaper: procedure('mutation', PaperRef, CaseDocumentView),
}
