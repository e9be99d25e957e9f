import { contract } from '../../../shared/contract'
import { screenAddresses } from '../lanAddresses'
import { procedure, router } from '../trpc'

export const systemRouter = router({
  health: procedure.output(contract.system.health.output).query(({ ctx }) => ({
    ok: true as const,
    version: ctx.version,
    migrations: ctx.migrations,
  })),
  screenAddresses: procedure
    .output(contract.system.screenAddresses.output)
    .query(({ ctx }) =>
      ctx.listening
        ? screenAddresses(ctx.listening.host, ctx.listening.port, ctx.listening.token)
        : { loopbackOnly: true, urls: [] },
    ),
})
