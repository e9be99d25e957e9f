import type { Input } from '@shared/contract'
import { RatesView } from '@shared/contract'
import type { CityHall, CityView } from '@shared/contract/tally'
import type { CallContext } from '../core/context'
import { hallLabel, hallOf } from '../core/hall'
import { computeRates } from '../followUp/rates'
import { readRateSettings } from '../followUp/rateSettings'
import { readTally } from './getTally'

const rateOf = ({ count, of, rate }: { count: number; of: number; rate: number | null }) => ({
  count,
  of,
  rate,
})

/**
 * The city view (several halls on one server, issue 13): every hall that has held a reception
 * day, with its day's tally on the date and the month's three rates. Figures only, no person
 * and no case: what the city reads of the counties' halls.
 */
export async function cityFigures(
  ctx: CallContext,
  input: Input<'tally', 'city'>,
): Promise<CityView> {
  const month = input.date.slice(0, 7)
  const halls = await ctx.db
    .selectFrom('reception_day')
    .select('hall')
    .distinct()
    .orderBy('hall')
    .execute()
  const settings = await readRateSettings(ctx.db)
  const today = input.date
  const rows: CityHall[] = []
  for (const { hall } of halls) {
    const day = await ctx.db
      .selectFrom('reception_day')
      .select(['id', 'state'])
      .where('hall', '=', hall)
      .where('date', '=', input.date)
      .executeTakeFirst()
    const tally = day
      ? await readTally(ctx.db, day.id, ctx.locale, { now: ctx.now(), timeZone: ctx.timeZone })
      : null
    const frozen = await ctx.db
      .selectFrom('follow_up_month')
      .select('figures_json')
      .where('hall', '=', hall)
      .where('month', '=', month)
      .executeTakeFirst()
    const rates = frozen
      ? RatesView.parse(JSON.parse(frozen.figures_json))
      : await computeRates(ctx.db, month, settings, today, hall)
    const label = hallLabel(ctx, hall)
    rows.push({
      code: hall,
      name: label.name,
      own: hall === hallOf(ctx),
      // Another hall's day is not this hub's to open (the hub refuses its id).
      dayId: hall === hallOf(ctx) ? (day?.id ?? null) : null,
      state: day?.state ?? null,
      totals: tally?.totals ?? null,
      response: rateOf(rates.overall.response),
      resolution: rateOf(rates.overall.resolution),
      satisfaction: rateOf(rates.overall.satisfaction),
    })
  }
  return { date: input.date, month, halls: rows }
}
