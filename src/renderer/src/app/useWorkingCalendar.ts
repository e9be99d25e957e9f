import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import {
  calendarWith,
  packageCalendar,
  type WorkingCalendar,
} from '@shared/calendar/workingCalendar'
import { useTRPC } from './trpc'

/**
 * The hub's working calendar on a screen: chinese-days with the years the staff entered, so a
 * deadline a form shows before saving is the one the hub will store (the package's alone until
 * the hub has answered).
 */
export function useWorkingCalendar(): WorkingCalendar {
  const trpc = useTRPC()
  const list = useQuery(trpc.calendar.list.queryOptions())
  return useMemo(
    () =>
      list.data
        ? calendarWith(list.data.years.filter((y) => y.coverage === 'staff'))
        : packageCalendar,
    [list.data],
  )
}
