import { z } from 'zod'
import { procedure } from './procedure'
import { Id, TableNo, Timestamp } from './common'
import { BatchKind, BatchStatus, CaseNature } from './enums'
import { DutyView } from './day'

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
    elderly: z.boolean(),
    disabled: z.boolean(),
    urgent: z.boolean(),
    hard: z.boolean(),
  }),
  registeredAt: Timestamp,
  calledAt: Timestamp.nullable(),
})
export type QueueEntry = z.infer<typeof QueueEntry>

export const TableQueueInput = z.object({ dayId: Id, tableNo: TableNo })

export const TableQueueView = z.object({
  dayId: Id,
  duty: DutyView,
  current: QueueEntry.nullable(),
  waiting: z.array(QueueEntry),
})
export type TableQueueView = z.infer<typeof TableQueueView>

export const queueProcedures = {
  forTable: procedure('query', TableQueueInput, TableQueueView),
}
