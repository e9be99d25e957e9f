import { test } from '@playwright/test'
import { wallDate } from '../../../src/shared/tally/timeZone'
import { isProvisional } from '../../../src/shared/cases/deadlines'

// The e2e hubs run on a set hall clock (RECEPTION_DAY_CLOCK, see docs/architecture.md), never
// on the machine's: each Playwright project sets `hallClock` (playwright.config.ts), the
// browsers run in another zone (America/New_York), and every date a test computes comes from
// the hall clock through hallToday().

export const HALL_TIME_ZONE = 'Asia/Shanghai'

/** Half an hour before the hall's midnight: the default clock of the e2e hubs. */
export const DEFAULT_HALL_CLOCK = '2026-12-01T23:30:00+08:00'

export interface HallClockOption {
  /** The instant the project's hubs start at (RECEPTION_DAY_CLOCK). */
  hallClock: string
}

/** The hall clock of the project running now (inside a test or hook), else the default. */
export function projectHallClock(): string {
  try {
    const use = test.info().project.use as Partial<HallClockOption>
    return use.hallClock ?? DEFAULT_HALL_CLOCK
  } catch {
    return DEFAULT_HALL_CLOCK
  }
}

/**
 * Today in the hall, on the clock the test hubs use. A hub's clock starts at the project's
 * hall clock and runs on in real time; a test lasts far less than the half hour to midnight.
 */
export const hallToday = (): string => wallDate(new Date(projectHallClock()), HALL_TIME_ZONE)

export const daysFrom = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** A date as the screens write it in Chinese (print.date): 2026-11-01 → 2026年11月1日. */
export const chineseDate = (date: string): string => {
  const [year, month, day] = date.split('-').map(Number)
  return `${year}年${month}月${day}日`
}

/** A date as a paper prints it: marked （暂定） when reckoned over a year the calendar does not know. */
export const onPaper = (from: string, date: string): string =>
  `${chineseDate(date)}${isProvisional(from, date) ? '（暂定）' : ''}`
