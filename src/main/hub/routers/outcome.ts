import { contract } from '@shared/contract'
import { amendOutcome, outcomeDraft, recordOutcome } from '../../services/outcome'
import { procedure, router } from '../trpc'

const c = contract.outcome

export const outcomeRouter = router({
  draft: procedure
    .input(c.draft.input)
    .output(c.draft.output)
    .query(({ ctx, input }) => outcomeDraft(ctx.services, input.batchId)),
  record: procedure
    .input(c.record.input)
    .output(c.record.output)
    .mutation(({ ctx, input }) => recordOutcome(ctx.services, ctx.actor, input)),
  amend: procedure
    .input(c.amend.input)
    .output(c.amend.output)
    .mutation(({ ctx, input }) => amendOutcome(ctx.services, ctx.actor, input)),
})
