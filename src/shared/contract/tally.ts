import { z } from 'zod'
import { procedure } from './procedure'
import { Id, IsoDate, Timestamp } from './common'
import { BatchKind, BatchStatus, CaseNature, DayState, OutcomeKind } from './enums'

// The day's tally (统计) as DESIGN.md defines it (frozen when the day closes), and what the exports
// list. Counting rules (docs/architecture.md, "The tally"):
// - 批次 / 人次: batches registered that day and their headcounts, cancelled ones left out;
// - 集体访: batches of 5 or more persons (批次 and 人次);
// - outcomes are counted in 件, one per matter (petition_case) of those batches, by its
//   current outcome; a batch of one matter (the usual case) is one 件;
// - 未接待即离开: batches marked no_show (left before being seen), in 批 and 人次;
// - breakdowns group batches by what the batch says (its final table after transfers, its
//   category, nature, township, hour of registration in the hall's time zone); the 件 of a row
//   are the matters of the batches in it, so every breakdown adds up to the totals;
// - wait = called − registered; session = ended − started; median and max, in seconds.

export const DurationStats = z.object({
  /** Batches that have both instants. */
  count: z.number().int(),
  medianSeconds: z.number().nullable(),
  maxSeconds: z.number().nullable(),
})
export type DurationStats = z.infer<typeof DurationStats>

export const OutcomeCounts = z.object({
  resolved_on_spot: z.number().int(),
  assigned: z.number().int(),
  forwarded: z.number().int(),
  explained: z.number().int(),
  not_accepted: z.number().int(),
})
export type OutcomeCounts = z.infer<typeof OutcomeCounts>

export const TallyFigures = z.object({
  /** 批次: registered, cancelled left out. */
  batches: z.number().int(),
  /** 人次: their headcounts summed. */
  persons: z.number().int(),
  collectiveBatches: z.number().int(),
  collectivePersons: z.number().int(),
  /** Seen at a table and concluded. */
  concludedBatches: z.number().int(),
  /** 未接待即离开: left before being seen (no_show). */
  noShowBatches: z.number().int(),
  noShowPersons: z.number().int(),
  /** Still waiting, called or in session (a live tally only; zero once closed). */
  openBatches: z.number().int(),
  /** Their headcounts; a default for snapshots frozen before it was counted (a closed day has
   * no open batch, so 0 is what they would have said). */
  openPersons: z.number().int().default(0),
  /** 件: matters (cases) of these batches with an outcome, by outcome. */
  outcomes: OutcomeCounts,
  decidedCases: z.number().int(),
  /** Matters recorded without an outcome yet. */
  undecidedCases: z.number().int(),
  /** Concluded batches with no matter decided: a gap in the record to look at. */
  concludedWithoutOutcome: z.number().int(),
  /** Moves of these batches from one table to another. */
  transfers: z.number().int(),
  wait: DurationStats,
  session: DurationStats,
})
export type TallyFigures = z.infer<typeof TallyFigures>

/** One row of a breakdown: `key` identifies the group, `label` names it (null: not given). */
export const TallyRow = TallyFigures.extend({
  key: z.string(),
  label: z.string().nullable(),
})
export type TallyRow = z.infer<typeof TallyRow>

export const LeaderTallyRow = TallyRow.extend({
  tableNo: z.number().int(),
  leaderId: Id,
  leaderName: z.string(),
  leaderTitle: z.string(),
  /** Batches moved to this table from another, and away from it to another. */
  transfersIn: z.number().int(),
  transfersOut: z.number().int(),
})
export type LeaderTallyRow = z.infer<typeof LeaderTallyRow>

/**
 * 初访 / 重复访 of the day's (not cancelled) batches. A batch is 重复访 when any of its people
 * has a batch (not cancelled) on an earlier reception day; 初访 otherwise. Two batches of one
 * person on the same day are one visit, not a repeat. 人次 are the batches' headcounts; the
 * distinct persons are the people registered in them, each counted once however often they
 * came that day (a group's unnamed members are in 人次 only).
 */
export const VisitCounts = z.object({
  firstBatches: z.number().int(),
  firstPersons: z.number().int(),
  repeatBatches: z.number().int(),
  repeatPersons: z.number().int(),
  distinctPersons: z.number().int(),
})
export type VisitCounts = z.infer<typeof VisitCounts>

/** One matter assigned (交办) that day, by its current outcome: the 交办事项清单. */
export const AssignedMatter = z.object({
  caseId: Id,
  caseNo: z.string(),
  ticket: z.string(),
  tableNo: z.number().int(),
  leaderName: z.string(),
  categoryName: z.string().nullable(),
  /** 承办单位 (null: not named, which the outcome form does not allow for 交办). */
  departmentName: z.string().nullable(),
  /** 办理期限 (the handling deadline), as the case stores it. */
  deadline: IsoDate.nullable(),
})
export type AssignedMatter = z.infer<typeof AssignedMatter>

export const TallyView = z.object({
  dayId: Id,
  date: IsoDate,
  place: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  state: DayState,
  closedAt: Timestamp.nullable(),
  /** True: the snapshot taken at close; false: computed now (live). */
  frozen: z.boolean(),
  computedAt: Timestamp,
  /** IANA zone the hours of arrival are counted in. */
  timeZone: z.string(),
  hallName: z.string(),
  countyName: z.string().nullable(),
  totals: TallyFigures,
  /** Cancelled registrations (not counted anywhere else). */
  cancelledBatches: z.number().int(),
  byLeader: z.array(LeaderTallyRow),
  byCategory: z.array(TallyRow),
  byNature: z.array(TallyRow),
  byTownship: z.array(TallyRow),
  /** key: the hour "08" = 08:00–08:59 local time. */
  byHour: z.array(TallyRow),
  /** null: a day frozen before these were counted (its snapshot does not have them). */
  visits: VisitCounts.nullable().default(null),
  /** null: a day frozen before the list was kept. By case number. */
  assignedMatters: z.array(AssignedMatter).nullable().default(null),
  /** The house-style sentence, in the caller's language. */
  summary: z.string(),
})
export type TallyView = z.infer<typeof TallyView>

/** One batch as the exports list it (明细): identities masked, no summary of the matter. */
export const TallyDetailRow = z.object({
  batchId: Id,
  ticket: z.string(),
  registeredAt: Timestamp,
  kind: BatchKind,
  headcount: z.number().int(),
  collective: z.boolean(),
  maskedNames: z.array(z.string()),
  maskedIdNumbers: z.array(z.string()),
  nature: CaseNature,
  categoryName: z.string().nullable(),
  townshipName: z.string().nullable(),
  tableNo: z.number().int(),
  leaderName: z.string(),
  transfers: z.number().int(),
  status: BatchStatus,
  /** The current outcome of each of its matters (null: not decided). */
  outcomes: z.array(OutcomeKind.nullable()),
  calledAt: Timestamp.nullable(),
  startedAt: Timestamp.nullable(),
  endedAt: Timestamp.nullable(),
  waitSeconds: z.number().nullable(),
  sessionSeconds: z.number().nullable(),
})
export type TallyDetailRow = z.infer<typeof TallyDetailRow>

export const TallyInput = z.object({ dayId: Id })

export const CityInput = z.object({ date: IsoDate })

/** A rate without the cases behind it (another hall's cases are not this hall's to open). */
export const CityRate = z.object({
  count: z.number().int(),
  of: z.number().int(),
  rate: z.number().nullable(),
})

/** One hall's figures in the city view: its day's tally and its month's three rates. */
export const CityHall = z.object({
  /** The county's code ('' the local hall of a single-PC store) and name where known. */
  code: z.string(),
  name: z.string().nullable(),
  /** The hall this hub serves. */
  own: z.boolean(),
  /** Its reception day on the date, if it held one. */
  dayId: Id.nullable(),
  state: DayState.nullable(),
  totals: TallyFigures.nullable(),
  /** The month's 响应率, 解决率 and 满意率 (follow-up, frozen once the month is closed). */
  response: CityRate,
  resolution: CityRate,
  satisfaction: CityRate,
})
export type CityHall = z.infer<typeof CityHall>

/** Every hall of the server on one date (several halls on one server, issue 13). */
export const CityView = z.object({
  date: IsoDate,
  month: z.string(),
  halls: z.array(CityHall),
})
export type CityView = z.infer<typeof CityView>

export const tallyProcedures = {
  get: procedure('query', TallyInput, TallyView),
  city: procedure('query', CityInput, CityView),
}
