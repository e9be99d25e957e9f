import { contract } from '../../../shared/contract'
import { registerBatch } from '../../services/registration'
import { procedure, router } from '../trpc'

const c = contract.batch

export const batchRouter = router({
  register: procedure
    .input(c.register.input)
    .output(c.register.output)
    .mutation(({ ctx, input }) => registerBatch(ctx.services, ctx.actor, input)),
})
