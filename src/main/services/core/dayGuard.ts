import type { Db } from './context'
import { DomainError } from './domainError'

/**
 * Which days a write may touch, by the hall's date (docs/architecture.md, "The day's rules"):
 * - `today`: the hall's today only — registration (and an appointment's arrival with it) and the
 *   queue's moves (call, start, recall, transfer, pause, resume). A past day's queue is over; a
 *   future day's has not begun (registering on it would open it before its time).
 * - `todayOrPast`: today or a past day left open — what finishes a day so it can be closed: an
 *   outcome, a no-show, ending a table, correcting or cancelling a registration.
 * - `todayOrFuture`: booking an appointment (never for a day gone by).
 * - `anyDate`: any day not closed — cancelling an appointment.
 * Every rule refuses a closed day: it is read-only; later work on its cases belongs to case
 * follow-up (cases.*), not to the day's record. (The database refuses such writes too —
 * migration 0007 — but only with an internal error.)
 */
export type DayRule = 'today' | 'todayOrPast' | 'todayOrFuture' | 'anyDate'

export interface DayFacts {
  state: string
  /** YYYY-MM-DD */
  date: string
}

/** Refuses the write when the day's state or date does not allow it (409, an i18n key). */
export function assertDayAllows(day: DayFacts, today: string, rule: DayRule): void {
  if (day.state === 'closed') throw new DomainError('errors.day.closed', {}, 'conflict')
  if (day.date < today && (rule === 'today' || rule === 'todayOrFuture'))
    throw new DomainError('errors.day.past', { date: day.date, today }, 'conflict')
  if (day.date > today && (rule === 'today' || rule === 'todayOrPast'))
    throw new DomainError('errors.day.notYet', { date: day.date, today }, 'conflict')
}

/**
 * The same for a day named by id, read inside the write's transaction. A write that names a batch
 * or a duty reads the day's state and date in its own join (queue/transitions.ts, correction,
 * outcome) and asks `assertDayAllows`: every day-state check of the services is in this file.
 */
export async function assertDayOpen(
  trx: Db,
  dayId: number,
  today: string,
  rule: DayRule,
): Promise<void> {
  const day = await trx
    .selectFrom('reception_day')
    .select(['state', 'date'])
    .where('id', '=', dayId)
    .executeTakeFirst()
  if (!day) throw new DomainError('errors.day.notFound', {}, 'not_found')
  assertDayAllows(day, today, rule)
}
