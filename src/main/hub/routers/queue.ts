import { contract } from '@shared/contract'
import {
  boardView,
  callNext,
  endTableDay,
  markNoShow,
  pauseTable,
  recall,
  requeue,
  resumeTable,
  startSession,
  tableQueue,
  transfer,
} from '../../services/queue'
import { procedure, router } from '../trpc'

const c = contract.queue

export const queueRouter = router({
  forTable: procedure
    .input(c.forTable.input)
    .output(c.forTable.output)
    .query(({ ctx, input }) => tableQueue(ctx.services, input.dayId, input.tableNo)),
  board: procedure
    .input(c.board.input)
    .output(c.board.output)
    .query(({ ctx, input }) => boardView(ctx.services, input.dayId)),
  callNext: procedure
    .input(c.callNext.input)
    .output(c.callNext.output)
    .mutation(({ ctx, input }) => callNext(ctx.services, ctx.actor, input)),
  start: procedure
    .input(c.start.input)
    .output(c.start.output)
    .mutation(({ ctx, input }) => startSession(ctx.services, ctx.actor, input)),
  recall: procedure
    .input(c.recall.input)
    .output(c.recall.output)
    .mutation(({ ctx, input }) => recall(ctx.services, ctx.actor, input)),
  noShow: procedure
    .input(c.noShow.input)
    .output(c.noShow.output)
    .mutation(({ ctx, input }) => markNoShow(ctx.services, ctx.actor, input)),
  transfer: procedure
    .input(c.transfer.input)
    .output(c.transfer.output)
    .mutation(({ ctx, input }) => transfer(ctx.services, ctx.actor, input)),
  requeue: procedure
    .input(c.requeue.input)
    .output(c.requeue.output)
    .mutation(({ ctx, input }) => requeue(ctx.services, ctx.actor, input)),
  pause: procedure
    .input(c.pause.input)
    .output(c.pause.output)
    .mutation(({ ctx, input }) => pauseTable(ctx.services, ctx.actor, input)),
  resume: procedure
    .input(c.resume.input)
    .output(c.resume.output)
    .mutation(({ ctx, input }) => resumeTable(ctx.services, ctx.actor, input)),
  endDay: procedure
    .input(c.endDay.input)
    .output(c.endDay.output)
    .mutation(({ ctx, input }) => endTableDay(ctx.services, ctx.actor, input)),
})
