import { backupProcedures } from './backup'
import { batchProcedures } from './batch'
import { caseProcedures, outcomeAmendProcedures } from './case'
import { dayProcedures } from './day'
import { deskProcedures } from './desk'
import { eventsProcedures } from './events'
import { outcomeProcedures } from './outcome'
import { appointmentProcedures, dayPlanProcedures } from './plan'
import { announcementProcedures, receiptProcedures } from './print'
import { queueProcedures } from './queue'
import { dayCloseProcedures, reportProcedures } from './report'
import { demoProcedures, leaderProcedures, referenceProcedures } from './reference'
import { systemProcedures } from './system'

/**
 * The one API contract: every screen, script and test talks to the hub through these
 * procedures, validated by these schemas at the hub. Each domain declares its own.
 */
export const contract = {
  system: { ...systemProcedures, ...backupProcedures },
  leader: leaderProcedures,
  day: { ...dayProcedures, ...dayPlanProcedures, ...announcementProcedures, ...dayCloseProcedures },
  batch: { ...batchProcedures, ...receiptProcedures },
  appointment: appointmentProcedures,
  desk: deskProcedures,
  queue: queueProcedures,
  outcome: { ...outcomeProcedures, ...outcomeAmendProcedures },
  case: caseProcedures,
  report: reportProcedures,
  events: eventsProcedures,
  reference: referenceProcedures,
  demo: demoProcedures,
} as const

export type Contract = typeof contract

export * from './common'
export * from './requestId'
export * from './enums'
export * from './system'
export * from './day'
export * from './batch'
export * from './desk'
export * from './queue'
export * from './events'
export * from './person'
export * from './ticket'
export * from './plan'
export * from './print'
export * from './reference'
export * from './outcome'
export * from './case'
export * from './report'
export * from './backup'
