import { contract } from '@shared/contract'
import { dayAnnouncement } from '../../services/day/announcement'
import { closeDay } from '../../services/day/closeDay'
import { listDays, markAnnounced } from '../../services/day/dayList'
import { getDay, planDay } from '../../services/day/days'
import { callContext } from '../context'
import { procedure, router } from '../trpc'

const c = contract.day

export const dayRouter = router({
  get: procedure
    .input(c.get.input)
    .output(c.get.output)
    .query(({ ctx, input }) => getDay(callContext(ctx), input)),
  plan: procedure
    .input(c.plan.input)
    .output(c.plan.output)
    .mutation(({ ctx, input }) => planDay(callContext(ctx), input)),
  list: procedure
    .input(c.list.input)
    .output(c.list.output)
    .query(({ ctx, input }) => listDays(callContext(ctx), input)),
  markAnnounced: procedure
    .input(c.markAnnounced.input)
    .output(c.markAnnounced.output)
    .mutation(({ ctx, input }) => markAnnounced(callContext(ctx), input)),
  announcement: procedure
    .input(c.announcement.input)
    .output(c.announcement.output)
    .query(({ ctx, input }) => dayAnnouncement(callContext(ctx), input)),
  close: procedure
    .input(c.close.input)
    .output(c.close.output)
    .mutation(({ ctx, input }) => {
      const maintenance = ctx.maintenance
      // In-process callers without a running hub (bench/) close without the backup.
      const backup = maintenance ? () => maintenance.backup('close') : undefined
      return closeDay(callContext(ctx), input, { backup })
    }),
})
