import { z } from 'zod'
import { procedure } from './procedure'
import { ClockTime, Id, Timestamp, optionalText, requiredText } from './common'
import { LeaderView } from './day'
import { PersonInput } from './person'

// Appointments (约访): known petitioners booked for a reception day, their dossiers prepared.

export const AppointmentState = z.enum(['booked', 'arrived', 'cancelled'])
export type AppointmentState = z.infer<typeof AppointmentState>

/** An appointment as lists show it: the person masked (the full data only in the form). */
export const AppointmentView = z.object({
  id: Id,
  dayId: Id,
  maskedName: z.string(),
  maskedIdNumber: z.string().nullable(),
  maskedPhone: z.string().nullable(),
  leader: LeaderView.nullable(),
  slot: z.string().nullable(),
  summary: z.string(),
  dossier: z.string(),
  state: AppointmentState,
  createdAt: Timestamp,
  cancelledAt: Timestamp.nullable(),
  cancelReason: z.string().nullable(),
})
export type AppointmentView = z.infer<typeof AppointmentView>

export const AppointmentListInput = z.object({ dayId: Id })

export const CreateAppointmentInput = z.object({
  dayId: Id,
  person: PersonInput,
  leaderId: Id.optional(),
  slot: ClockTime.optional(),
  summary: requiredText(2000, { multiLine: true }),
  dossier: optionalText(4000, { multiLine: true }),
})
export type CreateAppointmentInput = z.input<typeof CreateAppointmentInput>

export const CreatedAppointment = AppointmentView.extend({
  /** Set when the ID number is on file under another name: flagged, not blocked. */
  registeredAs: z.string().nullable(),
})
export type CreatedAppointment = z.infer<typeof CreatedAppointment>

export const CancelAppointmentInput = z.object({ id: Id, reason: requiredText(200) })
export type CancelAppointmentInput = z.input<typeof CancelAppointmentInput>

export const appointmentProcedures = {
  list: procedure('query', AppointmentListInput, z.array(AppointmentView)),
  create: procedure('mutation', CreateAppointmentInput, CreatedAppointment),
  cancel: procedure('mutation', CancelAppointmentInput, AppointmentView),
}
