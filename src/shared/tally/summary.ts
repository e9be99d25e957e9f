import type { TallyView } from '../contract/report'
import { wallDate, wallTime } from './timeZone'

/** A translate function: i18next's `t`, in the renderer or at the hub. */
export type Translate = (key: string, params?: Record<string, unknown>) => string

type SentenceFacts = Pick<TallyView, 'date' | 'state' | 'computedAt' | 'timeZone' | 'totals'>

/**
 * The day's figures in the house style the leadership reports them in:
 * "10月21日县领导接访日，共接待来访群众 N 批 M 人次，其中集体访 a 批 b 人次，当场解决 k 件，
 * 交办 j 件，转送 …". A day not closed yet says up to when it counts.
 */
export function tallySentence(t: Translate, tally: SentenceFacts): string {
  const [y, m, d] = tally.date.split('-').map(Number)
  const f = tally.totals
  const parts = [t('reports.sentence.head', { y, m, d })]
  if (tally.state !== 'closed') {
    const time = wallTime(tally.computedAt, tally.timeZone)
    const [, am, ad] = wallDate(tally.computedAt, tally.timeZone).split('-').map(Number)
    parts.push(
      am === m && ad === d
        ? t('reports.sentence.asOf', { time })
        : t('reports.sentence.asOfDay', { m: am, d: ad, time }),
    )
  }
  parts.push(
    t('reports.sentence.body', {
      batches: f.batches,
      persons: f.persons,
      collectiveBatches: f.collectiveBatches,
      collectivePersons: f.collectivePersons,
      ...f.outcomes,
    }),
  )
  if (f.noShowBatches > 0)
    parts.push(t('reports.sentence.noShow', { batches: f.noShowBatches, persons: f.noShowPersons }))
  if (f.openBatches > 0) parts.push(t('reports.sentence.open', { batches: f.openBatches }))
  parts.push(t('reports.sentence.end'))
  return parts.join('')
}
