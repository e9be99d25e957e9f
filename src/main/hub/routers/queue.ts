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
import { callContext } from '../context'
import { procedure, router } from '../trpc'

const c = contract.queue

export const queueRouter = router({
  forTable: procedure
    .input(c.forTable.input)
    .output(c.forTable.output)
    .query(({ ctx, input }) => tableQueue(callContext(ctx), input)),
  board: procedure
    .input(c.board.input)
    .output(c.board.output)
    .query(({ ctx, input }) => boardView(callContext(ctx), input)),
  callNext: procedure
    .input(c.callNext.input)
    .output(c.callNext.output)
    .mutation(({ ctx, input }) => callNext(callContext(ctx), input)),
  start: procedure
    .input(c.start.input)
    .output(c.start.output)
    .mutation(({ ctx, input }) => startSession(callContext(ctx), input)),
  recall: procedure
    .input(c.recall.input)
    .output(c.recall.output)
    .mutation(({ ctx, input }) => recall(callContext(ctx), input)),
  noShow: procedure
    .input(c.noShow.input)
    .output(c.noShow.output)
    .mutation(({ ctx, input }) => markNoShow(callContext(ctx), input)),
  transfer: procedure
    .input(c.transfer.input)
    .output(c.transfer.output)
    .mutation(({ ctx, input }) => transfer(callContext(ctx), input)),
  requeue: procedure
    .input(c.requeue.input)
    .output(c.requeue.output)
    .mutation(({ ctx, input }) => requeue(callContext(ctx), input)),
  pause: procedure
    .input(c.pause.input)
    .output(c.pause.output)
    .mutation(({ ctx, input }) => pauseTable(callContext(ctx), input)),
  resume: procedure
    .input(c.resume.input)
    .output(c.resume.output)
    .mutation(({ ctx, input }) => resumeTable(callContext(ctx), input)),
  endDay: procedure
    .input(c.endDay.input)
    .output(c.endDay.output)
    .mutation(({ ctx, input }) => endTableDay(callContext(ctx), input)),
})
