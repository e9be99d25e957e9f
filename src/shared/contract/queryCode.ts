import { z } from 'zod'
import { procedure } from './procedure'
import { Id, IsoDate, TableNo, requiredText } from './common'
import { CaseNature } from './enums'
import { Clock, FollowUpState, Satisfaction, WorkReason } from './followUp'

// The petitioner's query code at the hall's kiosk (查询评价, art 21) and a leader's own cases
// (包案). DESIGN.md "After the day": the kiosk shows the progress masked — state, dates,
// department, reply date — and takes a rating; nothing else of the case or of anyone.

/** The code as printed (10 of 23456789ABCDEFGHJKMNPQRSTUVWXYZ) or as the receipt's QR scans
 * (`JFR:` + code); spaces and case are forgiven. */
export const QueryCode = z.preprocess(
  (v) => (typeof v === 'string' ? v.replace(/\s+/g, '').toUpperCase().replace(/^JFR:/, '') : v),
  z
    .string()
    .min(4, { message: 'kioskError.code' })
    .max(16, { message: 'kioskError.code' })
    .regex(/^[0-9A-Z]+$/, { message: 'kioskError.code' }),
)

/** The last 4 characters of the petitioner's phone or ID number (an ID may end in X). */
export const LastDigits = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
  z.string().regex(/^\d{3}[\dX]$/, { message: 'kioskError.lastDigits' }),
)

export const QueryInput = z.object({ code: QueryCode, lastDigits: LastDigits })

/** One case of the visit as the petitioner sees it: no names, no summary, no other case. */
export const KioskCase = z.object({
  caseNo: z.string(),
  state: FollowUpState,
  /** Followed after the day (assigned, forwarded, resolved on the spot). */
  followed: z.boolean(),
  acceptedOn: IsoDate.nullable(),
  departmentName: z.string().nullable(),
  noticeOn: IsoDate.nullable(),
  deadline: Clock.nullable(),
  extended: z.boolean(),
  replyOn: IsoDate.nullable(),
  closedOn: IsoDate.nullable(),
  /** The petitioner's rating of the answer in force, once given. */
  rating: z.object({ satisfaction: Satisfaction, on: IsoDate }).nullable(),
  /** A rating may be given now: an answer is in force and it has not been rated yet. */
  mayRate: z.boolean(),
})
export type KioskCase = z.infer<typeof KioskCase>

/** A wrong code and wrong digits get the same answer, so nothing tells which was wrong. */
export const QueryAnswer = z.discriminatedUnion('status', [
  z.object({ status: z.literal('found'), visitedOn: IsoDate, cases: z.array(KioskCase) }),
  z.object({ status: z.literal('notFound'), attemptsLeft: z.number().int() }),
  z.object({ status: z.literal('locked'), minutes: z.number().int() }),
])
export type QueryAnswer = z.infer<typeof QueryAnswer>

export const RateInput = QueryInput.extend({
  caseNo: requiredText(40),
  satisfaction: Satisfaction,
})

// ── a leader's own cases (包案) ────────────────────────────────────────────────────────────

/** The leader on duty at the table today: a leader device asks for its own table only. */
export const OwnedInput = z.object({ tableNo: TableNo })

export const OwnedCase = z.object({
  caseId: Id,
  caseNo: z.string(),
  state: FollowUpState,
  nature: CaseNature,
  categoryName: z.string().nullable(),
  departmentName: z.string().nullable(),
  acceptedOn: IsoDate.nullable(),
  deadline: Clock.nullable(),
  extended: z.boolean(),
  /** Working days to the deadline (negative: overdue). */
  workingDaysLeft: z.number().int().nullable(),
  reasons: z.array(WorkReason),
  /** The step the case waits for (a followUp.kind), or null. */
  nextStep: z.string().nullable(),
})
export type OwnedCase = z.infer<typeof OwnedCase>

export const OwnedCases = z.object({
  today: IsoDate,
  leader: z.object({ id: Id, name: z.string() }).nullable(),
  rows: z.array(OwnedCase),
})
export type OwnedCases = z.infer<typeof OwnedCases>

/** Part of the followUp domain (spread into it in ./index.ts). */
export const queryCodeProcedures = {
  // Mutations, since every look-up is counted for the lock-out of guessers.
  query: procedure('mutation', QueryInput, QueryAnswer),
  rate: procedure('mutation', RateInput, QueryAnswer),
  owned: procedure('query', OwnedInput, OwnedCases),
}
