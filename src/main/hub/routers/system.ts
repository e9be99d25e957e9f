import { contract } from '@shared/contract'
import { hallDate, hallTime } from '@shared/time/hallClock'
import { screenAddresses } from '../lanAddresses'
import { procedure, router } from '../trpc'

export const systemRouter = router({
  health: procedure.output(contract.system.health.output).query(({ ctx }) => ({
    ok: true as const,
    version: ctx.version,
    migrations: ctx.migrations,
  })),
  clock: procedure.output(contract.system.clock.output).query(({ ctx }) => {
    const now = ctx.services.now()
    return {
      date: hallDate(ctx.services, now),
      time: hallTime(ctx.services, now),
      timeZone: ctx.services.timeZone,
      now: now.toISOString(),
    }
  }),
  screenAddresses: procedure
    .output(contract.system.screenAddresses.output)
    .query(({ ctx }) =>
      ctx.listening ? screenAddresses(ctx.listening) : { loopbackOnly: true, urls: [] },
    ),
})
