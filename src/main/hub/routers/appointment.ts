import { contract } from '@shared/contract'
import {
  cancelAppointment,
  createAppointment,
  listAppointments,
} from '../../services/appointment/appointments'
import { callContext } from '../context'
import { procedure, router } from '../trpc'

const c = contract.appointment

export const appointmentRouter = router({
  list: procedure
    .input(c.list.input)
    .output(c.list.output)
    .query(({ ctx, input }) => listAppointments(callContext(ctx), input)),
  create: procedure
    .input(c.create.input)
    .output(c.create.output)
    .mutation(({ ctx, input }) => createAppointment(callContext(ctx), input)),
  cancel: procedure
    .input(c.cancel.input)
    .output(c.cancel.output)
    .mutation(({ ctx, input }) => cancelAppointment(callContext(ctx), input)),
})
