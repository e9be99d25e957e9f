import { contract } from '../../../shared/contract'
import { tableQueue } from '../../services/queue'
import { procedure, router } from '../trpc'

const c = contract.queue

export const queueRouter = router({
  forTable: procedure
    .input(c.forTable.input)
    .output(c.forTable.output)
    .query(({ ctx, input }) => tableQueue(ctx.services, input.dayId, input.tableNo)),
})
