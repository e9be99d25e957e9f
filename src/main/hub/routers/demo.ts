import { contract } from '@shared/contract'
import { createDemoHall, demoStatus } from '../../services/demo/demoHall'
import { callContext } from '../context'
import { procedure, router } from '../trpc'

const c = contract.demo

export const demoRouter = router({
  status: procedure.output(c.status.output).query(({ ctx }) => demoStatus(callContext(ctx))),
  create: procedure
    .input(c.create.input)
    .output(c.create.output)
    .mutation(({ ctx, input }) => createDemoHall(callContext(ctx), input)),
})
