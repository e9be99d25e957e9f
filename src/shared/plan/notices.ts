// The public announcement (公告) of a reception day is due 10 days ahead and again 3 days
// ahead (浦江经验, REFERENCE.md). Pure calendar arithmetic on YYYY-MM-DD, for hub and screens.

export const ANNOUNCEMENT_NOTICES = [10, 3] as const
export type AnnouncementNotice = (typeof ANNOUNCEMENT_NOTICES)[number]

/** `2026-11-27` minus 10 days → `2026-11-17`; works across months, years and leap days. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  const at = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) + days * 86_400_000)
  return at.toISOString().slice(0, 10)
}

/** The date by which the given notice must be out (printed and posted). */
export const noticeDueOn = (dayDate: string, notice: AnnouncementNotice): string =>
  addDays(dayDate, -notice)

export type NoticeStatus = 'printed' | 'upcoming' | 'due' | 'overdue'

/** printed; due today; overdue (past its date, not printed); or still to come. */
export function noticeStatus(dueOn: string, printedAt: string | null, today: string): NoticeStatus {
  if (printedAt) return 'printed'
  if (dueOn === today) return 'due'
  return dueOn < today ? 'overdue' : 'upcoming'
}

/**
 * Which notice a print made today fulfils: the 3-day one from its due date on, the 10-day one
 * before that; null when that notice is already printed (a reprint) or the day has passed.
 */
export function noticeToMark(
  dayDate: string,
  printed: { 10: string | null; 3: string | null },
  today: string,
): AnnouncementNotice | null {
  if (today > dayDate) return null
  const notice: AnnouncementNotice = today >= noticeDueOn(dayDate, 3) ? 3 : 10
  return printed[notice] ? null : notice
}
