import { contract } from '../../../shared/contract'
import { dayAnnouncement } from '../../services/announcement'
import { batchReceipt } from '../../services/receipt'
import { procedure, router } from '../trpc'

// What the print templates read; merged into the `batch` and `day` domains in router.ts.

export const batchPrintRouter = router({
  receipt: procedure
    .input(contract.batch.receipt.input)
    .output(contract.batch.receipt.output)
    .query(({ ctx, input }) => batchReceipt(ctx.services, input.batchId)),
})

export const dayPrintRouter = router({
  announcement: procedure
    .input(contract.day.announcement.input)
    .output(contract.day.announcement.output)
    .query(({ ctx, input }) => dayAnnouncement(ctx.services, input.dayId)),
})
