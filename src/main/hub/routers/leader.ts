import { contract } from '@shared/contract'
import {
  createLeader,
  listLeaders,
  setLeaderActive,
  updateLeader,
} from '../../services/leader/leaders'
import { callContext } from '../context'
import { procedure, router } from '../trpc'

const c = contract.leader

export const leaderRouter = router({
  list: procedure
    .input(c.list.input)
    .output(c.list.output)
    .query(({ ctx, input }) => listLeaders(callContext(ctx), input)),
  create: procedure
    .input(c.create.input)
    .output(c.create.output)
    .mutation(({ ctx, input }) => createLeader(callContext(ctx), input)),
  update: procedure
    .input(c.update.input)
    .output(c.update.output)
    .mutation(({ ctx, input }) => updateLeader(callContext(ctx), input)),
  setActive: procedure
    .input(c.setActive.input)
    .output(c.setActive.output)
    .mutation(({ ctx, input }) => setLeaderActive(callContext(ctx), input)),
})
