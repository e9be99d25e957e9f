import { contract } from '@shared/contract'
import { cancelBatch, correctBatch } from '../../services/batch/correction'
import { listDayBatches, readRegistration } from '../../services/batch/batches'
import { batchReceipt } from '../../services/batch/receipt'
import { registerBatch } from '../../services/batch/registration'
import { procedure, router } from '../trpc'

const c = contract.batch

export const batchRouter = router({
  register: procedure
    .input(c.register.input)
    .output(c.register.output)
    .mutation(({ ctx, input }) => registerBatch(ctx.services, ctx.actor, input)),
  listForDay: procedure
    .input(c.listForDay.input)
    .output(c.listForDay.output)
    .query(({ ctx, input }) => listDayBatches(ctx.services.db, input.dayId)),
  get: procedure
    .input(c.get.input)
    .output(c.get.output)
    .query(({ ctx, input }) => readRegistration(ctx.services.db, input.batchId)),
  correct: procedure
    .input(c.correct.input)
    .output(c.correct.output)
    .mutation(({ ctx, input }) => correctBatch(ctx.services, ctx.actor, input)),
  cancel: procedure
    .input(c.cancel.input)
    .output(c.cancel.output)
    .mutation(({ ctx, input }) => cancelBatch(ctx.services, ctx.actor, input)),
  receipt: procedure
    .input(c.receipt.input)
    .output(c.receipt.output)
    .query(({ ctx, input }) => batchReceipt(ctx.services, input.batchId)),
})
