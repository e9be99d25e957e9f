import { contract, isCollective } from '@shared/contract'
import { findRepeats } from '../../services/desk/findRepeats'
import { searchVisits } from '../../services/desk/searchVisits'
import { suggestRoute } from '../../services/batch/routing'
import { procedure, router } from '../trpc'

const c = contract.desk

export const deskRouter = router({
  lookup: procedure
    .input(c.lookup.input)
    .output(c.lookup.output)
    .query(({ ctx, input }) => findRepeats(ctx.services, input)),
  suggestRoute: procedure
    .input(c.suggestRoute.input)
    .output(c.suggestRoute.output)
    .query(async ({ ctx, input }) => {
      const route = await suggestRoute(ctx.services.db, {
        dayId: input.dayId,
        personIds: input.personIds,
        townshipCode: input.townshipCode,
        categoryId: input.categoryId,
        collective: isCollective(input.headcount),
        hard: input.hard,
        now: ctx.services.now(),
      })
      return route && { tableNo: route.tableNo, leaderName: route.leaderName, rule: route.rule }
    }),
  search: procedure
    .input(c.search.input)
    .output(c.search.output)
    .query(({ ctx, input }) => searchVisits(ctx.services, input)),
})
