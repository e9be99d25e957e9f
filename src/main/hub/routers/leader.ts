import { contract } from '../../../shared/contract'
import { createLeader, listLeaders } from '../../services/leaders'
import { procedure, router } from '../trpc'

const c = contract.leader

export const leaderRouter = router({
  list: procedure.output(c.list.output).query(({ ctx }) => listLeaders(ctx.services)),
  create: procedure
    .input(c.create.input)
    .output(c.create.output)
    .mutation(({ ctx, input }) => createLeader(ctx.services, ctx.actor, input)),
})
