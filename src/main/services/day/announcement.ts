import type { AnnouncementView, Input } from '@shared/contract'
import { noticeToMark } from '@shared/plan/notices'
import { hallDate } from '@shared/time/hallClock'
import type { CallContext } from '../core/context'
import { noticesOf } from './dayList'
import { DAY_COLUMNS, dutiesOf } from './dayViews'
import { DomainError } from '../core/domainError'
import { hallInfo } from '../batch/receipt'

/**
 * The public announcement (公告) of a reception day: when, where, which leaders receive at
 * which table and what each answers for (分管领域), from the plan and the leaders' areas.
 */
export async function dayAnnouncement(
  ctx: CallContext,
  input: Input<'day', 'announcement'>,
): Promise<AnnouncementView> {
  const today = hallDate(ctx)
  const day = await ctx.db
    .selectFrom('reception_day')
    .select(DAY_COLUMNS)
    .where('id', '=', input.dayId)
    .executeTakeFirst()
  if (!day) throw new DomainError('errors.day.notFound', {}, 'not_found')

  const duties = (await dutiesOf(ctx.db, [day.id])).get(day.id) ?? []
  const areas = duties.length
    ? await ctx.db
        .selectFrom('leader_area')
        .innerJoin('category', 'category.id', 'leader_area.category_id')
        .select(['leader_area.leader_id as leaderId', 'category.name as name'])
        .where(
          'leader_area.leader_id',
          'in',
          duties.map((d) => d.leader.id),
        )
        .where('category.active', '=', 1)
        .orderBy('category.sort')
        .orderBy('category.id')
        .execute()
    : []

  const notices = noticesOf(day, today)
  return {
    dayId: day.id,
    date: day.date,
    opensAt: day.opens_at,
    closesAt: day.closes_at,
    place: day.place,
    ...(await hallInfo(ctx.db)),
    issuedOn: today,
    leaders: duties.map((d) => ({
      tableNo: d.tableNo,
      name: d.leader.name,
      title: d.leader.title,
      isLead: d.isLead,
      areas: areas.filter((a) => a.leaderId === d.leader.id).map((a) => a.name),
    })),
    notices,
    noticeToMark: noticeToMark(day.date, { 10: day.announced_10_at, 3: day.announced_3_at }, today),
  }
}
