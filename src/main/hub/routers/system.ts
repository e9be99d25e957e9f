import { contract } from '../../../shared/contract'
import { procedure, router } from '../trpc'

export const systemRouter = router({
  health: procedure.output(contract.system.health.output).query(({ ctx }) => ({
    ok: true as const,
    version: ctx.version,
    migrations: ctx.migrations,
  })),
})
