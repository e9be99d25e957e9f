import { contract } from '@shared/contract'
import {
  createLeader,
  listLeaders,
  setLeaderActive,
  updateLeader,
} from '../../services/leader/leaders'
import { procedure, router } from '../trpc'

const c = contract.leader

export const leaderRouter = router({
  list: procedure
    .input(c.list.input)
    .output(c.list.output)
    .query(({ ctx, input }) => listLeaders(ctx.services, input ?? {})),
  create: procedure
    .input(c.create.input)
    .output(c.create.output)
    .mutation(({ ctx, input }) => createLeader(ctx.services, ctx.actor, input)),
  update: procedure
    .input(c.update.input)
    .output(c.update.output)
    .mutation(({ ctx, input }) => updateLeader(ctx.services, ctx.actor, input)),
  setActive: procedure
    .input(c.setActive.input)
    .output(c.setActive.output)
    .mutation(({ ctx, input }) => setLeaderActive(ctx.services, ctx.actor, input)),
})
