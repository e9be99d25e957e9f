import { contract } from '@shared/contract'
import { hallDate } from '@shared/time/hallClock'
import { createDemoHall, isEmptyHall } from '../../services/demo/demoHall'
import { procedure, router } from '../trpc'

const c = contract.demo

export const demoRouter = router({
  status: procedure
    .output(c.status.output)
    .query(async ({ ctx }) => ({ emptyHall: await isEmptyHall(ctx.services.db) })),
  create: procedure
    .input(c.create.input)
    .output(c.create.output)
    .mutation(({ ctx, input }) =>
      createDemoHall(ctx.services, input?.date ?? hallDate(ctx.services), ctx.actor),
    ),
})
