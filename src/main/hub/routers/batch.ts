import { contract } from '@shared/contract'
import { cancelBatch, correctBatch } from '../../services/batch/correction'
import { listDayBatches, getRegistration } from '../../services/batch/batches'
import { batchReceipt } from '../../services/batch/receipt'
import { registerBatch } from '../../services/batch/registration'
import { callContext } from '../context'
import { personalRead, procedure, router } from '../trpc'

const c = contract.batch

export const batchRouter = router({
  register: procedure
    .input(c.register.input)
    .output(c.register.output)
    .mutation(({ ctx, input }) => registerBatch(callContext(ctx), input)),
  listForDay: procedure
    .input(c.listForDay.input)
    .output(c.listForDay.output)
    .query(({ ctx, input }) => listDayBatches(callContext(ctx), input)),
  get: personalRead(c.get.input)
    .output(c.get.output)
    .query(({ ctx, input }) => getRegistration(callContext(ctx), input)),
  correct: procedure
    .input(c.correct.input)
    .output(c.correct.output)
    .mutation(({ ctx, input }) => correctBatch(callContext(ctx), input)),
  cancel: procedure
    .input(c.cancel.input)
    .output(c.cancel.output)
    .mutation(({ ctx, input }) => cancelBatch(callContext(ctx), input)),
  receipt: procedure
    .input(c.receipt.input)
    .output(c.receipt.output)
    .query(({ ctx, input }) => batchReceipt(callContext(ctx), input)),
})
