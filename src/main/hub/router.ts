import { contract } from '../../shared/contract'
import { registerBatch } from '../services/registration'
import { getDay, planDay } from '../services/days'
import { createLeader, listLeaders } from '../services/leaders'
import { tableQueue } from '../services/queue'
import { procedure, router } from './trpc'

const c = contract

/**
 * The hub's API: the one place where every payload is validated (by the contract's
 * schemas) before a service sees it.
 */
export const appRouter = router({
  system: router({
    health: procedure.output(c.system.health.output).query(({ ctx }) => ({
      ok: true as const,
      version: ctx.version,
      migrations: ctx.migrations,
    })),
  }),
  leader: router({
    list: procedure.output(c.leader.list.output).query(({ ctx }) => listLeaders(ctx.services)),
    create: procedure
      .input(c.leader.create.input)
      .output(c.leader.create.output)
      .mutation(({ ctx, input }) => createLeader(ctx.services, ctx.actor, input)),
  }),
  day: router({
    get: procedure
      .input(c.day.get.input)
      .output(c.day.get.output)
      .query(({ ctx, input }) => getDay(ctx.services, input.date)),
    plan: procedure
      .input(c.day.plan.input)
      .output(c.day.plan.output)
      .mutation(({ ctx, input }) => planDay(ctx.services, ctx.actor, input)),
  }),
  batch: router({
    register: procedure
      .input(c.batch.register.input)
      .output(c.batch.register.output)
      .mutation(({ ctx, input }) => registerBatch(ctx.services, ctx.actor, input)),
  }),
  queue: router({
    forTable: procedure
      .input(c.queue.forTable.input)
      .output(c.queue.forTable.output)
      .query(({ ctx, input }) => tableQueue(ctx.services, input.dayId, input.tableNo)),
  }),
  events: router({
    changes: procedure.input(c.events.changes.input).subscription(async function* ({
      ctx,
      input,
      signal,
    }) {
      for await (const event of ctx.services.bus.stream(signal)) {
        if (input?.dayId && event.dayId !== null && event.dayId !== input.dayId) continue
        yield event
      }
    }),
  }),
})

export type AppRouter = typeof appRouter
