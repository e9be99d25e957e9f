import { z } from 'zod'
import { procedure } from './procedure'
import { IsoDate } from './common'
import { DayView } from './day'

// ── the demo hall ────────────────────────────────────────────────────────────

export const DemoStatus = z.object({ emptyHall: z.boolean() })
/** The demo's day is planned for `date`, by default the hub's today. */
export const CreateDemoInput = z.object({ date: IsoDate.optional() }).optional()

export const demoProcedures = {
  status: procedure('query', undefined, DemoStatus),
  create: procedure('mutation', CreateDemoInput, DayView),
}
