import type { Domain } from '@shared/contract'
import { appointmentRouter } from './routers/appointment'
import { backupRouter } from './routers/backup'
import { batchRouter } from './routers/batch'
import { calendarRouter } from './routers/calendar'
import { caseRouter } from './routers/case'
import { dayRouter } from './routers/day'
import { demoRouter } from './routers/demo'
import { deskRouter } from './routers/desk'
import { deviceRouter } from './routers/device'
import { eventsRouter } from './routers/events'
import { followUpRouter } from './routers/followUp'
import { leaderRouter } from './routers/leader'
import { outcomeRouter } from './routers/outcome'
import { peopleRouter } from './routers/people'
import { queueRouter } from './routers/queue'
import { referenceRouter } from './routers/reference'
import { systemRouter } from './routers/system'
import { tallyRouter } from './routers/tally'
import { router } from './trpc'

/**
 * The hub's API: the one place where every payload is validated (by the contract's schemas in
 * src/shared/contract) before a service sees it. One router per domain of the contract, under
 * the same name: `satisfies` refuses a domain missing or extra, and test/unit/hub/
 * contractRouter.test.ts that any procedure differs in name or kind.
 */
const domainRouters = {
  system: systemRouter,
  backup: backupRouter,
  device: deviceRouter,
  leader: leaderRouter,
  day: dayRouter,
  batch: batchRouter,
  appointment: appointmentRouter,
  desk: deskRouter,
  queue: queueRouter,
  outcome: outcomeRouter,
  case: caseRouter,
  followUp: followUpRouter,
  calendar: calendarRouter,
  tally: tallyRouter,
  events: eventsRouter,
  reference: referenceRouter,
  demo: demoRouter,
  people: peopleRouter,
} satisfies Record<Domain, unknown>

export const appRouter = router(domainRouters)

export type AppRouter = typeof appRouter
