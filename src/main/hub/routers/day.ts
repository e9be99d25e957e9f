import { contract } from '@shared/contract'
import { dayAnnouncement } from '../../services/day/announcement'
import { closeDay } from '../../services/day/closeDay'
import { listDays, markAnnounced } from '../../services/day/dayList'
import { getDay, planDay } from '../../services/day/days'
import { procedure, router } from '../trpc'

const c = contract.day

export const dayRouter = router({
  get: procedure
    .input(c.get.input)
    .output(c.get.output)
    .query(({ ctx, input }) => getDay(ctx.services, input?.date)),
  plan: procedure
    .input(c.plan.input)
    .output(c.plan.output)
    .mutation(({ ctx, input }) => planDay(ctx.services, ctx.actor, input)),
  list: procedure
    .input(c.list.input)
    .output(c.list.output)
    .query(({ ctx, input }) => listDays(ctx.services, { recentLimit: input?.recentLimit })),
  markAnnounced: procedure
    .input(c.markAnnounced.input)
    .output(c.markAnnounced.output)
    .mutation(({ ctx, input }) => markAnnounced(ctx.services, ctx.actor, input)),
  announcement: procedure
    .input(c.announcement.input)
    .output(c.announcement.output)
    .query(({ ctx, input }) => dayAnnouncement(ctx.services, input.dayId)),
  close: procedure
    .input(c.close.input)
    .output(c.close.output)
    .mutation(({ ctx, input }) => {
      const maintenance = ctx.maintenance
      return closeDay(ctx.services, ctx.actor, input, {
        locale: ctx.locale,
        // In-process callers without a running hub (bench/) close without the backup.
        backup: maintenance ? () => maintenance.backup('close') : undefined,
      })
    }),
})
