import { contract } from '@shared/contract'
import {
  caseFollowUp,
  closeMonth,
  frozenMonths,
  rateSettings,
  rates,
  recordStep,
  setRateSettings,
  workList,
} from '../../services/followUp'
import { callContext } from '../context'
import { procedure, router } from '../trpc'

const c = contract.followUp

export const followUpRouter = router({
  log: procedure
    .input(c.log.input)
    .output(c.log.output)
    .query(({ ctx, input }) => caseFollowUp(callContext(ctx), input)),
  step: procedure
    .input(c.step.input)
    .output(c.step.output)
    .mutation(({ ctx, input }) => recordStep(callContext(ctx), input)),
  workList: procedure
    .input(c.workList.input)
    .output(c.workList.output)
    .query(({ ctx, input }) => workList(callContext(ctx), input)),
  rates: procedure
    .input(c.rates.input)
    .output(c.rates.output)
    .query(({ ctx, input }) => rates(callContext(ctx), input)),
  closeMonth: procedure
    .input(c.closeMonth.input)
    .output(c.closeMonth.output)
    .mutation(({ ctx, input }) => closeMonth(callContext(ctx), input)),
  months: procedure.output(c.months.output).query(({ ctx }) => frozenMonths(callContext(ctx))),
  rateSettings: procedure
    .output(c.rateSettings.output)
    .query(({ ctx }) => rateSettings(callContext(ctx))),
  setRateSettings: procedure
    .input(c.setRateSettings.input)
    .output(c.setRateSettings.output)
    .mutation(({ ctx, input }) => setRateSettings(callContext(ctx), input)),
})
