import {
  IsoDate,
  type DayListView,
  type DayPlanView,
  type NoticeView,
  type Input,
} from '@shared/contract'
import {
  ANNOUNCEMENT_NOTICES,
  noticeDueOn,
  noticeStatus,
  type AnnouncementNotice,
} from '@shared/plan/notices'
import { hallDate } from '@shared/time/hallClock'
import { appendAudit } from '../core/audit'
import { writeAction, type Db, type CallContext } from '../core/context'
import { DomainError } from '../core/domainError'
import { assertDayAllows } from '../core/dayGuard'
import { hallOf } from '../core/hall'
import { DAY_COLUMNS, dayFields, dutiesOf } from './dayViews'
import { rowLimit } from '../core/rowLimit'

type DayRow = {
  id: number
  date: string
  place: string
  opens_at: string
  closes_at: string
  state: 'planned' | 'open' | 'closed'
  created_at: string
  announced_10_at: string | null
  announced_3_at: string | null
}

const DEFAULT_RECENT = 20

export const printedAt = (day: DayRow, notice: AnnouncementNotice): string | null =>
  notice === 10 ? day.announced_10_at : day.announced_3_at

/** Both notices of a day (10 days, then 3 days ahead) as of `today`. */
export function noticesOf(day: DayRow, today: string): NoticeView[] {
  return ANNOUNCEMENT_NOTICES.map((notice) => {
    const dueOn = noticeDueOn(day.date, notice)
    const at = printedAt(day, notice)
    return { notice, dueOn, printedAt: at, status: noticeStatus(dueOn, at, today) }
  })
}

/**
 * Days with their duties, notices and booked appointments, in the order given. A row whose date
 * is not a real date (stored before the contract checked the calendar) is left out and logged:
 * one bad row must not make the whole list fail.
 */
async function planViews(db: Db, all: DayRow[], today: string): Promise<DayPlanView[]> {
  const days = all.filter((day) => {
    const real = IsoDate.safeParse(day.date).success
    if (!real) console.warn(`[hub] reception_day ${day.id}: not a real date, left out of the list`)
    return real
  })
  if (days.length === 0) return []
  const ids = days.map((d) => d.id)
  const duties = await dutiesOf(db, ids)
  const booked = await db
    .selectFrom('appointment')
    .select(['day_id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('day_id', 'in', ids)
    .where('state', '=', 'booked')
    .groupBy('day_id')
    .execute()
  return days.map((day) => ({
    ...dayFields(day),
    duties: duties.get(day.id) ?? [],
    notices: noticesOf(day, today),
    bookedAppointments: Number(booked.find((b) => b.day_id === day.id)?.count ?? 0),
  }))
}

/** The day plan's list: every day from today on (soonest first), then recent ones. */
export async function listDays(
  ctx: CallContext,
  input: Input<'day', 'list'>,
): Promise<DayListView> {
  const today = hallDate(ctx)
  const upcoming = await ctx.db
    .selectFrom('reception_day')
    .select(DAY_COLUMNS)
    .where('date', '>=', today)
    .where('hall', '=', hallOf(ctx))
    .orderBy('date')
    .execute()
  const recent = await ctx.db
    .selectFrom('reception_day')
    .select(DAY_COLUMNS)
    .where('date', '<', today)
    .where('hall', '=', hallOf(ctx))
    .orderBy('date', 'desc')
    .limit(rowLimit(input?.recentLimit ?? DEFAULT_RECENT))
    .execute()
  return {
    today,
    upcoming: await planViews(ctx.db, upcoming, today),
    recent: await planViews(ctx.db, recent, today),
  }
}

/** One day as the plan shows it, or null. */
export async function readDayPlan(
  db: Db,
  dayId: number,
  today: string,
): Promise<DayPlanView | null> {
  const day = await db
    .selectFrom('reception_day')
    .select(DAY_COLUMNS)
    .where('id', '=', dayId)
    .executeTakeFirst()
  if (!day) return null
  const [view] = await planViews(db, [day], today)
  return view ?? null
}

/**
 * Records that a notice of the day's announcement was printed. The first print counts (it is
 * when the notice went out); reprints are audit-logged but keep that time.
 */
export async function markAnnounced(
  ctx: CallContext,
  input: Input<'day', 'markAnnounced'>,
): Promise<DayPlanView> {
  return writeAction(ctx, async ({ trx, at, today, emit }) => {
    const before = await readDayPlan(trx, input.dayId, today)
    if (!before) throw new DomainError('errors.day.notFound', {}, 'not_found')
    // A closed day's announcement cannot matter any more: refused like every write to it.
    assertDayAllows(before, today, 'anyDate')
    const column = input.notice === 10 ? 'announced_10_at' : 'announced_3_at'
    await trx
      .updateTable('reception_day')
      .set({ [column]: at })
      .where('id', '=', input.dayId)
      .where(column, 'is', null)
      .execute()
    const after = await readDayPlan(trx, input.dayId, today)
    if (!after) throw new Error('reception day vanished inside its transaction')
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'day.announce',
      entity: 'reception_day',
      entityId: input.dayId,
      before: before.notices,
      after: { notice: input.notice, notices: after.notices },
    })
    emit({ topic: 'day', dayId: input.dayId, tableNos: [] })
    return after
  })
}
