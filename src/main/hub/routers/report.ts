import { contract } from '../../../shared/contract'
import { closeDay, getTally } from '../../services/tally'
import { procedure, router } from '../trpc'

// The day's tally (`report` domain) and the close of the day (merged into `day` in router.ts).

export const reportRouter = router({
  tally: procedure
    .input(contract.report.tally.input)
    .output(contract.report.tally.output)
    .query(({ ctx, input }) =>
      getTally(ctx.services.db, input.dayId, ctx.locale, {
        now: ctx.services.now(),
        timeZone: ctx.services.timeZone,
      }),
    ),
})

export const dayCloseRouter = router({
  close: procedure
    .input(contract.day.close.input)
    .output(contract.day.close.output)
    .mutation(({ ctx, input }) => {
      const maintenance = ctx.maintenance
      return closeDay(ctx.services, ctx.actor, input, {
        locale: ctx.locale,
        // In-process callers without a running hub (bench/) close without the backup.
        backup: maintenance ? () => maintenance.backup('close') : undefined,
      })
    }),
})
