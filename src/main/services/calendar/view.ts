import type { CalendarView, CalendarYearView } from '@shared/contract'
import { packageCalendar, type WorkingCalendar } from '@shared/calendar/workingCalendar'
import { isProvisional } from '@shared/cases/deadlines'
import { hallDate } from '@shared/time/hallClock'
import type { CallContext, Db, Trx } from '../core/context'
import { workingCalendar } from './workingCalendar'

/** One year as the settings show it: where its arrangement comes from, and the staff's dates. */
export async function yearView(
  db: Db | Trx,
  year: number,
  calendar: WorkingCalendar,
): Promise<CalendarYearView> {
  const row = await db
    .selectFrom('working_calendar_year')
    .selectAll()
    .where('year', '=', year)
    .executeTakeFirst()
  const days = row
    ? await db
        .selectFrom('working_calendar_day')
        .select(['date', 'kind', 'name'])
        .where('year', '=', year)
        .orderBy('date')
        .execute()
    : []
  return {
    year,
    coverage: calendar.coverage(year),
    packageKnows: packageCalendar.coverage(year) === 'package',
    source: row?.source ?? null,
    enteredAt: row?.entered_at ?? null,
    enteredBy: row?.entered_by ?? null,
    days,
  }
}

/** Open cases with a deadline whose period runs over a year nobody knows the arrangement of. */
export async function provisionalOpenCases(db: Db | Trx, calendar: WorkingCalendar) {
  const rows = await db
    .selectFrom('petition_case')
    .select(['accepted_on', 'deadline'])
    .where('state', '=', 'open')
    .where('deadline', 'is not', null)
    .where('accepted_on', 'is not', null)
    .execute()
  return rows.filter((r) => isProvisional(r.accepted_on ?? '', r.deadline ?? '', calendar)).length
}

export async function listCalendar(ctx: CallContext): Promise<CalendarView> {
  const today = hallDate(ctx)
  const thisYear = Number(today.slice(0, 4))
  const calendar = await workingCalendar(ctx.db)
  const entered = await ctx.db.selectFrom('working_calendar_year').select('year').execute()
  const years = [
    ...new Set([thisYear - 1, thisYear, thisYear + 1, thisYear + 2, ...entered.map((r) => r.year)]),
  ].sort((a, b) => a - b)
  return {
    today,
    years: await Promise.all(years.map((year) => yearView(ctx.db, year, calendar))),
    provisionalOpenCases: await provisionalOpenCases(ctx.db, calendar),
  }
}
