import { batchProcedures } from './batch'
import { dayProcedures, leaderProcedures } from './day'
import { eventsProcedures } from './events'
import { queueProcedures } from './queue'
import { systemProcedures } from './system'

/**
 * The one API contract: every screen, script and test talks to the hub through these
 * procedures, validated by these schemas at the hub. Each domain declares its own.
 */
export const contract = {
  system: systemProcedures,
  leader: leaderProcedures,
  day: dayProcedures,
  batch: batchProcedures,
  queue: queueProcedures,
  events: eventsProcedures,
} as const

export type Contract = typeof contract

export * from './common'
export * from './enums'
export * from './system'
export * from './day'
export * from './batch'
export * from './queue'
export * from './events'
export * from './person'
export * from './ticket'
