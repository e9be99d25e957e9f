import { z } from 'zod'
import { procedure } from './procedure'
import {
  ClockTime,
  Id,
  IsoDate,
  TableNo,
  Timestamp,
  boundedArray,
  boundedInt,
  hallFields,
  requiredText,
} from './common'
import { DayState, DutyState } from './enums'
import { BackupInfo } from './backup'
import { TallyView } from './tally'

export const LeaderView = z.object({
  id: Id,
  name: z.string(),
  title: z.string(),
})
export type LeaderView = z.infer<typeof LeaderView>

export const DutyView = z.object({
  id: Id,
  tableNo: z.number().int(),
  isLead: z.boolean(),
  state: DutyState,
  leader: LeaderView,
})
export type DutyView = z.infer<typeof DutyView>

export const DayView = z.object({
  id: Id,
  date: IsoDate,
  place: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  state: DayState,
  createdAt: Timestamp,
  duties: z.array(DutyView),
})
export type DayView = z.infer<typeof DayView>

export const DutyInput = z.object({
  leaderId: Id,
  tableNo: TableNo,
  isLead: z.boolean().default(false),
})

export const PlanDayInput = z
  .object({
    date: IsoDate,
    place: requiredText(100),
    opensAt: ClockTime.default('08:30'),
    closesAt: ClockTime.default('17:00'),
    // At most one leader per table number (1–99).
    duties: boundedArray(DutyInput, 99).min(1, { message: 'errors.day.noDuties' }),
  })
  .superRefine((day, ctx) => {
    const tables = new Set<number>()
    const leaders = new Set<number>()
    day.duties.forEach((duty, i) => {
      if (tables.has(duty.tableNo))
        ctx.addIssue({
          code: 'custom',
          path: ['duties', i, 'tableNo'],
          message: 'errors.day.tableTwice',
        })
      if (leaders.has(duty.leaderId))
        ctx.addIssue({
          code: 'custom',
          path: ['duties', i, 'leaderId'],
          message: 'errors.day.leaderTwice',
        })
      tables.add(duty.tableNo)
      leaders.add(duty.leaderId)
    })
    if (day.opensAt >= day.closesAt)
      ctx.addIssue({
        code: 'custom',
        path: ['closesAt'],
        message: 'errors.day.closesBeforeOpening',
      })
  })
export type PlanDayInput = z.input<typeof PlanDayInput>

export const DayByDateInput = z.object({ date: IsoDate.optional() }).optional()

// ── the day plan before the day (访前调查准备): the reception days with the state of their
// public announcements (公告, due 10 and 3 days ahead)

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

// ── the public announcement (公告) as printed

export const AnnouncementInput = z.object({ dayId: Id })

export const AnnouncementLeader = z.object({
  tableNo: z.number().int(),
  name: z.string(),
  title: z.string(),
  isLead: z.boolean(),
  /** 分管领域: the categories the leader answers for. */
  areas: z.array(z.string()),
})

export const AnnouncementView = z.object({
  dayId: Id,
  date: IsoDate,
  opensAt: z.string(),
  closesAt: z.string(),
  place: z.string(),
  /** The hall issues the announcement (落款). */
  ...hallFields,
  /** The date of issue: the hub's today. */
  issuedOn: IsoDate,
  leaders: z.array(AnnouncementLeader),
  notices: z.array(NoticeView),
  /** The notice a print made today fulfils, if not printed yet (see shared/plan/notices). */
  noticeToMark: AnnouncementNotice.nullable(),
})
export type AnnouncementView = z.infer<typeof AnnouncementView>

// ── closing the day: the tally frozen, a backup made

export const CloseDayInput = z.object({ dayId: Id })

export const CloseDayResult = z.object({
  dayId: Id,
  state: z.literal('closed'),
  closedAt: Timestamp,
  tally: TallyView,
  /** The backup made at close; null with `backupError` when it failed (the day stays closed). */
  backup: BackupInfo.nullable(),
  backupError: z.string().nullable(),
})
export type CloseDayResult = z.infer<typeof CloseDayResult>

export const dayProcedures = {
  get: procedure('query', DayByDateInput, DayView.nullable()),
  plan: procedure('mutation', PlanDayInput, DayView),
  list: procedure('query', DayListInput, DayListView),
  markAnnounced: procedure('mutation', MarkAnnouncedInput, DayPlanView),
  announcement: procedure('query', AnnouncementInput, AnnouncementView),
  close: procedure('mutation', CloseDayInput, CloseDayResult),
}
