import { contract } from '../../../shared/contract'
import { listDays, markAnnounced } from '../../services/dayPlans'
import { procedure, router } from '../trpc'

const c = contract.day

/** The day plan's procedures of the `day` domain (merged into it in router.ts). */
export const dayPlanRouter = router({
  list: procedure
    .input(c.list.input)
    .output(c.list.output)
    .query(({ ctx, input }) => listDays(ctx.services, { recentLimit: input?.recentLimit })),
  markAnnounced: procedure
    .input(c.markAnnounced.input)
    .output(c.markAnnounced.output)
    .mutation(({ ctx, input }) => markAnnounced(ctx.services, ctx.actor, input)),
})
