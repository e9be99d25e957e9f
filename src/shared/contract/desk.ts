import { z } from 'zod'
import {
  Id,
  IsoDate,
  Timestamp,
  boundedArray,
  boundedInt,
  optionalDigits,
  requiredText,
  singleLineText,
} from './common'
import { MAX_HEADCOUNT } from './batch'
import { MAX_REPRESENTATIVES } from './enums'
import { BatchStatus, CaseNature, OutcomeKind, RouteRule } from './enums'
import { IdNumberField, PhoneField } from './person'
import { procedure } from './procedure'

/** What the clerk has typed so far; each part is optional and checked before it is sent. */
export const LookupInput = z.object({
  dayId: Id.optional(),
  idNumber: IdNumberField,
  phone: PhoneField,
  name: singleLineText(40).optional(),
  townshipCode: optionalDigits(12),
})
export type LookupInput = z.input<typeof LookupInput>

export const MatchedBy = z.enum(['idNumber', 'phone', 'nameTownship'])

export const CaseBrief = z.object({
  caseId: Id,
  caseNo: z.string(),
  summary: z.string().nullable(),
  outcome: OutcomeKind.nullable(),
  deadline: IsoDate.nullable(),
  state: z.enum(['open', 'replied', 'closed']),
  reviewStage: z.enum(['none', 'review', 're_review']),
  ownerLeaderName: z.string().nullable(),
  /** Accepted and still within its handling deadline: art. 19 ¶3 applies to the same matter. */
  withinDeadline: z.boolean(),
  /** Closed after re-review (复核): art. 36, the same facts are not accepted again. */
  closedAfterReReview: z.boolean(),
})
export type CaseBrief = z.infer<typeof CaseBrief>

/** The hall of an earlier visit (several halls on one server, issue 13): its county's code (''
 * the local hall), the county's name where known, and whether it is another hall than this one. */
export const HallLabel = z.object({
  code: z.string(),
  name: z.string().nullable(),
  elsewhere: z.boolean(),
})

export const EarlierVisit = z.object({
  batchId: Id,
  personIds: z.array(Id),
  date: IsoDate,
  ticket: z.string(),
  tableNo: z.number().int(),
  leaderName: z.string(),
  status: BatchStatus,
  nature: CaseNature,
  /** Null for an accusation: its content stays with the leader handling it. */
  summary: z.string().nullable(),
  cases: z.array(CaseBrief),
  hall: HallLabel,
})
export type EarlierVisit = z.infer<typeof EarlierVisit>

export const KnownPerson = z.object({
  personId: Id,
  name: z.string(),
  maskedIdNumber: z.string(),
  maskedPhone: z.string(),
  matchedBy: z.array(MatchedBy),
  /** The ID number is on file under this other name: flagged, not blocked. */
  registeredAs: z.string().nullable(),
})
export type KnownPerson = z.infer<typeof KnownPerson>

export const BookedAppointment = z.object({
  appointmentId: Id,
  personId: Id,
  summary: z.string(),
  leaderId: Id.nullable(),
  leaderName: z.string().nullable(),
  slot: z.string().nullable(),
})

export const LookupResult = z.object({
  persons: z.array(KnownPerson),
  visits: z.array(EarlierVisit),
  appointments: z.array(BookedAppointment),
})
export type LookupResult = z.infer<typeof LookupResult>

export const SuggestRouteInput = z.object({
  dayId: Id,
  personIds: boundedArray(Id, MAX_REPRESENTATIVES).default([]),
  townshipCode: optionalDigits(12),
  categoryId: Id.optional(),
  headcount: boundedInt(1, MAX_HEADCOUNT).default(1),
  hard: z.boolean().default(false),
})

export const RouteSuggestionView = z.object({
  tableNo: z.number().int(),
  leaderName: z.string(),
  rule: RouteRule,
})

export const SearchInput = z.object({
  query: requiredText(100),
  limit: boundedInt(1, 200).default(50),
})

export const SearchHit = z.object({
  batchId: Id,
  date: IsoDate,
  ticket: z.string(),
  maskedNames: z.array(z.string()),
  nature: CaseNature,
  summary: z.string().nullable(),
  registeredAt: Timestamp,
  hall: HallLabel,
})

export const deskProcedures = {
  lookup: procedure('query', LookupInput, LookupResult),
  suggestRoute: procedure('query', SuggestRouteInput, RouteSuggestionView.nullable()),
  search: procedure('query', SearchInput, z.array(SearchHit)),
}
