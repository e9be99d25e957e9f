import type { LeaderTallyRow, TallyRow } from '../contract/tally'
import type { Translate } from './summary'

// How the rows of the tally are named, the same on the reports page, the printed report and
// in the exports.

/** Seconds → minutes with one decimal, as a number (null stays null). */
export const minutes = (seconds: number | null): number | null =>
  seconds === null ? null : Math.round(seconds / 6) / 10

export const leaderLabel = (t: Translate, row: Pick<LeaderTallyRow, 'tableNo' | 'leaderName'>) =>
  t('reports.leaderLabel', { tableNo: row.tableNo, name: row.leaderName })

export const categoryLabel = (t: Translate, row: TallyRow) => row.label ?? t('reports.noCategory')

export const natureLabel = (t: Translate, row: TallyRow) => t(`nature.${row.key}`)

export const townshipLabel = (t: Translate, row: TallyRow) => row.label ?? t('reports.noTownship')

export const hourLabel = (t: Translate, row: TallyRow) => {
  const h = Number(row.key)
  const pad = (x: number) => String(x).padStart(2, '0')
  return t('reports.hourLabel', { from: `${pad(h)}:00`, to: `${pad(h + 1)}:00` })
}

/** "5 批 11 人次" / "5 batches, 11 persons": a count of batches and persons, plural by locale. */
export const batchesAndPersons = (t: Translate, batches: number, persons: number) =>
  t('reports.stat.pairValue', {
    batches: t('reports.n.batch', { count: batches }),
    persons: t('reports.n.person', { count: persons }),
  })
