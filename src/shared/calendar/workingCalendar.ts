// The working-day calendar the deadlines are counted on: the State Council's yearly holiday
// arrangement (public holidays and the make-up working days, 调休上班). `chinese-days` carries
// the years published before its release; a year the hall's staff entered from the notice
// (the settings' working-calendar tab) takes precedence for that year, so a county hall is not
// left waiting for a new release of the app when the next year's notice comes out in November.
import chineseDays from 'chinese-days'

export type CalendarDayKind = 'holiday' | 'workday'

/** One year's arrangement as the staff entered it: only the dates the notice names. */
export interface YearArrangement {
  year: number
  days: ReadonlyArray<{ date: string; kind: CalendarDayKind }>
}

/** Where a year's arrangement comes from; `none`: not known, weekends assumed (provisional). */
export type YearCoverage = 'staff' | 'package' | 'none'

export interface WorkingCalendar {
  coverage(year: number): YearCoverage
  /** Monday to Friday except public holidays, plus the weekend days made working days. */
  isWorkingDay(date: string): boolean
}

const yearOf = (date: string) => Number(date.slice(0, 4))

/** 0 = Sunday … 6 = Saturday, of a calendar date (no time zone involved). */
export function weekdayOf(date: string): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

const isWeekday = (date: string) => {
  const weekday = weekdayOf(date)
  return weekday >= 1 && weekday <= 5
}

const packageYears = new Map<number, boolean>()

function packageKnows(year: number): boolean {
  let known = packageYears.get(year)
  if (known === undefined) {
    // A published year always has holidays besides weekends (元旦, 春节, …).
    known = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0
    packageYears.set(year, known)
  }
  return known
}

/**
 * The calendar of the installed `chinese-days`. It keys its tables and reads a YYYY-MM-DD
 * date alike (UTC midnight read on the process's local calendar), so its lookups are right in
 * any zone; its weekday is not (west of UTC it is the day before's). So the table decides
 * where it has the date (its names carry a comma: "National Day,国庆节,3"), else the weekday,
 * computed here without a zone.
 */
export const packageCalendar: WorkingCalendar = {
  coverage: (year) => (packageKnows(year) ? 'package' : 'none'),
  isWorkingDay(date) {
    const detail = chineseDays.getDayDetail(date)
    if (detail.name.includes(',')) return detail.work
    return isWeekday(date)
  },
}

/**
 * The package's calendar with the staff's years laid over it: a staff year replaces the
 * package's arrangement of that year whole (a date it does not list is an ordinary day).
 */
export function calendarWith(
  arrangements: readonly YearArrangement[],
  base: WorkingCalendar = packageCalendar,
): WorkingCalendar {
  if (arrangements.length === 0) return base
  const years = new Map<number, Map<string, CalendarDayKind>>()
  for (const a of arrangements) years.set(a.year, new Map(a.days.map((d) => [d.date, d.kind])))
  return {
    coverage: (year) => (years.has(year) ? 'staff' : base.coverage(year)),
    isWorkingDay(date) {
      const staff = years.get(yearOf(date))
      if (!staff) return base.isWorkingDay(date)
      const kind = staff.get(date)
      if (kind) return kind === 'workday'
      return isWeekday(date)
    },
  }
}

/** Some year from `from` to `to` has no known arrangement: a date reckoned over it is provisional. */
export function provisionalBetween(calendar: WorkingCalendar, from: string, to: string): boolean {
  for (let year = yearOf(from); year <= yearOf(to); year += 1)
    if (calendar.coverage(year) === 'none') return true
  return false
}
