import { appointmentRouter } from './routers/appointment'
import { backupRouter } from './routers/backup'
import { batchRouter } from './routers/batch'
import { caseRouter } from './routers/case'
import { dayRouter } from './routers/day'
import { demoRouter } from './routers/demo'
import { deskRouter } from './routers/desk'
import { eventsRouter } from './routers/events'
import { leaderRouter } from './routers/leader'
import { outcomeRouter } from './routers/outcome'
import { dayPlanRouter } from './routers/plan'
import { batchPrintRouter, dayPrintRouter } from './routers/print'
import { queueRouter } from './routers/queue'
import { referenceRouter } from './routers/reference'
import { dayCloseRouter, reportRouter } from './routers/report'
import { systemRouter } from './routers/system'
import { mergeRouters, router } from './trpc'

/**
 * The hub's API: the one place where every payload is validated (by the contract's
 * schemas in src/shared/contract) before a service sees it. One sub-router per domain.
 */
export const appRouter = router({
  system: mergeRouters(systemRouter, backupRouter),
  leader: leaderRouter,
  day: mergeRouters(dayRouter, dayPlanRouter, dayPrintRouter, dayCloseRouter),
  batch: mergeRouters(batchRouter, batchPrintRouter),
  appointment: appointmentRouter,
  desk: deskRouter,
  queue: queueRouter,
  outcome: outcomeRouter,
  case: caseRouter,
  report: reportRouter,
  events: eventsRouter,
  reference: referenceRouter,
  demo: demoRouter,
})

export type AppRouter = typeof appRouter
