import type { TallyFigures, TallyView } from '../contract/tally'
import { outcomeKinds } from '../contract/enums'
import { wallDate, wallTime } from './timeZone'

/** A translate function: i18next's `t`, in the renderer or at the hub. */
export type Translate = (key: string, params?: Record<string, unknown>) => string

type SentenceFacts = Pick<TallyView, 'date' | 'state' | 'computedAt' | 'timeZone' | 'totals'>

/**
 * Batches that were received at a table: the registered ones less those that left before being
 * seen and those still waiting or in session. Every registered batch is in exactly one of the
 * three, so they add up to the day's 批次 / 人次 (a no-show is never counted as received).
 */
export function receivedOf(f: TallyFigures): { batches: number; persons: number } {
  return {
    batches: f.batches - f.noShowBatches - f.openBatches,
    persons: f.persons - f.noShowPersons - f.openPersons,
  }
}

/** "34 批" / "34 batches": a count with its unit, plural by the locale's rules. */
const batchesText = (t: Translate, count: number) => t('reports.n.batch', { count })
const personsText = (t: Translate, count: number) => t('reports.n.person', { count })
const casesText = (t: Translate, count: number) => t('reports.n.case', { count })

/**
 * The day's figures in the house style the leadership reports them in, as the figures are:
 * "10月21日县领导接访日，登记来访群众 N 批 M 人次（含集体访 a 批 b 人次），其中接待 R 批 P 人次、
 * 未接待即离开 w 批 v 人次；当场解决 k 件，交办 j 件，…". The registered batches are split into
 * received, left and (live) still open, so no reader adds the no-shows to the total a second
 * time. A day not closed yet says up to when it counts.
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
  const pair = (batches: number, persons: number) => ({
    batches: batchesText(t, batches),
    persons: personsText(t, persons),
  })
  parts.push(t('reports.sentence.registered', pair(f.batches, f.persons)))
  if (f.collectiveBatches > 0)
    parts.push(t('reports.sentence.collective', pair(f.collectiveBatches, f.collectivePersons)))
  const received = receivedOf(f)
  parts.push(t('reports.sentence.received', pair(received.batches, received.persons)))
  if (f.noShowBatches > 0)
    parts.push(t('reports.sentence.noShow', pair(f.noShowBatches, f.noShowPersons)))
  if (f.openBatches > 0) parts.push(t('reports.sentence.open', pair(f.openBatches, f.openPersons)))
  const outcomes = Object.fromEntries(outcomeKinds.map((k) => [k, casesText(t, f.outcomes[k])]))
  parts.push(t('reports.sentence.outcomes', outcomes))
  parts.push(t('reports.sentence.end'))
  return parts.join('')
}
