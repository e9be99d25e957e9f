import { z } from 'zod'
import { CreateLeaderInput, DayByDateInput, DayView, LeaderView, PlanDayInput } from './day'
import { RegisterBatchInput, RegisteredBatch } from './batch'
import { TableQueueInput, TableQueueView } from './queue'
import { ChangeEvent, SubscribeInput } from './events'

type Kind = 'query' | 'mutation' | 'subscription'

const procedure = <K extends Kind, I extends z.ZodType | undefined, O extends z.ZodType>(
  kind: K,
  input: I,
  output: O,
) => ({ kind, input, output })

export const HealthView = z.object({
  ok: z.literal(true),
  version: z.string(),
  migrations: z.array(z.string()),
})

/**
 * The one API contract: every screen, script and test talks to the hub through these
 * procedures, validated by these schemas at the hub.
 */
export const contract = {
  system: {
    health: procedure('query', undefined, HealthView),
  },
  leader: {
    list: procedure('query', undefined, z.array(LeaderView)),
    create: procedure('mutation', CreateLeaderInput, LeaderView),
  },
  day: {
    get: procedure('query', DayByDateInput, DayView.nullable()),
    plan: procedure('mutation', PlanDayInput, DayView),
  },
  batch: {
    register: procedure('mutation', RegisterBatchInput, RegisteredBatch),
  },
  queue: {
    forTable: procedure('query', TableQueueInput, TableQueueView),
  },
  events: {
    changes: procedure('subscription', SubscribeInput, ChangeEvent),
  },
} as const

export type Contract = typeof contract

export * from './common'
export * from './enums'
export * from './day'
export * from './batch'
export * from './queue'
export * from './events'
export * from './person'
export * from './ticket'
