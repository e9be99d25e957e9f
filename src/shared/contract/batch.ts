import { z } from 'zod'
import { procedure } from './procedure'
import {
  Id,
  IsoDate,
  TableNo,
  Timestamp,
  boundedInt,
  optionalDigits,
  optionalText,
  hallFields,
  requiredText,
} from './common'
import {
  BatchKind,
  BatchStatus,
  CaseNature,
  COLLECTIVE_HEADCOUNT,
  MAX_REPRESENTATIVES,
  RouteRule,
} from './enums'
import { PersonInput } from './person'
import { RequestId } from './requestId'

export const BatchFlags = z.object({
  elderly: z.boolean().default(false),
  disabled: z.boolean().default(false),
  urgent: z.boolean().default(false),
  hard: z.boolean().default(false),
})

/** The most persons one registration may count (a large collective visit). */
export const MAX_HEADCOUNT = 10000

const registrationFields = {
  dayId: Id,
  kind: BatchKind,
  headcount: boundedInt(1, MAX_HEADCOUNT, { tooSmall: 'batch.headcountMin' }),
  members: z
    .array(PersonInput)
    .min(1, { message: 'batch.membersRequired' })
    .max(MAX_REPRESENTATIVES, { message: 'batch.tooManyRepresentatives' }),
  nature: CaseNature.default('appeal'),
  categoryId: Id.optional(),
  townshipCode: optionalDigits(12),
  village: optionalText(60),
  summary: requiredText(4000, { multiLine: true, message: 'batch.summaryRequired' }),
  flags: BatchFlags.default({ elderly: false, disabled: false, urgent: false, hard: false }),
  /** The clerk's override of the suggested table. */
  tableNo: TableNo.optional(),
  /**
   * The route the desk showed (desk.suggestRoute) and the clerk followed: the hub checks that
   * its table is still on duty and takes it, instead of computing the route a second time.
   */
  suggested: z
    .object({ tableNo: TableNo, rule: RouteRule.exclude(['manual', 'same_day']) })
    .optional(),
  appointmentId: Id.optional(),
  /**
   * A person of this batch still has a batch open today (waiting, called, in session): the hub
   * refuses a second ticket unless the clerk confirmed it deliberately, saying why.
   */
  sameDayRepeat: z.object({ reason: requiredText(200) }).optional(),
}

type Counted = { kind: 'individual' | 'group'; headcount: number; members: unknown[] }

const checkCounts = (batch: Counted, ctx: z.RefinementCtx) => {
  if (batch.kind === 'individual' && (batch.headcount !== 1 || batch.members.length !== 1))
    ctx.addIssue({ code: 'custom', path: ['headcount'], message: 'batch.individualIsOne' })
  if (batch.kind === 'group' && batch.headcount < 2)
    ctx.addIssue({ code: 'custom', path: ['headcount'], message: 'batch.groupAtLeastTwo' })
  if (batch.members.length > batch.headcount)
    ctx.addIssue({ code: 'custom', path: ['members'], message: 'batch.moreNamesThanPersons' })
}

export const RegisterBatchInput = z
  .object({ ...registrationFields, requestId: RequestId.optional() })
  .superRefine(checkCounts)
export type RegisterBatchInput = z.input<typeof RegisterBatchInput>

export const RegisteredBatch = z.object({
  batchId: Id,
  dayId: Id,
  ticketNo: z.number().int(),
  ticket: z.string(),
  tableNo: z.number().int(),
  leaderName: z.string(),
  routeRule: RouteRule,
  queryCode: z.string(),
  registeredAt: Timestamp,
  collective: z.boolean(),
  /** Members whose ID number is on file under another name: flagged, not blocked. */
  nameMismatches: z.array(z.object({ index: z.number().int(), registeredAs: z.string() })),
})
export type RegisteredBatch = z.infer<typeof RegisteredBatch>

/** A row of the desk's list of the day's registrations. */
export const DeskBatchRow = z.object({
  batchId: Id,
  ticket: z.string(),
  kind: BatchKind,
  headcount: z.number().int(),
  status: BatchStatus,
  tableNo: z.number().int(),
  leaderName: z.string(),
  routeRule: RouteRule,
  maskedNames: z.array(z.string()),
  registeredAt: Timestamp,
  cancelReason: z.string().nullable(),
})
export type DeskBatchRow = z.infer<typeof DeskBatchRow>

export const BatchRef = z.object({ batchId: Id })
export const DayRef = z.object({ dayId: Id })

const reason = requiredText(500, { message: 'batch.reasonRequired' })

/** A correction of a registration: the whole registration again, and why. */
export const CorrectBatchInput = z
  .object({
    batchId: Id,
    reason,
    kind: registrationFields.kind,
    headcount: registrationFields.headcount,
    members: registrationFields.members,
    nature: registrationFields.nature,
    categoryId: registrationFields.categoryId,
    townshipCode: registrationFields.townshipCode,
    village: registrationFields.village,
    summary: registrationFields.summary,
    flags: registrationFields.flags,
  })
  .superRefine(checkCounts)
export type CorrectBatchInput = z.input<typeof CorrectBatchInput>

export const CancelBatchInput = z.object({ batchId: Id, reason })

/** A registration as the desk edits it (full identities: the desk is where they are typed). */
export const BatchRegistrationView = z.object({
  batchId: Id,
  dayId: Id,
  ticket: z.string(),
  status: BatchStatus,
  kind: BatchKind,
  headcount: z.number().int(),
  members: z.array(
    z.object({
      name: z.string(),
      idNumber: z.string().nullable(),
      phone: z.string().nullable(),
      address: z.string().nullable(),
    }),
  ),
  nature: CaseNature,
  categoryId: Id.nullable(),
  townshipCode: z.string().nullable(),
  village: z.string().nullable(),
  summary: z.string(),
  flags: BatchFlags,
  tableNo: z.number().int(),
})
export type BatchRegistrationView = z.infer<typeof BatchRegistrationView>

export const isCollective = (headcount: number) => headcount >= COLLECTIVE_HEADCOUNT

// ── the receipt (登记回执) as printed: everything on it already masked by the hub

/** What the receipt's QR code encodes: the query code, tagged so a scanner knows it. */
export const receiptQrText = (queryCode: string): string => `JFR:${queryCode}`

export const ReceiptInput = z.object({ batchId: Id })

export const ReceiptView = z.object({
  batchId: Id,
  ...hallFields,
  dayDate: IsoDate,
  place: z.string(),
  ticket: z.string(),
  tableNo: z.number().int(),
  leaderName: z.string(),
  leaderTitle: z.string(),
  registeredAt: Timestamp,
  kind: BatchKind,
  headcount: z.number().int(),
  collective: z.boolean(),
  /** Masked only: 张*, 330726********1234. Never the full ID number or phone. */
  members: z.array(z.object({ maskedName: z.string(), maskedIdNumber: z.string().nullable() })),
  queryCode: z.string(),
  qrText: z.string(),
})
export type ReceiptView = z.infer<typeof ReceiptView>

export const batchProcedures = {
  register: procedure('mutation', RegisterBatchInput, RegisteredBatch),
  listForDay: procedure('query', DayRef, z.array(DeskBatchRow)),
  get: procedure('query', BatchRef, BatchRegistrationView),
  correct: procedure('mutation', CorrectBatchInput, BatchRegistrationView),
  cancel: procedure('mutation', CancelBatchInput, DeskBatchRow),
  receipt: procedure('query', ReceiptInput, ReceiptView),
}
