import { contract } from '../../../shared/contract'
import { getDay, planDay } from '../../services/days'
import { procedure, router } from '../trpc'

const c = contract.day

export const dayRouter = router({
  get: procedure
    .input(c.get.input)
    .output(c.get.output)
    .query(({ ctx, input }) => getDay(ctx.services, input?.date)),
  plan: procedure
    .input(c.plan.input)
    .output(c.plan.output)
    .mutation(({ ctx, input }) => planDay(ctx.services, ctx.actor, input)),
})
