import type { DayView, Input } from '@shared/contract'
import { hallDate } from '@shared/time/hallClock'
import { appendAudit } from '../core/audit'
import { writeAction, type Db, type CallContext } from '../core/context'
import { DomainError } from '../core/domainError'
import { assertDayAllows } from '../core/dayGuard'
import { hallOf } from '../core/hall'
import { dayFields, dutiesOf } from './dayViews'

/** A day by id, or by date in a hall (a date is unique per hall, migration 0014). */
export async function readDay(db: Db, where: { id: number } | { date: string; hall?: string }) {
  const day = await db
    .selectFrom('reception_day')
    .selectAll()
    .$if('id' in where, (q) => q.where('id', '=', (where as { id: number }).id))
    .$if('date' in where, (q) => {
      const { date, hall = '' } = where as { date: string; hall?: string }
      return q.where('date', '=', date).where('hall', '=', hall)
    })
    .executeTakeFirst()
  if (!day) return null
  return {
    ...dayFields(day),
    duties: (await dutiesOf(db, [day.id])).get(day.id) ?? [],
  } satisfies DayView
}

export async function getDay(
  ctx: CallContext,
  input: Input<'day', 'get'>,
): Promise<DayView | null> {
  return readDay(ctx.db, { date: input?.date ?? hallDate(ctx), hall: hallOf(ctx) })
}

/** Creates the day's plan, or replaces its duties while nobody has been registered yet. */
export async function planDay(ctx: CallContext, input: Input<'day', 'plan'>): Promise<DayView> {
  return writeAction(ctx, async ({ trx, at, today, emit }) => {
    const leaderIds = input.duties.map((d) => d.leaderId)
    const known = await trx
      .selectFrom('leader')
      .select('id')
      .where('id', 'in', leaderIds)
      .where('active', '=', 1)
      .execute()
    if (known.length !== new Set(leaderIds).size) throw new DomainError('errors.day.unknownLeader')

    const existing = await trx
      .selectFrom('reception_day')
      .selectAll()
      .where('date', '=', input.date)
      .where('hall', '=', hallOf(ctx))
      .executeTakeFirst()
    let dayId: number
    if (existing) {
      // A closed day says so; an open one has registrations that hang on its plan.
      assertDayAllows(existing, today, 'anyDate')
      if (existing.state !== 'planned')
        throw new DomainError('errors.day.alreadyOpen', {}, 'conflict')
      dayId = existing.id
      await trx
        .updateTable('reception_day')
        .set({
          place: input.place,
          opens_at: input.opensAt,
          closes_at: input.closesAt,
        })
        .where('id', '=', dayId)
        .execute()
      await trx.deleteFrom('duty').where('day_id', '=', dayId).execute()
    } else {
      const inserted = await trx
        .insertInto('reception_day')
        .values({
          hall: hallOf(ctx),
          date: input.date,
          place: input.place,
          opens_at: input.opensAt,
          closes_at: input.closesAt,
          created_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      dayId = inserted.id
    }
    await trx
      .insertInto('duty')
      .values(
        input.duties.map((d) => ({
          day_id: dayId,
          leader_id: d.leaderId,
          table_no: d.tableNo,
          is_lead: d.isLead ? 1 : 0,
        })),
      )
      .execute()
    const day = await readDay(trx, { id: dayId })
    if (!day) throw new Error('planned day vanished inside its transaction')
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: existing ? 'day.replan' : 'day.plan',
      entity: 'reception_day',
      entityId: dayId,
      before: existing ?? undefined,
      after: day,
    })
    emit({ topic: 'day', dayId, tableNos: day.duties.map((d) => d.tableNo) })
    return day
  })
}
