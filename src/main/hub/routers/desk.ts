import { contract } from '@shared/contract'
import { findRepeats } from '../../services/desk/findRepeats'
import { searchVisits } from '../../services/desk/searchVisits'
import { suggestRoute } from '../../services/batch/routing'
import { callContext } from '../context'
import { personalRead, procedure, router } from '../trpc'

const c = contract.desk

export const deskRouter = router({
  lookup: personalRead(c.lookup.input)
    .output(c.lookup.output)
    .query(({ ctx, input }) => findRepeats(callContext(ctx), input)),
  suggestRoute: procedure
    .input(c.suggestRoute.input)
    .output(c.suggestRoute.output)
    .query(({ ctx, input }) => suggestRoute(callContext(ctx), input)),
  search: procedure
    .input(c.search.input)
    .output(c.search.output)
    .query(({ ctx, input }) => searchVisits(callContext(ctx), input)),
})
