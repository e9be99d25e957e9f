import { contract } from '@shared/contract'
import {
  caseFollowUp,
  closeMonth,
  frozenMonths,
  ownedCases,
  queryProgress,
  rateHandling,
  rateSettings,
  rates,
  recordStep,
  setRateSettings,
  workList,
} from '../../services/followUp'
import type { Device } from '../access'
import { callContext } from '../context'
import { procedure, router } from '../trpc'

const c = contract.followUp

/** The kiosk a look-up comes from, as the hub authenticated it (its lock-out is its own). */
const kioskOf = (device: Device) => (device.id === null ? 'admin' : `device#${device.id}`)

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
  query: procedure
    .input(c.query.input)
    .output(c.query.output)
    .mutation(({ ctx, input }) => queryProgress(callContext(ctx), input, kioskOf(ctx.device))),
  rate: procedure
    .input(c.rate.input)
    .output(c.rate.output)
    .mutation(({ ctx, input }) => rateHandling(callContext(ctx), input, kioskOf(ctx.device))),
  owned: procedure
    .input(c.owned.input)
    .output(c.owned.output)
    .query(({ ctx, input }) => ownedCases(callContext(ctx), input)),
})
