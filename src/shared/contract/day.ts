import { z } from 'zod'
import { procedure } from './procedure'
import { ClockTime, Id, IsoDate, TableNo, Timestamp, boundedArray, requiredText } from './common'
import { DayState, DutyState } from './enums'

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

export const dayProcedures = {
  get: procedure('query', DayByDateInput, DayView.nullable()),
  plan: procedure('mutation', PlanDayInput, DayView),
}

// The leader domain (list, create, update, setActive) lives in reference.ts.
