import { DomainError } from '../core/domainError'
import type { Input } from '@shared/contract'
import type { CalendarChangeResult } from '@shared/contract'
import { arrangementProblems, parseCalendarFile } from '@shared/calendar/calendarFile'
import { appendAudit } from '../core/audit'
import { writeAction, type CallContext, type Trx } from '../core/context'
import { recomputeYear } from './recompute'
import { yearView } from './view'
import { workingCalendar } from './workingCalendar'

interface YearEntry {
  year: number
  source: string | null
  days: Array<{ date: string; kind: 'holiday' | 'workday'; name: string | null }>
}

async function storedYear(trx: Trx, year: number) {
  const row = await trx
    .selectFrom('working_calendar_year')
    .select(['source'])
    .where('year', '=', year)
    .executeTakeFirst()
  if (!row) return null
  const days = await trx
    .selectFrom('working_calendar_day')
    .select(['date', 'kind', 'name'])
    .where('year', '=', year)
    .orderBy('date')
    .execute()
  return { source: row.source, days }
}

/**
 * Stores a year's arrangement (replacing the one entered before, whole), then recomputes the
 * open cases' deadlines in the year, in the same transaction; one audit entry for the year
 * (before and after, with what changed), one per case whose deadline moved.
 */
async function storeYear(ctx: CallContext, entry: YearEntry): Promise<CalendarChangeResult> {
  return writeAction(ctx, async ({ trx, at, emit }) => {
    const before = await workingCalendar(trx)
    const previous = await storedYear(trx, entry.year)
    await trx.deleteFrom('working_calendar_day').where('year', '=', entry.year).execute()
    await trx
      .insertInto('working_calendar_year')
      .values({ year: entry.year, source: entry.source, entered_at: at, entered_by: ctx.actor })
      .onConflict((oc) =>
        oc.column('year').doUpdateSet({
          source: entry.source,
          entered_at: at,
          entered_by: ctx.actor,
        }),
      )
      .execute()
    const days = [...entry.days].sort((a, b) => a.date.localeCompare(b.date))
    await trx
      .insertInto('working_calendar_day')
      .values(days.map((d) => ({ date: d.date, year: entry.year, kind: d.kind, name: d.name })))
      .execute()
    const after = await workingCalendar(trx)
    const result = await recomputeYear(trx, at, ctx.actor, entry.year, before, after)
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: previous ? 'calendar.changeYear' : 'calendar.enterYear',
      entity: 'working_calendar_year',
      entityId: entry.year,
      before: previous ?? undefined,
      after: { source: entry.source, days, changes: result.changes },
    })
    emit({ topic: 'reference', dayId: null, tableNos: [] })
    if (result.changes.length || result.supersededDocuments)
      emit({ topic: 'case', dayId: null, tableNos: [] })
    return { year: await yearView(trx, entry.year, after), ...result }
  })
}

export async function setCalendarYear(
  ctx: CallContext,
  input: Input<'calendar', 'setYear'>,
): Promise<CalendarChangeResult> {
  return storeYear(ctx, {
    year: input.year,
    source: input.source ?? null,
    days: input.days.map((d) => ({ date: d.date, kind: d.kind, name: d.name ?? null })),
  })
}

/**
 * A year from a file (CSV or JSON, docs/working-calendar.md): refused whole, with the line
 * and what is wrong, before anything is written.
 */
export async function importCalendarFile(
  ctx: CallContext,
  input: Input<'calendar', 'importFile'>,
): Promise<CalendarChangeResult> {
  const file = parseCalendarFile(input.text)
  if (!file.ok) throw new DomainError(file.error.key, file.error.params)
  if (file.year !== null && file.year !== input.year)
    throw new DomainError('calendar.file.otherYear', { year: input.year, fileYear: file.year })
  const [problem] = arrangementProblems(input.year, file.days)
  if (problem) throw new DomainError(problem.key, problem.params)
  return storeYear(ctx, {
    year: input.year,
    source: input.source ?? file.source,
    days: file.days,
  })
}

/** Removes the staff's year: chinese-days counts for it again (or weekends, provisionally). */
export async function removeCalendarYear(
  ctx: CallContext,
  input: Input<'calendar', 'removeYear'>,
): Promise<CalendarChangeResult> {
  return writeAction(ctx, async ({ trx, at, emit }) => {
    const previous = await storedYear(trx, input.year)
    if (!previous) throw new DomainError('calendar.notEntered', { year: input.year }, 'not_found')
    const before = await workingCalendar(trx)
    await trx.deleteFrom('working_calendar_day').where('year', '=', input.year).execute()
    await trx.deleteFrom('working_calendar_year').where('year', '=', input.year).execute()
    const after = await workingCalendar(trx)
    const result = await recomputeYear(trx, at, ctx.actor, input.year, before, after)
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'calendar.removeYear',
      entity: 'working_calendar_year',
      entityId: input.year,
      before: previous,
      after: { changes: result.changes },
    })
    emit({ topic: 'reference', dayId: null, tableNos: [] })
    if (result.changes.length || result.supersededDocuments)
      emit({ topic: 'case', dayId: null, tableNos: [] })
    return { year: await yearView(trx, input.year, after), ...result }
  })
}
