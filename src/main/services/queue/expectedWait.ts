import type { Db } from '../core/context'

/** Assumed length of a session at a table that has not concluded one yet today. */
export const DEFAULT_SESSION_MINUTES = 15
/** How many of the table's latest sessions the typical length rests on. */
export const RECENT_SESSIONS = 5

const MINUTE = 60_000

/**
 * The typical session length: the median of the latest sessions (robust against one long
 * collective visit), in whole minutes, at least 1; the default when there is no history.
 */
export function typicalSessionMinutes(lengthsMs: readonly number[]): {
  minutes: number
  basis: number
} {
  const usable = lengthsMs.filter((ms) => Number.isFinite(ms) && ms > 0).slice(0, RECENT_SESSIONS)
  if (usable.length === 0) return { minutes: DEFAULT_SESSION_MINUTES, basis: 0 }
  const sorted = [...usable].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
  return { minutes: Math.max(1, Math.round(median / MINUTE)), basis: usable.length }
}

export interface TableNow {
  sessionMinutes: number
  /** The batch in front of the table, if any. */
  current: { status: 'called' | 'in_session'; startedAt: string | null } | null
  now: Date
}

/**
 * Minutes until each of `count` waiting batches (in queue order) is expected to be seen: what is
 * left of the current session (a called batch counts as a whole session), then one typical
 * session per batch ahead.
 */
export function expectedWaits(count: number, table: TableNow): number[] {
  const session = table.sessionMinutes
  let ahead = 0
  if (table.current?.status === 'called') ahead = session
  else if (table.current?.status === 'in_session') {
    const started = table.current.startedAt ? Date.parse(table.current.startedAt) : NaN
    const elapsed = Number.isFinite(started) ? (table.now.getTime() - started) / MINUTE : 0
    ahead = Math.max(0, session - elapsed)
  }
  return Array.from({ length: count }, (_, i) => Math.ceil(ahead + i * session))
}

/** Lengths (ms) of the latest concluded sessions of each duty of the day, newest first. */
export async function recentSessionLengths(db: Db, dayId: number): Promise<Map<number, number[]>> {
  const rows = await db
    .selectFrom('batch')
    .select(['duty_id', 'started_at', 'ended_at'])
    .where('day_id', '=', dayId)
    .where('status', '=', 'concluded')
    .where('started_at', 'is not', null)
    .where('ended_at', 'is not', null)
    .orderBy('ended_at', 'desc')
    .execute()
  const byDuty = new Map<number, number[]>()
  for (const r of rows) {
    const lengths = byDuty.get(r.duty_id) ?? []
    if (lengths.length >= RECENT_SESSIONS) continue
    lengths.push(Date.parse(r.ended_at ?? '') - Date.parse(r.started_at ?? ''))
    byDuty.set(r.duty_id, lengths)
  }
  return byDuty
}

/** Typical session minutes of every duty of the day (the default for those without history). */
export async function sessionMinutesByDuty(
  db: Db,
  dayId: number,
): Promise<(dutyId: number) => { minutes: number; basis: number }> {
  const lengths = await recentSessionLengths(db, dayId)
  return (dutyId) => typicalSessionMinutes(lengths.get(dutyId) ?? [])
}

/**
 * Minutes a batch registered now would wait at each duty of the day: what is left of the
 * batch in front of the table, then one typical session per batch already waiting.
 */
export async function waitForNewArrival(
  db: Db,
  dayId: number,
  now: Date,
): Promise<(dutyId: number) => number> {
  const sessionOf = await sessionMinutesByDuty(db, dayId)
  // Counted in SQL, a few rows per table however long the day's queues: one batch at most is in
  // front of a table (called or in session), so its started_at is the group's.
  const open = await db
    .selectFrom('batch')
    .select((eb) => [
      'duty_id',
      'status',
      eb.fn.countAll<number>().as('n'),
      eb.fn.max('started_at').as('started_at'),
    ])
    .where('day_id', '=', dayId)
    .where('status', 'in', ['waiting', 'called', 'in_session'])
    .groupBy(['duty_id', 'status'])
    .execute()
  return (dutyId) => {
    const mine = open.filter((b) => b.duty_id === dutyId)
    const front =
      mine.find((b) => b.status === 'in_session') ?? mine.find((b) => b.status === 'called')
    const waiting = Number(mine.find((b) => b.status === 'waiting')?.n ?? 0)
    const waits = expectedWaits(waiting + 1, {
      sessionMinutes: sessionOf(dutyId).minutes,
      current: front
        ? {
            status: front.status === 'in_session' ? 'in_session' : 'called',
            startedAt: front.started_at,
          }
        : null,
      now,
    })
    return waits[waiting] ?? 0
  }
}
