import {
  calendarWith,
  type WorkingCalendar,
  type YearArrangement,
} from '@shared/calendar/workingCalendar'
import type { Db, Trx } from '../core/context'

/** The staff's years as stored, each with its dates. */
export async function staffArrangements(db: Db | Trx): Promise<YearArrangement[]> {
  const rows = await db
    .selectFrom('working_calendar_day')
    .select(['year', 'date', 'kind'])
    .orderBy('date')
    .execute()
  const years = await db.selectFrom('working_calendar_year').select('year').execute()
  return years.map(({ year }) => ({
    year,
    days: rows.filter((r) => r.year === year).map((r) => ({ date: r.date, kind: r.kind })),
  }))
}

/**
 * The calendar every deadline of the hub is counted on: `chinese-days` with the staff's years
 * laid over it. Read per call (a handful of rows), so a year entered counts at once everywhere.
 */
export async function workingCalendar(db: Db | Trx): Promise<WorkingCalendar> {
  return calendarWith(await staffArrangements(db))
}
