import { z } from 'zod'
import { procedure } from './procedure'
import { Id, TableNo, Timestamp, optionalText } from './common'
import {
  BatchKind,
  BatchStatus,
  CaseNature,
  COLLECTIVE_HEADCOUNT,
  MAX_REPRESENTATIVES,
  RouteRule,
} from './enums'
import { PersonInput } from './person'

export const BatchFlags = z.object({
  elderly: z.boolean().default(false),
  disabled: z.boolean().default(false),
  urgent: z.boolean().default(false),
  hard: z.boolean().default(false),
})

export const RegisterBatchInput = z
  .object({
    dayId: Id,
    kind: BatchKind,
    headcount: z.number().int().min(1, { message: 'batch.headcountMin' }).max(10000),
    members: z
      .array(PersonInput)
      .min(1, { message: 'batch.membersRequired' })
      .max(MAX_REPRESENTATIVES, { message: 'batch.tooManyRepresentatives' }),
    nature: CaseNature.default('appeal'),
    categoryId: Id.optional(),
    townshipCode: z.string().max(12).optional(),
    village: optionalText(60),
    summary: z
      .string()
      .trim()
      .min(1, { message: 'batch.summaryRequired' })
      .max(4000, { message: 'validation.tooLong' }),
    flags: BatchFlags.default({ elderly: false, disabled: false, urgent: false, hard: false }),
    /** The clerk's override of the suggested table. */
    tableNo: TableNo.optional(),
    appointmentId: Id.optional(),
  })
  .superRefine((batch, ctx) => {
    if (batch.kind === 'individual' && (batch.headcount !== 1 || batch.members.length !== 1))
      ctx.addIssue({ code: 'custom', path: ['headcount'], message: 'batch.individualIsOne' })
    if (batch.kind === 'group' && batch.headcount < 2)
      ctx.addIssue({ code: 'custom', path: ['headcount'], message: 'batch.groupAtLeastTwo' })
    if (batch.members.length > batch.headcount)
      ctx.addIssue({ code: 'custom', path: ['members'], message: 'batch.moreNamesThanPersons' })
  })
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

export const BatchSummaryView = z.object({
  batchId: Id,
  ticket: z.string(),
  kind: BatchKind,
  headcount: z.number().int(),
  status: BatchStatus,
  tableNo: z.number().int(),
  maskedNames: z.array(z.string()),
  registeredAt: Timestamp,
})

export const isCollective = (headcount: number) => headcount >= COLLECTIVE_HEADCOUNT

export const batchProcedures = {
  register: procedure('mutation', RegisterBatchInput, RegisteredBatch),
}
