import type { ClockView } from '@shared/contract/system'
import { hallDate, hallTime, type HallClock } from '@shared/time/hallClock'
import { HALL_DEFAULT_TIME_ZONE } from '@shared/tally/timeZone'

// The hall's clock in a screen: the hub's instant and zone (system.clock), read once at start,
// then ticking on the browser's own clock by the offset between the two. A screen never reads
// "today" or formats a time in the browser's zone: the hall PC, a leader's laptop and the board
// may each be set differently, and the hub's day is the one that counts.

let offsetMs = 0
let zone = HALL_DEFAULT_TIME_ZONE
const listeners = new Set<() => void>()

/** Takes the hub's clock (`receivedAt`: the browser's clock when the answer arrived). */
export function setHallClock(view: ClockView, receivedAt: number = Date.now()): void {
  offsetMs = Date.parse(view.now) - receivedAt
  zone = view.timeZone
  for (const listener of listeners) listener()
}

export function onHallClockChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The hall's clock as screens read it. */
export const hallClock: HallClock = {
  now: () => new Date(Date.now() + offsetMs),
  get timeZone() {
    return zone
  },
}

/** The hall's date now (YYYY-MM-DD). */
export const hallToday = (): string => hallDate(hallClock)

/** An instant's calendar date in the hall (YYYY-MM-DD). */
export const hallDateOf = (timestamp: string | Date): string =>
  hallDate(hallClock, new Date(timestamp))

/** An instant's time of day in the hall, 'HH:MM'. */
export const hallTimeOf = (timestamp: string | Date): string =>
  hallTime(hallClock, new Date(timestamp))
