import type { InputOf, OutputOf } from './procedure'
export type { Optionalised } from './procedure'
import { appointmentProcedures } from './appointment'
import { backupProcedures } from './backup'
import { batchProcedures } from './batch'
import { calendarProcedures } from './calendar'
import { caseProcedures } from './case'
import { dayProcedures } from './day'
import { demoProcedures } from './demo'
import { deskProcedures } from './desk'
import { deviceProcedures } from './device'
import { eventsProcedures } from './events'
import { followUpProcedures } from './followUp'
import { queryCodeProcedures } from './queryCode'
import { leaderProcedures } from './leader'
import { outcomeProcedures } from './outcome'
import { peopleProcedures } from './people'
import { queueProcedures } from './queue'
import { referenceProcedures } from './reference'
import { systemProcedures } from './system'
import { tallyProcedures } from './tally'

/**
 * The one API contract: every screen, script and test talks to the hub through these
 * procedures, validated by these schemas at the hub. One domain, one file, one name: the
 * `day` procedures are in ./day.ts, served by src/main/hub/routers/day.ts, implemented in
 * src/main/services/day/. The hub's router is typed against this list (router.ts).
 */
export const contract = {
  system: systemProcedures,
  backup: backupProcedures,
  device: deviceProcedures,
  leader: leaderProcedures,
  day: dayProcedures,
  batch: batchProcedures,
  appointment: appointmentProcedures,
  desk: deskProcedures,
  queue: queueProcedures,
  outcome: outcomeProcedures,
  case: caseProcedures,
  // The kiosk's query code and a leader's own cases are the follow-up's too (./queryCode.ts).
  followUp: { ...followUpProcedures, ...queryCodeProcedures },
  calendar: calendarProcedures,
  tally: tallyProcedures,
  events: eventsProcedures,
  reference: referenceProcedures,
  demo: demoProcedures,
  people: peopleProcedures,
} as const

export type Contract = typeof contract
export type Domain = keyof Contract

/** A service's input: `Input<'batch', 'register'>` is what `batch.register` gets after parsing. */
export type Input<D extends Domain, P extends keyof Contract[D]> = InputOf<Contract, D, P>
/** A service's result: what `batch.register` answers. */
export type Output<D extends Domain, P extends keyof Contract[D]> = OutputOf<Contract, D, P>

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
export * from './appointment'
export * from './reference'
export * from './leader'
export * from './demo'
export * from './outcome'
export * from './case'
export * from './tally'
export * from './backup'
export * from './followUp'
export * from './queryCode'
export * from './calendar'
export * from './device'
export * from './people'
