import type { Input } from '@shared/contract'
import type { TallyDetailRow, TallyView } from '@shared/contract/tally'
import type { CallContext, Db } from '../core/context'
import { defaultLocale, type Locale } from '@shared/i18n'
import { tallySentence } from '@shared/tally/summary'
import { computeTally, tallyOf, type TallyOptions } from './computeTally'
import { detailRowsOf } from './detailRows'
import { loadDay } from './load'
import { readSnapshot } from './snapshot'
import { translatorFor } from '../core/translate'

/**
 * The tally of a day as the reports page shows it: frozen at close (the snapshot taken then),
 * live before (computed now). The sentence is worded in `locale`.
 */
export const getTally = (ctx: CallContext, input: Input<'tally', 'get'>) =>
  readTally(ctx.db, input.dayId, ctx.locale, { now: ctx.now(), timeZone: ctx.timeZone })

/** The same over any reader, in `locale`. */
export async function readTally(
  db: Db,
  dayId: number,
  locale: Locale = defaultLocale,
  options: TallyOptions = {},
): Promise<TallyView> {
  const frozen = await readSnapshot(db, dayId)
  const core = frozen?.tally ?? (await computeTally(db, dayId, options))
  return { ...core, summary: tallySentence(translatorFor(locale), core) }
}

/** The tally and its per-batch rows, for the exports (in Chinese): frozen once closed. */
export async function tallyForExport(
  db: Db,
  dayId: number,
  options: TallyOptions = {},
): Promise<{ tally: TallyView; rows: TallyDetailRow[] }> {
  let frozen = await readSnapshot(db, dayId)
  if (!frozen) {
    const day = await loadDay(db, dayId)
    frozen = { tally: tallyOf(day, options), rows: await detailRowsOf(db, day) }
  }
  const { tally, rows } = frozen
  return { tally: { ...tally, summary: tallySentence(translatorFor('zh-CN'), tally) }, rows }
}
