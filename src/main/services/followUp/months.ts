import { RatesView, type FrozenMonth, type Input } from '@shared/contract'
import { hallDate } from '@shared/time/hallClock'
import { writeAction, type CallContext } from '../core/context'
import { appendAudit } from '../core/audit'
import { DomainError } from '../core/domainError'
import { hallOf } from '../core/hall'
import { computeRates } from './rates'
import { readRateSettings } from './rateSettings'

/** A month's figures: frozen as they stood when the month was closed, live until then. */
export async function rates(
  ctx: CallContext,
  input: Input<'followUp', 'rates'>,
): Promise<RatesView> {
  const frozen = await ctx.db
    .selectFrom('follow_up_month')
    .select(['figures_json', 'closed_at'])
    .where('month', '=', input.month)
    .where('hall', '=', hallOf(ctx))
    .executeTakeFirst()
  if (frozen) return RatesView.parse(JSON.parse(frozen.figures_json))
  return computeRates(
    ctx.db,
    input.month,
    await readRateSettings(ctx.db),
    hallDate(ctx),
    hallOf(ctx),
  )
}

/**
 * Closes a month that is over: its figures (with the w and weights in force) are kept as they
 * are now, and what later happens to its cases is reported in the month it happens in.
 */
export async function closeMonth(
  ctx: CallContext,
  input: Input<'followUp', 'closeMonth'>,
): Promise<FrozenMonth> {
  return writeAction(ctx, async ({ trx, at, emit }) => {
    const today = hallDate(ctx)
    if (input.month >= today.slice(0, 7))
      throw new DomainError('followUpError.monthNotOver', { month: input.month }, 'conflict')
    const done = await trx
      .selectFrom('follow_up_month')
      .select('month')
      .where('month', '=', input.month)
      .where('hall', '=', hallOf(ctx))
      .executeTakeFirst()
    if (done) throw new DomainError('followUpError.monthFrozen', { month: input.month }, 'conflict')
    const settings = await readRateSettings(trx)
    const figures = await computeRates(trx, input.month, settings, today, hallOf(ctx))
    const snapshot: RatesView = { ...figures, frozen: true, frozenAt: at }
    await trx
      .insertInto('follow_up_month')
      .values({
        hall: hallOf(ctx),
        month: input.month,
        closed_at: at,
        closed_by: ctx.actor,
        figures_json: JSON.stringify(snapshot),
      })
      .execute()
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'followUp.closeMonth',
      entity: 'follow_up_month',
      entityId: null,
      after: { month: input.month, overall: snapshot.overall },
    })
    emit({ topic: 'case', dayId: null, tableNos: [] })
    return { month: input.month, closedAt: at, closedBy: ctx.actor }
  })
}

export async function frozenMonths(ctx: CallContext): Promise<FrozenMonth[]> {
  const rows = await ctx.db
    .selectFrom('follow_up_month')
    .select(['month', 'closed_at', 'closed_by'])
    .where('hall', '=', hallOf(ctx))
    .orderBy('month', 'desc')
    .execute()
  return rows.map((r) => ({ month: r.month, closedAt: r.closed_at, closedBy: r.closed_by }))
}
