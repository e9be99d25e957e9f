import { addWorkingDays, onOrNextWorkingDay } from '../cases/deadlines'
import type { WorkingCalendar } from '../calendar/workingCalendar'

/**
 * The date a new reception day's form starts at: the next working day after the last day
 * planned from today on (the plan goes on from where it stands), or, with nothing planned
 * ahead, today when it is a working day, else the next one — on the hall's calendar (public
 * holidays and make-up working days included) and the hall's today.
 */
export function nextPlanDate(
  today: string,
  plannedDates: readonly string[],
  calendar: WorkingCalendar,
): string {
  const ahead = plannedDates.filter((date) => date >= today).sort()
  const last = ahead[ahead.length - 1]
  return last === undefined
    ? onOrNextWorkingDay(today, calendar)
    : addWorkingDays(last, 1, calendar)
}
