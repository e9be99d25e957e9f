import { useQuery } from '@tanstack/react-query'
import { nextPlanDate } from '@shared/plan/nextPlanDate'
import { useTRPC } from '../../app/trpc'
import { useHallClock } from '../../app/useHallClock'
import { useWorkingCalendar } from '../../app/useWorkingCalendar'

/**
 * The date a new day's form starts at (shared/plan/nextPlanDate.ts): the next working day after
 * the last day planned, by the hall's clock and working calendar; null until both are read.
 */
export function useNextPlanDate(): string | null {
  const trpc = useTRPC()
  const { today } = useHallClock()
  const days = useQuery(trpc.day.list.queryOptions())
  const calendarRead = useQuery(trpc.calendar.list.queryOptions()).data !== undefined
  const calendar = useWorkingCalendar()
  if (!days.data || !calendarRead) return null
  // Today's day, open already, counts as planned: the next one comes after it.
  return nextPlanDate(
    today,
    days.data.upcoming.map((d) => d.date),
    calendar,
  )
}
