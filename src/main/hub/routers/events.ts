import { contract } from '@shared/contract'
import { eventReaches } from '../access'
import { procedure, router } from '../trpc'

export const eventsRouter = router({
  changes: procedure.input(contract.events.changes.input).subscription(async function* ({
    ctx,
    input,
    signal,
  }) {
    for await (const event of ctx.services.bus.stream(signal)) {
      if (input?.dayId && event.dayId !== null && event.dayId !== input.dayId) continue
      if (!eventReaches(ctx.device, event)) continue
      yield event
    }
  }),
})
