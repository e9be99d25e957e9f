import { wallClock, wallDate, wallTime } from '../tally/timeZone'

// The hall's clock: one instant source (the hub's `now`) read in one zone (the hall's). Every
// "today", time of day and age on the day, on the hub and on the screens, goes through here so
// no part of the hall reads the machine's or the browser's own zone.

export interface HallClock {
  now: () => Date
  /** An IANA zone, e.g. Asia/Shanghai. */
  timeZone: string
}

/** The hall's calendar date (YYYY-MM-DD) at `at`, default now. */
export const hallDate = (clock: HallClock, at: Date = clock.now()): string =>
  wallDate(at, clock.timeZone)

/** The hall's wall-clock time 'HH:MM' at `at`, default now. */
export const hallTime = (clock: HallClock, at: Date = clock.now()): string =>
  wallTime(at, clock.timeZone)

/** The hall's wall clock (year … second) at `at`, default now. */
export const hallWallClock = (clock: HallClock, at: Date = clock.now()) =>
  wallClock(at, clock.timeZone)

/** `date` (YYYY-MM-DD) plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** Age in completed years on the calendar day `on` (YYYY-MM-DD); 29 February counts from 1 March. */
export function ageOnDate(birthDate: string, on: string): number {
  const [by = 0, bm = 0, bd = 0] = birthDate.split('-').map(Number)
  const [y = 0, m = 0, d = 0] = on.split('-').map(Number)
  const beforeBirthday = m < bm || (m === bm && d < bd)
  return y - by - (beforeBirthday ? 1 : 0)
}

// An instant with an explicit offset: 2026-12-01T23:30:00+08:00, …Z, seconds optional.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

/** Parses a clock start such as `2026-12-01T23:30:00+08:00`; null when it is not one. */
export function parseInstant(value: string): Date | null {
  if (!INSTANT.test(value.trim())) return null
  const at = new Date(value.trim())
  return Number.isNaN(at.getTime()) ? null : at
}

/** A clock that shows `start` now and moves on in real time from there. */
export function clockStartingAt(start: Date, real: () => number = Date.now): () => Date {
  const offset = start.getTime() - real()
  return () => new Date(real() + offset)
}

/** The hall's date and time of day at one instant: what the queue's priorities read. */
export interface HallMoment {
  /** YYYY-MM-DD */
  date: string
  /** HH:MM */
  time: string
}

export const hallMoment = (clock: HallClock, at: Date = clock.now()): HallMoment => ({
  date: hallDate(clock, at),
  time: hallTime(clock, at),
})
