import { tallyForExport } from '../getTally'
import type { Db } from '../../core/context'
import type { TallyOptions } from '../computeTally'
import { detailCsv, tallyCsv } from './csv'
import { tallyXlsx } from './xlsx'

export { tallyWorkbook, tallyXlsx, excelDate } from './xlsx'
export { tallyCsv, detailCsv } from './csv'

export type ExportKind = 'xlsx' | 'csv' | 'detail.csv' | 'pdf'

/** The file names a day's exports are saved under (Chinese, with an ASCII fallback). */
export function exportFileName(date: string, kind: ExportKind): { name: string; ascii: string } {
  switch (kind) {
    case 'xlsx':
      return { name: `接访日统计-${date}.xlsx`, ascii: `reception-day-tally-${date}.xlsx` }
    case 'csv':
      return { name: `接访日统计-${date}.csv`, ascii: `reception-day-tally-${date}.csv` }
    case 'detail.csv':
      return { name: `接访日明细-${date}.csv`, ascii: `reception-day-detail-${date}.csv` }
    case 'pdf':
      return { name: `接访日统计报告-${date}.pdf`, ascii: `reception-day-report-${date}.pdf` }
  }
}

export const EXPORT_TYPES: Record<Exclude<ExportKind, 'pdf'>, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  'detail.csv': 'text/csv; charset=utf-8',
}

/** A day's export as bytes, with the date it is named by: frozen once the day is closed. */
export async function exportDay(
  db: Db,
  dayId: number,
  kind: Exclude<ExportKind, 'pdf'>,
  options: TallyOptions = {},
): Promise<{ date: string; body: Buffer }> {
  const { tally, rows } = await tallyForExport(db, dayId, options)
  const body =
    kind === 'xlsx'
      ? await tallyXlsx(tally, rows)
      : Buffer.from(kind === 'csv' ? tallyCsv(tally) : detailCsv(tally, rows), 'utf8')
  return { date: tally.date, body }
}
