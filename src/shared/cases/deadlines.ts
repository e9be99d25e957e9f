// Statutory time limits of a petition case (信访工作条例 2022), as pure calendar arithmetic on
// YYYY-MM-DD dates for the hub and the screens. Working days come from China's official
// calendar, passed in as a `WorkingCalendar`: the `chinese-days` package (the State Council's
// yearly holiday arrangement with its make-up working days, 调休上班) by default, with the years
// the hall's staff entered from a newer notice laid over it (src/shared/calendar/).
import { addDays } from '../plan/notices'
import {
  packageCalendar,
  provisionalBetween,
  type WorkingCalendar,
} from '../calendar/workingCalendar'

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
   * The official calendar of some year in the period is known neither to this version of
   * `chinese-days` nor to the staff's calendar: weekends were assumed. Recomputed when the
   * staff enter that year's arrangement.
   */
  provisional: boolean
}

/** Does the calendar know the holiday arrangement of this date's year? */
export const calendarKnows = (date: string, calendar: WorkingCalendar = packageCalendar) =>
  calendar.coverage(Number(date.slice(0, 4))) !== 'none'

/** An official working day (see workingCalendar.ts). */
export const isWorkingDay = (date: string, calendar: WorkingCalendar = packageCalendar) =>
  calendar.isWorkingDay(date)

/** The date itself if a working day, else the first working day after it. */
export function onOrNextWorkingDay(
  date: string,
  calendar: WorkingCalendar = packageCalendar,
): string {
  let day = date
  // No holiday run is longer than a few weeks; the bound only guards against a bad calendar.
  for (let i = 0; i < 60 && !calendar.isWorkingDay(day); i += 1) day = addDays(day, 1)
  return day
}

/** The `count`-th working day after `from` (the day of `from` itself is not counted). */
export function addWorkingDays(
  from: string,
  count: number,
  calendar: WorkingCalendar = packageCalendar,
): string {
  let day = from
  let left = count
  // The bound only guards against a calendar without working days.
  for (let i = 0; left > 0 && i < count * 30 + 60; i += 1) {
    day = addDays(day, 1)
    if (calendar.isWorkingDay(day)) left -= 1
  }
  return day
}

/**
 * A period of `days` days from `from`: the day of the event is not counted, the period ends
 * on the day `days` later, and when that is a rest day (weekend or public holiday, not a
 * make-up working day) on the first working day after it (民法典 arts. 201, 203).
 */
export function periodEnd(
  from: string,
  days: number,
  rule: DeadlineRule,
  calendar: WorkingCalendar = packageCalendar,
): Deadline {
  const nominal = addDays(from, days)
  const date = onOrNextWorkingDay(nominal, calendar)
  return {
    date,
    rule,
    movedFrom: date === nominal ? null : nominal,
    provisional: provisionalBetween(calendar, from, date),
  }
}

/** Art. 34: handled within 60 days of acceptance. */
export const handlingDeadline = (
  acceptedOn: string,
  calendar: WorkingCalendar = packageCalendar,
): Deadline => periodEnd(acceptedOn, HANDLING_DAYS, 'statute:art34:60d', calendar)

/** Art. 23: written notice of acceptance within 15 days. */
export const acceptanceNoticeDeadline = (
  acceptedOn: string,
  calendar: WorkingCalendar = packageCalendar,
): Deadline => periodEnd(acceptedOn, ACCEPTANCE_NOTICE_DAYS, 'statute:art23:15d', calendar)

/** Art. 23: a wrong assignment is objected to within 5 working days of receiving it. */
export function objectionDeadline(
  receivedOn: string,
  calendar: WorkingCalendar = packageCalendar,
): Deadline {
  const date = addWorkingDays(receivedOn, OBJECTION_WORKING_DAYS, calendar)
  return {
    date,
    rule: 'statute:art23:5wd',
    movedFrom: null,
    provisional: provisionalBetween(calendar, receivedOn, date),
  }
}

/** Art. 34: the handling deadline extended once by 1–30 days (counted from the deadline). */
export function extendedDeadline(
  deadline: string,
  days: number,
  calendar: WorkingCalendar = packageCalendar,
): Deadline {
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_DAYS)
    throw new RangeError(`an extension is 1–${MAX_EXTENSION_DAYS} days, not ${days}`)
  return periodEnd(deadline, days, `statute:art34:ext${days}d`, calendar)
}

/** A promise of "within N days" made at the table: the same counting as the statute's. */
export function promiseWithin(
  acceptedOn: string,
  days: number,
  calendar: WorkingCalendar = packageCalendar,
): string {
  const statute = handlingDeadline(acceptedOn, calendar).date
  const promised = periodEnd(acceptedOn, days, 'promised', calendar).date
  return promised < statute ? promised : statute
}

export type CaseDeadline =
  | { ok: true; deadline: Deadline; statute: Deadline }
  | { ok: false; reason: 'beforeAcceptance' | 'laterThanStatute'; statute: Deadline }

/**
 * The deadline of an accepted case: the statute's, or a date the leader promised — which
 * may be sooner than the statute's, never later, and not before the day of acceptance.
 */
export function caseDeadline(
  acceptedOn: string,
  promised?: string | null,
  calendar: WorkingCalendar = packageCalendar,
): CaseDeadline {
  const statute = handlingDeadline(acceptedOn, calendar)
  if (!promised) return { ok: true, deadline: statute, statute }
  if (promised < acceptedOn) return { ok: false, reason: 'beforeAcceptance', statute }
  if (promised > statute.date) return { ok: false, reason: 'laterThanStatute', statute }
  return {
    ok: true,
    deadline: {
      date: promised,
      rule: 'promised',
      movedFrom: null,
      provisional: provisionalBetween(calendar, acceptedOn, promised),
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

/**
 * A stored deadline reckoned again on `calendar`, by the rule that produced it: the statute's
 * periods anew from the day of acceptance (an extension from the recomputed 60th day); a date
 * the leader promised stays as promised (it is a date, not a count), only capped by the
 * recomputed statute's. Null for a rule it does not know (left as stored).
 */
export function recomputedDeadline(
  acceptedOn: string,
  stored: { date: string; rule: string },
  calendar: WorkingCalendar = packageCalendar,
): Deadline | null {
  const statute = handlingDeadline(acceptedOn, calendar)
  if (stored.rule === 'statute:art34:60d') return statute
  const extension = /^statute:art34:ext(\d+)d$/.exec(stored.rule)
  if (extension) return extendedDeadline(statute.date, Number(extension[1]), calendar)
  if (stored.rule === 'promised') {
    const result = caseDeadline(acceptedOn, stored.date, calendar)
    return result.ok ? result.deadline : statute
  }
  return null
}

/** Whether a stored date reckoned from `from` is provisional on `calendar`. */
export const isProvisional = (
  from: string,
  date: string,
  calendar: WorkingCalendar = packageCalendar,
): boolean => provisionalBetween(calendar, from, date)
