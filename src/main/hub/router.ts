import { appointmentRouter } from './routers/appointment'
import { batchRouter } from './routers/batch'
import { dayRouter } from './routers/day'
import { demoRouter } from './routers/demo'
import { deskRouter } from './routers/desk'
import { eventsRouter } from './routers/events'
import { leaderRouter } from './routers/leader'
import { dayPlanRouter } from './routers/plan'
import { batchPrintRouter, dayPrintRouter } from './routers/print'
import { queueRouter } from './routers/queue'
import { referenceRouter } from './routers/reference'
import { systemRouter } from './routers/system'
import { mergeRouters, router } from './trpc'

/**
 * The hub's API: the one place where every payload is validated (by the contract's
 * schemas in src/shared/contract) before a service sees it. One sub-router per domain.
 */
export const appRouter = router({
  system: systemRouter,
  leader: leaderRouter,
  day: mergeRouters(dayRouter, dayPlanRouter, dayPrintRouter),
  batch: mergeRouters(batchRouter, batchPrintRouter),
  appointment: appointmentRouter,
  desk: deskRouter,
  queue: queueRouter,
  events: eventsRouter,
  reference: referenceRouter,
  demo: demoRouter,
})

export type AppRouter = typeof appRouter
