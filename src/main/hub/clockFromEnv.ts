import { clockStartingAt, parseInstant, type HallClock } from '@shared/time/hallClock'
import { hallTimeZone } from '@shared/tally/timeZone'

export const CLOCK_VARIABLE = 'RECEPTION_DAY_CLOCK'

/**
 * The hub's clock, read once at start. The zone: hallTimeZone (RECEPTION_DAY_TZ, else the
 * machine's unless it is bare UTC, else Asia/Shanghai). The instant: the real time, or — for
 * tests only — `RECEPTION_DAY_CLOCK=2026-12-01T23:30:00+08:00`, an ISO 8601 instant with its
 * offset (or Z): the hub's clock starts there and moves on in real time. A value that is not
 * such an instant stops the hub from starting rather than running on a clock nobody asked for.
 */
export function clockFromEnv(env: Readonly<Record<string, string | undefined>>): HallClock & {
  /** The test clock's start, when one was set. */
  testStart: Date | null
} {
  const timeZone = hallTimeZone(env)
  const raw = env[CLOCK_VARIABLE]?.trim()
  if (!raw) return { now: () => new Date(), timeZone, testStart: null }
  const start = parseInstant(raw)
  if (!start)
    throw new Error(
      `${CLOCK_VARIABLE} must be an ISO 8601 instant with an offset, e.g. 2026-12-01T23:30:00+08:00; got ${raw}`,
    )
  return { now: clockStartingAt(start), timeZone, testStart: start }
}
