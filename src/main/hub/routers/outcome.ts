import { contract } from '@shared/contract'
import { amendOutcome, outcomeDraft, recordOutcome } from '../../services/outcome'
import { callContext } from '../context'
import { procedure, router } from '../trpc'

const c = contract.outcome

export const outcomeRouter = router({
  draft: procedure
    .input(c.draft.input)
    .output(c.draft.output)
    .query(({ ctx, input }) => outcomeDraft(callContext(ctx), input)),
  record: procedure
    .input(c.record.input)
    .output(c.record.output)
    .mutation(({ ctx, input }) => recordOutcome(callContext(ctx), input)),
  amend: procedure
    .input(c.amend.input)
    .output(c.amend.output)
    .mutation(({ ctx, input }) => amendOutcome(callContext(ctx), input)),
})
