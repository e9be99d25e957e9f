// Statutory time limits of a petition case (信访工作条例 2022), as pure calendar arithmetic on
// YYYY-MM-DD dates for the hub and the screens. Working days come from China's official
// calendar (the `chinese-days` package: the State Council's yearly holiday arrangement with its
// make-up working days, 调休上班), never from a hand-made list.
import chineseDays from 'chinese-days'
import { addDays } from '../plan/notices'

/** Art. 34: a case is handled within 60 days of its acceptance. */
export const HANDLING_DAYS = 60
/** Art. 34: the handling time may be extended once, by at most 30 days. */
export const MAX_EXTENSION_DAYS = 30
/** Art. 23: the petitioner is told in writing within 15 days whether the matter is accepted. */
export const ACCEPTANCE_NOTICE_DAYS = 15
/** Art. 23: a body that received a wrong assignment objects within 5 working days. */
export const OBJECTION_WORKING_DAYS = 5

/**
 * The rule that produced a stored deadline (petition_case.deadline_rule):
 * - `statute:art34:60d` — 60 days from acceptance (art. 34);
 * - `statute:art34:ext30d` (…`ext1d`) — the same, extended by that many days (art. 34);
 * - `promised` — a sooner date the leader promised at the table.
 * The acceptance notice (`statute:art23:15d`) and the objection period (`statute:art23:5wd`)
 * are computed for the documents, not stored.
 */
export type DeadlineRule =
  | 'statute:art34:60d'
  | `statute:art34:ext${number}d`
  | 'statute:art23:15d'
  | 'statute:art23:5wd'
  | 'promised'

export interface Deadline {
  /** The last day of the period. */
  date: string
  rule: DeadlineRule
  /** The date before moving off a rest day (民法典 art. 203), when it was moved. */
  movedFrom: string | null
  /**
   * The official calendar of some year in the period is not published (or not in this version
   * of `chinese-days`): weekends were assumed. Re-check once the State Council publishes it.
   */
  provisional: boolean
}

const yearOf = (date: string) => Number(date.slice(0, 4))

const publishedYears = new Map<number, boolean>()

/** Does the installed calendar know the holiday arrangement of this date's year? */
export function calendarKnows(date: string): boolean {
  const year = yearOf(date)
  let known = publishedYears.get(year)
  if (known === undefined) {
    // A published year always has holidays besides weekends (元旦, 春节, …).
    known = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0
    publishedYears.set(year, known)
  }
  return known
}

/** 0 = Sunday … 6 = Saturday, of a calendar date (no time zone involved). */
function weekdayOf(date: string): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

/**
 * An official working day: Monday to Friday except public holidays, plus the weekend days
 * made working days (调休上班). `chinese-days` keys its tables and reads a YYYY-MM-DD date
 * alike (UTC midnight read on the process's local calendar), so its lookups are right in any
 * zone; its weekday is not (west of UTC it is the day before's). So the table decides where it
 * has the date (its names carry a comma: "National Day,国庆节,3"), else the weekday, computed
 * here without a zone.
 */
export function isWorkingDay(date: string): boolean {
  const detail = chineseDays.getDayDetail(date)
  if (detail.name.includes(',')) return detail.work
  const weekday = weekdayOf(date)
  return weekday >= 1 && weekday <= 5
}

/** The date itself if a working day, else the first working day after it. */
export function onOrNextWorkingDay(date: string): string {
  let day = date
  // No holiday run is longer than a few weeks; the bound only guards against a bad calendar.
  for (let i = 0; i < 60 && !isWorkingDay(day); i += 1) day = addDays(day, 1)
  return day
}

/** The `count`-th working day after `from` (the day of `from` itself is not counted). */
export function addWorkingDays(from: string, count: number): string {
  let day = from
  let left = count
  while (left > 0) {
    day = addDays(day, 1)
    if (isWorkingDay(day)) left -= 1
  }
  return day
}

function provisionalBetween(from: string, to: string): boolean {
  for (let year = yearOf(from); year <= yearOf(to); year += 1)
    if (!calendarKnows(`${year}-01-01`)) return true
  return false
}

/**
 * A period of `days` days from `from`: the day of the event is not counted, the period ends
 * on the day `days` later, and when that is a rest day (weekend or public holiday, not a
 * make-up working day) on the first working day after it (民法典 arts. 201, 203).
 */
export function periodEnd(from: string, days: number, rule: DeadlineRule): Deadline {
  const nominal = addDays(from, days)
  const date = onOrNextWorkingDay(nominal)
  return {
    date,
    rule,
    movedFrom: date === nominal ? null : nominal,
    provisional: provisionalBetween(from, date),
  }
}

/** Art. 34: handled within 60 days of acceptance. */
export const handlingDeadline = (acceptedOn: string): Deadline =>
  periodEnd(acceptedOn, HANDLING_DAYS, 'statute:art34:60d')

/** Art. 23: written notice of acceptance within 15 days. */
export const acceptanceNoticeDeadline = (acceptedOn: string): Deadline =>
  periodEnd(acceptedOn, ACCEPTANCE_NOTICE_DAYS, 'statute:art23:15d')

/** Art. 23: a wrong assignment is objected to within 5 working days of receiving it. */
export function objectionDeadline(receivedOn: string): Deadline {
  const date = addWorkingDays(receivedOn, OBJECTION_WORKING_DAYS)
  return {
    date,
    rule: 'statute:art23:5wd',
    movedFrom: null,
    provisional: provisionalBetween(receivedOn, date),
  }
}

/** Art. 34: the handling deadline extended once by 1–30 days (counted from the deadline). */
export function extendedDeadline(deadline: string, days: number): Deadline {
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_DAYS)
    throw new RangeError(`an extension is 1–${MAX_EXTENSION_DAYS} days, not ${days}`)
  return periodEnd(deadline, days, `statute:art34:ext${days}d`)
}

/** A promise of "within N days" made at the table: the same counting as the statute's. */
export function promiseWithin(acceptedOn: string, days: number): string {
  const statute = handlingDeadline(acceptedOn).date
  const promised = periodEnd(acceptedOn, days, 'promised').date
  return promised < statute ? promised : statute
}

export type CaseDeadline =
  | { ok: true; deadline: Deadline; statute: Deadline }
  | { ok: false; reason: 'beforeAcceptance' | 'laterThanStatute'; statute: Deadline }

/**
 * The deadline of an accepted case: the statute's, or a date the leader promised — which
 * may be sooner than the statute's, never later, and not before the day of acceptance.
 */
export function caseDeadline(acceptedOn: string, promised?: string | null): CaseDeadline {
  const statute = handlingDeadline(acceptedOn)
  if (!promised) return { ok: true, deadline: statute, statute }
  if (promised < acceptedOn) return { ok: false, reason: 'beforeAcceptance', statute }
  if (promised > statute.date) return { ok: false, reason: 'laterThanStatute', statute }
  return {
    ok: true,
    deadline: {
      date: promised,
      rule: 'promised',
      movedFrom: null,
      provisional: provisionalBetween(acceptedOn, promised),
    },
    statute,
  }
}

/** The i18n key that names a stored rule (rules hold ':' which i18next reads as a namespace). */
export function deadlineRuleKey(rule: string | null): string {
  if (rule === 'promised') return 'deadlineRule.promised'
  if (rule === 'statute:art34:60d') return 'deadlineRule.art34'
  if (rule?.startsWith('statute:art34:ext')) return 'deadlineRule.extended'
  if (rule === 'statute:art23:15d') return 'deadlineRule.art23notice'
  if (rule === 'statute:art23:5wd') return 'deadlineRule.art23objection'
  return 'deadlineRule.none'
}

/** Days from `today` to `deadline` (negative: overdue). */
export function daysLeft(deadline: string, today: string): number {
  return Math.round(
    (Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  )
}
