import { z } from 'zod'
import { procedure } from './procedure'

export const HealthView = z.object({
  ok: z.literal(true),
  version: z.string(),
  migrations: z.array(z.string()),
})

export const systemProcedures = {
  health: procedure('query', undefined, HealthView),
}
