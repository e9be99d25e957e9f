import { contract } from '@shared/contract'
import { cityFigures, getTally } from '../../services/tally'
import { callContext } from '../context'
import { procedure, router } from '../trpc'

const c = contract.tally

export const tallyRouter = router({
  get: procedure
    .input(c.get.input)
    .output(c.get.output)
    .query(({ ctx, input }) => getTally(callContext(ctx), input)),
  city: procedure
    .input(c.city.input)
    .output(c.city.output)
    .query(({ ctx, input }) => cityFigures(callContext(ctx), input)),
})
