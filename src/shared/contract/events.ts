import { z } from 'zod'
import { procedure } from './procedure'
import { Id } from './common'

/**
 * Pushed to subscribers after a commit. Events name what changed, never who:
 * screens re-read through queries that mask for them.
 */
export const ChangeEvent = z.object({
  topic: z.enum(['day', 'queue', 'reference', 'case']),
  dayId: Id.nullable(),
  tableNos: z.array(z.number().int()),
})
export type ChangeEvent = z.infer<typeof ChangeEvent>

export const SubscribeInput = z.object({ dayId: Id.nullable().optional() }).optional()

export const eventsProcedures = {
  changes: procedure('subscription', SubscribeInput, ChangeEvent),
}
