import { ELDERLY_AGE, type PriorityReason } from '@shared/contract'
import { ageOnDate, type HallMoment } from '@shared/time/hallClock'

// The order of a table's waiting batches (docs/architecture.md, "Queue states"): pure functions.

/** Age in whole years on the day `date` (YYYY-MM-DD); null for a missing or malformed birth date. */
export function ageOn(birthDate: string | null, date: string): number | null {
  if (!birthDate || !ISO_DATE.test(birthDate) || !ISO_DATE.test(date)) return null
  return ageOnDate(birthDate, date)
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * Has the appointment's time come? `slot` is a wall-clock 'HH:MM' on the day `dayDate`, on the
 * hall's clock (`now`: the hall's date and time, src/shared/time/hallClock.ts). A booking without
 * a time is never "due": it queues by arrival like everyone else.
 */
export function appointmentDue(slot: string | null, dayDate: string, now: HallMoment): boolean {
  if (!slot) return false
  if (dayDate !== now.date) return dayDate < now.date
  return slot <= now.time
}

export interface Queued {
  batchId: number
  ticketNo: number
  registeredAt: string
  flags: { elderly: boolean; disabled: boolean; urgent: boolean }
  /** Birth dates of the named persons (null when no ID number was given). */
  birthDates: readonly (string | null)[]
  appointmentSlot: string | null
}

/** True when the clerk flagged the batch elderly or a named person is 70 or over on the day. */
export function isElderly(item: Queued, dayDate: string): boolean {
  return item.flags.elderly || item.birthDates.some((b) => (ageOn(b, dayDate) ?? 0) >= ELDERLY_AGE)
}

/** Tier 0 urgent, 1 appointment at its time, 2 elderly or disabled, 3 everyone else. */
export function priorityOf(
  item: Queued,
  dayDate: string,
  now: HallMoment,
): { tier: number; reason: PriorityReason | null } {
  if (item.flags.urgent) return { tier: 0, reason: 'urgent' }
  if (appointmentDue(item.appointmentSlot, dayDate, now)) return { tier: 1, reason: 'appointment' }
  if (isElderly(item, dayDate)) return { tier: 2, reason: 'elderly' }
  if (item.flags.disabled) return { tier: 2, reason: 'disabled' }
  return { tier: 3, reason: null }
}

/**
 * Queue order: by priority tier, then by arrival (registration time, then ticket number).
 * A transferred batch keeps its arrival time, so it keeps its place at the new table.
 */
export function orderQueue<T extends Queued>(
  items: readonly T[],
  dayDate: string,
  now: HallMoment,
): (T & { priority: PriorityReason | null })[] {
  return items
    .map((item) => {
      const { tier, reason } = priorityOf(item, dayDate, now)
      return { item, tier, reason }
    })
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        a.item.registeredAt.localeCompare(b.item.registeredAt) ||
        a.item.ticketNo - b.item.ticketNo,
    )
    .map(({ item, reason }) => ({ ...item, priority: reason }))
}
