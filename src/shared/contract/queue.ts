import { z } from 'zod'
import { procedure } from './procedure'
import { Id, IsoDate, TableNo, Timestamp, optionalText, requiredText } from './common'
import { BatchKind, BatchStatus, CaseNature, DayState, DutyState } from './enums'
import { DutyView } from './day'
import { CaseBrief, EarlierVisit } from './desk'

/**
 * Why a waiting batch is ahead of earlier arrivals (docs/architecture.md, "Queue states"):
 * urgent, then an appointment whose time has come, then a person aged 70 or over or disabled.
 */
/** Persons of this age or more on the day are served first (老年人优先). */
export const ELDERLY_AGE = 70

export const PriorityReason = z.enum(['urgent', 'appointment', 'elderly', 'disabled'])
export type PriorityReason = z.infer<typeof PriorityReason>

/** What a leader's screen may show of a batch: masked identities only. */
export const QueueEntry = z.object({
  batchId: Id,
  ticket: z.string(),
  kind: BatchKind,
  headcount: z.number().int(),
  status: BatchStatus,
  maskedNames: z.array(z.string()),
  nature: CaseNature,
  categoryName: z.string().nullable(),
  townshipName: z.string().nullable(),
  /** Null where the matter is an accusation seen from a table not handling it. */
  summary: z.string().nullable(),
  flags: z.object({
    /** Flagged by the clerk, or a person aged 70 or over on the day (from the ID number). */
    elderly: z.boolean(),
    disabled: z.boolean(),
    urgent: z.boolean(),
    hard: z.boolean(),
  }),
  registeredAt: Timestamp,
  calledAt: Timestamp.nullable(),
  /** The reason it is served ahead of earlier arrivals, if any. */
  priority: PriorityReason.nullable(),
  /** Booked time ('HH:MM') when the batch came by appointment. */
  appointmentSlot: z.string().nullable(),
  /** Waiting batches: minutes until its expected turn, and the expected time; else null. */
  expectedWaitMinutes: z.number().int().nullable(),
  expectedAt: Timestamp.nullable(),
  /** Moved here from another table (the latest such move): from where, when and why. Only the
   * table view fills it (its own batches); the board does not show it. */
  transferredFrom: z
    .object({ tableNo: z.number().int(), reason: z.string().nullable(), at: Timestamp })
    .nullable()
    .default(null),
})
export type QueueEntry = z.infer<typeof QueueEntry>

/** A person of the batch in front of the table: masked, with the age on the day. */
export const ScreenPerson = z.object({
  maskedName: z.string(),
  maskedIdNumber: z.string().nullable(),
  maskedPhone: z.string().nullable(),
  age: z.number().int().nullable(),
  role: z.enum(['petitioner', 'representative']),
})
export type ScreenPerson = z.infer<typeof ScreenPerson>

/** The batch called to or in session at the table, with what the leader needs to know. */
export const CurrentBatch = QueueEntry.extend({
  startedAt: Timestamp.nullable(),
  /** Times the ticket was called again since it was called to this table. */
  recalls: z.number().int(),
  village: z.string().nullable(),
  persons: z.array(ScreenPerson),
  /** Earlier visits of its people, newest first; accusation summaries withheld. */
  earlierVisits: z.array(EarlierVisit),
  /** Their cases not yet closed. */
  openCases: z.array(CaseBrief),
  /** The appointment (约访) it came by, with the dossier prepared before the day. */
  appointment: z
    .object({ slot: z.string().nullable(), summary: z.string(), dossier: z.string() })
    .nullable(),
})
export type CurrentBatch = z.infer<typeof CurrentBatch>

export const TableQueueInput = z.object({ dayId: Id, tableNo: TableNo })

export const TableQueueView = z.object({
  dayId: Id,
  dayState: DayState,
  duty: DutyView,
  /** The typical session length used for expected waits, and how many sessions it rests on. */
  sessionMinutes: z.number().int(),
  sessionBasis: z.number().int(),
  current: CurrentBatch.nullable(),
  waiting: z.array(QueueEntry),
})
export type TableQueueView = z.infer<typeof TableQueueView>

export const BoardInput = z.object({ dayId: Id })

/** A ticket now called, as the hall board shows and announces it. */
export const BoardCall = z.object({
  ticket: z.string(),
  tableNo: z.number().int(),
  calledAt: Timestamp,
  /** Changes with every call and recall: the board announces each key once. */
  announceKey: z.number().int(),
  recalls: z.number().int(),
})
export type BoardCall = z.infer<typeof BoardCall>

export const BoardTable = z.object({
  tableNo: z.number().int(),
  leaderName: z.string(),
  state: DutyState,
  current: z.object({ ticket: z.string(), status: z.enum(['called', 'in_session']) }).nullable(),
  /** The next few in queue order: ticket and masked names only. */
  next: z.array(z.object({ ticket: z.string(), maskedNames: z.array(z.string()) })),
  waitingCount: z.number().int(),
})
export type BoardTable = z.infer<typeof BoardTable>

export const BoardView = z.object({
  dayId: Id,
  date: IsoDate,
  /** Tickets called and not yet in session, the latest call first. */
  calls: z.array(BoardCall),
  tables: z.array(BoardTable),
})
export type BoardView = z.infer<typeof BoardView>

/** `tableNo`, when given, guards against acting on a batch that has meanwhile moved. */
const BatchAction = z.object({ batchId: Id, tableNo: TableNo.optional() })

export const CallNextInput = z.object({
  dayId: Id,
  tableNo: TableNo,
  /** Call this waiting batch instead of the first in queue order. */
  batchId: Id.optional(),
})
export const StartSessionInput = BatchAction
export const RecallInput = BatchAction
export const NoShowInput = BatchAction.extend({ reason: optionalText(200) })
/** A batch marked no-show whose person came back: waiting again, same ticket, same place. */
export const RequeueInput = BatchAction.extend({ reason: optionalText(200) })
export const TransferInput = BatchAction.extend({
  toTableNo: TableNo,
  reason: requiredText(200),
})
export const TableActionInput = z.object({ dayId: Id, tableNo: TableNo })
export const PauseInput = TableActionInput.extend({ reason: optionalText(200) })
export const EndDayInput = TableActionInput.extend({
  /** Move the batches still waiting (or called) to this table in the same action. */
  transferTo: TableNo.optional(),
  reason: optionalText(200),
})

/** What a batch action did. */
export const QueueActionResult = z.object({
  batchId: Id,
  dayId: Id,
  ticket: z.string(),
  status: BatchStatus,
  tableNo: z.number().int(),
  at: Timestamp,
  recalls: z.number().int(),
})
export type QueueActionResult = z.infer<typeof QueueActionResult>

export const TableActionResult = z.object({
  dayId: Id,
  duty: DutyView,
  at: Timestamp,
  /** End of day: tickets moved to `transferTo`, and tickets still waiting at the ended table. */
  transferred: z.array(z.string()),
  left: z.array(z.object({ batchId: Id, ticket: z.string(), status: BatchStatus })),
})
export type TableActionResult = z.infer<typeof TableActionResult>

export const queueProcedures = {
  forTable: procedure('query', TableQueueInput, TableQueueView),
  board: procedure('query', BoardInput, BoardView),
  callNext: procedure('mutation', CallNextInput, QueueActionResult),
  start: procedure('mutation', StartSessionInput, QueueActionResult),
  recall: procedure('mutation', RecallInput, QueueActionResult),
  noShow: procedure('mutation', NoShowInput, QueueActionResult),
  transfer: procedure('mutation', TransferInput, QueueActionResult),
  requeue: procedure('mutation', RequeueInput, QueueActionResult),
  pause: procedure('mutation', PauseInput, TableActionResult),
  resume: procedure('mutation', TableActionInput, TableActionResult),
  endDay: procedure('mutation', EndDayInput, TableActionResult),
}
