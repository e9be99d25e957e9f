import { batchRouter } from './routers/batch'
import { dayRouter } from './routers/day'
import { eventsRouter } from './routers/events'
import { leaderRouter } from './routers/leader'
import { queueRouter } from './routers/queue'
import { systemRouter } from './routers/system'
import { router } from './trpc'

/**
 * The hub's API: the one place where every payload is validated (by the contract's
 * schemas in src/shared/contract) before a service sees it. One sub-router per domain.
 */
export const appRouter = router({
  system: systemRouter,
  leader: leaderRouter,
  day: dayRouter,
  batch: batchRouter,
  queue: queueRouter,
  events: eventsRouter,
})

export type AppRouter = typeof appRouter
