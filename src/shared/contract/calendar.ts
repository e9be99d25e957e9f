import { z } from 'zod'
import { arrangementProblems } from '../calendar/calendarFile'
import { procedure } from './procedure'
import { Id, IsoDate, MAX_YEAR, MIN_YEAR, Timestamp, boundedArray, boundedInt } from './common'
import { optionalText, requiredText } from './common'

// The working-day calendar (工作日历): the years of the State Council's holiday arrangement
// the staff entered, over the ones `chinese-days` carries. Entering or changing a year
// recomputes the open cases' deadlines in it, in the same transaction, and answers what changed.

export const CalendarDayKind = z.enum(['holiday', 'workday'])

export const CalendarDay = z.object({
  date: IsoDate,
  kind: CalendarDayKind,
  /** What the notice calls it: 春节, 国庆节, 春节调休… */
  name: optionalText(20),
})

export const CalendarYear = boundedInt(MIN_YEAR, MAX_YEAR, {
  tooSmall: 'calendar.yearRange',
  tooLarge: 'calendar.yearRange',
})

/** A year has at most a few dozen named dates; 366 bounds a year listed day by day. */
export const SetCalendarYearInput = z
  .object({
    year: CalendarYear,
    /** The notice it was transcribed from (国办发明电〔2026〕…号). */
    source: optionalText(100),
    days: boundedArray(CalendarDay, 366, 1),
  })
  .superRefine((input, ctx) => {
    for (const p of arrangementProblems(input.year, input.days))
      ctx.addIssue({
        code: 'custom',
        message: p.key,
        params: p.params,
        path: p.index === null ? ['days'] : ['days', p.index, 'date'],
      })
  })
export type SetCalendarYearInput = z.input<typeof SetCalendarYearInput>

/** A file of the year's dates (CSV or JSON, see docs/working-calendar.md), read by the hub. */
export const ImportCalendarInput = z.object({
  year: CalendarYear,
  source: optionalText(100),
  /** The file's text; 64 KB is a year listed day by day many times over. */
  text: requiredText(64_000, { multiLine: true, message: 'calendar.file.empty' }),
})

export const CalendarYearRef = z.object({ year: CalendarYear })

export const YearCoverage = z.enum(['staff', 'package', 'none'])

export const CalendarYearView = z.object({
  year: z.number().int(),
  /** staff: entered here (takes precedence); package: from chinese-days; none: provisional. */
  coverage: YearCoverage,
  /** Whether the installed chinese-days has this year too (what removing the staff's falls back to). */
  packageKnows: z.boolean(),
  source: z.string().nullable(),
  enteredAt: Timestamp.nullable(),
  enteredBy: z.string().nullable(),
  /** The staff's dates (empty for a year not entered here). */
  days: z.array(z.object({ date: IsoDate, kind: CalendarDayKind, name: z.string().nullable() })),
})
export type CalendarYearView = z.infer<typeof CalendarYearView>

export const CalendarView = z.object({
  /** The hall's today. */
  today: IsoDate,
  /** Last year to two years ahead, and every year entered here. */
  years: z.array(CalendarYearView),
  /** Open cases whose deadline is provisional now. */
  provisionalOpenCases: z.number().int(),
})
export type CalendarView = z.infer<typeof CalendarView>

export const DeadlineChange = z.object({
  caseId: Id,
  caseNo: z.string(),
  rule: z.string(),
  oldDeadline: IsoDate,
  newDeadline: IsoDate,
  wasProvisional: z.boolean(),
  provisional: z.boolean(),
})
export type DeadlineChange = z.infer<typeof DeadlineChange>

export const CalendarChangeResult = z.object({
  year: CalendarYearView,
  /** Open cases whose period touches the year, reckoned again. */
  recomputed: z.number().int(),
  /** Those whose deadline moved. */
  changes: z.array(DeadlineChange),
  /** Printed papers voided because a date they state is no longer what holds. */
  supersededDocuments: z.number().int(),
})
export type CalendarChangeResult = z.infer<typeof CalendarChangeResult>

export const calendarProcedures = {
  list: procedure('query', undefined, CalendarView),
  setYear: procedure('mutation', SetCalendarYearInput, CalendarChangeResult),
  importFile: procedure('mutation', ImportCalendarInput, CalendarChangeResult),
  removeYear: procedure('mutation', CalendarYearRef, CalendarChangeResult),
}
