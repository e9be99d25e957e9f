import type { TallyDetailRow, TallyView } from '@shared/contract/tally'
import { defaultLocale, type Locale } from '@shared/i18n'
import { tallySentence } from '@shared/tally/summary'
import { computeTally, tallyOf, type TallyOptions } from './computeTally'
import { detailRowsOf } from './detailRows'
import { loadDay, type Reader } from './load'
import { readSnapshot } from './snapshot'
import { translatorFor } from './text'

/**
 * The tally of a day as the reports page shows it: frozen at close (the snapshot taken then),
 * live before (computed now). The sentence is worded in `locale`.
 */
export async function getTally(
  db: Reader,
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
  db: Reader,
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
