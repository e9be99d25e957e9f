import { z } from 'zod'
import { procedure } from './procedure'
import { ClockTime, Id, IsoDate, Timestamp, boundedInt, optionalText, requiredText } from './common'
import { DayView, LeaderView } from './day'
import { PersonInput } from './person'

// The day plan before the day (访前调查准备): the list of reception days with the state of
// their public announcements (公告, due 10 and 3 days ahead), and appointments (约访).

export const AnnouncementNotice = z.union([z.literal(10), z.literal(3)])
export type AnnouncementNotice = z.infer<typeof AnnouncementNotice>

export const NoticeStatus = z.enum(['printed', 'upcoming', 'due', 'overdue'])

export const NoticeView = z.object({
  notice: AnnouncementNotice,
  /** The date by which this notice must be printed and posted. */
  dueOn: IsoDate,
  printedAt: Timestamp.nullable(),
  status: NoticeStatus,
})
export type NoticeView = z.infer<typeof NoticeView>

export const DayPlanView = DayView.extend({
  /** The 10-day notice first, then the 3-day one. */
  notices: z.array(NoticeView),
  bookedAppointments: z.number().int(),
})
export type DayPlanView = z.infer<typeof DayPlanView>

export const DayListInput = z.object({ recentLimit: boundedInt(1, 200).optional() }).optional()

export const DayListView = z.object({
  /** The hub's calendar date, which "upcoming" and "overdue" are reckoned from. */
  today: IsoDate,
  /** Today and later, soonest first. */
  upcoming: z.array(DayPlanView),
  /** Before today, latest first. */
  recent: z.array(DayPlanView),
})
export type DayListView = z.infer<typeof DayListView>

export const MarkAnnouncedInput = z.object({ dayId: Id, notice: AnnouncementNotice })
export type MarkAnnouncedInput = z.input<typeof MarkAnnouncedInput>

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

export const dayPlanProcedures = {
  list: procedure('query', DayListInput, DayListView),
  markAnnounced: procedure('mutation', MarkAnnouncedInput, DayPlanView),
}

export const appointmentProcedures = {
  list: procedure('query', AppointmentListInput, z.array(AppointmentView)),
  create: procedure('mutation', CreateAppointmentInput, CreatedAppointment),
  cancel: procedure('mutation', CancelAppointmentInput, AppointmentView),
}
