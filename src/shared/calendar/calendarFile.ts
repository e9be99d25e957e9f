// The file a year's arrangement is imported from: the State Council's notice transcribed by
// the staff, as CSV (one line per date or date range) or JSON. Pure, for the hub (which
// decides) and the settings screen (which previews). docs/working-calendar.md documents it.
import { isCalendarDate } from '../contract/common'
import { addDays } from '../plan/notices'
import type { CalendarDayKind } from './workingCalendar'

export interface CalendarFileDay {
  date: string
  kind: CalendarDayKind
  name: string | null
}

/** A refusal as an i18n key (calendar.file.*) with its placeholders. */
export interface CalendarFileError {
  key: string
  params: Record<string, string | number>
}

export type CalendarFileResult =
  | { ok: true; days: CalendarFileDay[]; year: number | null; source: string | null }
  | { ok: false; error: CalendarFileError }

/** The words a kind may be written with: English, or as the notice says it (放假 / 上班). */
const KINDS: Record<string, CalendarDayKind> = {
  holiday: 'holiday',
  休: 'holiday',
  放假: 'holiday',
  假: 'holiday',
  workday: 'workday',
  班: 'workday',
  上班: 'workday',
  调休上班: 'workday',
}

/** A holiday run is never longer than a few weeks; a longer range is a typing error. */
const MAX_RANGE_DAYS = 31
const MAX_NAME = 20

const fail = (key: string, params: Record<string, string | number> = {}): CalendarFileResult => ({
  ok: false,
  error: { key: `calendar.file.${key}`, params },
})

/** `2027-02-06`, or a range `2027-02-06..2027-02-12` (also `~`, `至`), into its dates. */
function datesOf(value: string): string[] | null {
  const [from = '', to = from, ...rest] = value.split(/\s*(?:\.\.|~|至)\s*/)
  if (rest.length || !isCalendarDate(from) || !isCalendarDate(to) || to < from) return null
  const dates = [from]
  while (dates[dates.length - 1] !== to) {
    if (dates.length > MAX_RANGE_DAYS) return null
    dates.push(addDays(dates[dates.length - 1] ?? from, 1))
  }
  return dates
}

function entry(
  line: number,
  rawDate: string,
  rawKind: string,
  rawName: string,
): CalendarFileDay[] | CalendarFileError {
  const dates = datesOf(rawDate.trim())
  if (!dates) return { key: 'calendar.file.badDate', params: { line, value: rawDate.trim() } }
  const kind = KINDS[rawKind.trim().toLowerCase()]
  if (!kind) return { key: 'calendar.file.badKind', params: { line, value: rawKind.trim() } }
  const name = rawName.trim().slice(0, MAX_NAME) || null
  return dates.map((date) => ({ date, kind, name }))
}

const isHeader = (cells: string[]) => /^(date|日期)$/i.test(cells[0]?.trim() ?? '')

function parseCsv(text: string): CalendarFileResult {
  const days: CalendarFileDay[] = []
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = index + 1
    const trimmed = raw.trim()
    if (!trimmed || trimmed.startsWith('#')) continue
    const cells = trimmed.split(/\s*[,，\t]\s*/)
    if (days.length === 0 && isHeader(cells)) continue
    if (cells.length < 2 || cells.length > 3)
      return fail('badLine', { line, text: trimmed.slice(0, 40) })
    const result = entry(line, cells[0] ?? '', cells[1] ?? '', cells[2] ?? '')
    if (!Array.isArray(result)) return { ok: false, error: result }
    days.push(...result)
  }
  if (days.length === 0) return fail('empty')
  return { ok: true, days, year: null, source: null }
}

function parseJson(text: string): CalendarFileResult {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return fail('badJson')
  }
  const object = Array.isArray(value) ? { days: value } : value
  if (typeof object !== 'object' || object === null) return fail('badJson')
  const { year, source, days: list } = object as Record<string, unknown>
  if (!Array.isArray(list)) return fail('noDays')
  if (year !== undefined && (typeof year !== 'number' || !Number.isInteger(year)))
    return fail('badJson')
  const days: CalendarFileDay[] = []
  for (const [index, item] of list.entries()) {
    const line = index + 1
    const { date, kind, name } = (typeof item === 'object' && item !== null ? item : {}) as Record<
      string,
      unknown
    >
    const result = entry(
      line,
      typeof date === 'string' ? date : '',
      typeof kind === 'string' ? kind : '',
      typeof name === 'string' ? name : '',
    )
    if (!Array.isArray(result)) return { ok: false, error: result }
    days.push(...result)
  }
  if (days.length === 0) return fail('empty')
  return {
    ok: true,
    days,
    year: typeof year === 'number' ? year : null,
    source: typeof source === 'string' && source.trim() ? source.trim().slice(0, 100) : null,
  }
}

/** Reads a calendar file: JSON when it starts with `{` or `[`, CSV otherwise. */
export function parseCalendarFile(text: string): CalendarFileResult {
  const body = text.replace(/^\uFEFF/, '').trim()
  if (!body) return fail('empty')
  return body.startsWith('{') || body.startsWith('[') ? parseJson(body) : parseCsv(body)
}

/**
 * What makes a year's list wrong, whichever way it came: a date outside the year, a date
 * listed twice, no public holiday at all (every published year has 元旦 and 春节).
 */
export function arrangementProblems(
  year: number,
  days: ReadonlyArray<{ date: string; kind: CalendarDayKind }>,
): Array<CalendarFileError & { index: number | null }> {
  const problems: Array<CalendarFileError & { index: number | null }> = []
  const seen = new Set<string>()
  for (const [index, day] of days.entries()) {
    if (!day.date.startsWith(`${year}-`))
      problems.push({ key: 'calendar.outsideYear', params: { date: day.date, year }, index })
    else if (seen.has(day.date))
      problems.push({ key: 'calendar.duplicateDate', params: { date: day.date }, index })
    seen.add(day.date)
  }
  if (!days.some((d) => d.kind === 'holiday'))
    problems.push({ key: 'calendar.noHoliday', params: { year }, index: null })
  return problems
}
