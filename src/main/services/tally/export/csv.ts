import type { TallyDetailRow, TallyView } from '@shared/contract/tally'
import type { Translate } from '@shared/tally/summary'
import { wallClock } from '@shared/tally/timeZone'
import { translatorFor } from '../../core/translate'
import { detailColumns, figureColumns, tallyGroups, type Cell, type Column } from './columns'

// CSV for other tools and for Excel: UTF-8 with a byte-order mark (without it Excel reads
// Chinese as mojibake), CRLF line ends, RFC 4180 quoting. Text that a spreadsheet would take
// for a formula (=, +, -, @ first) gets a leading apostrophe.

const BOM = '\uFEFF'

const pad = (n: number) => String(n).padStart(2, '0')

function text(value: Cell, format: Column<unknown>['format'], timeZone: string): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  if (value instanceof Date) return value.toISOString()
  if (format === 'datetime' || format === 'time') {
    const c = wallClock(value, timeZone)
    const time = `${pad(c.hh)}:${pad(c.mm)}`
    return format === 'time' ? time : `${c.y}-${pad(c.m)}-${pad(c.d)} ${time}`
  }
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

const quote = (field: string) =>
  /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field

function csv<T>(columns: Column<T>[], rows: T[], timeZone: string): string {
  const lines = [columns.map((c) => quote(c.header))]
  for (const row of rows)
    lines.push(columns.map((c) => quote(text(c.value(row), c.format, timeZone))))
  return BOM + lines.map((l) => l.join(',')).join('\r\n') + '\r\n'
}

/** Every figure of the tally, one row per group (合计, each leader, category, …). */
export function tallyCsv(tally: TallyView, t: Translate = translatorFor('zh-CN')): string {
  type Group = ReturnType<typeof tallyGroups>[number]
  const columns: Column<Group>[] = [
    { header: t('reports.col.group'), value: (g) => g.group },
    { header: t('reports.col.item'), value: (g) => g.item },
    ...figureColumns(t).map((c): Column<Group> => ({
      header: c.header,
      format: c.format,
      value: (g) => c.value(g.figures),
    })),
  ]
  return csv(columns, tallyGroups(t, tally), tally.timeZone)
}

/** One row per batch (明细), masked as in the workbook. */
export function detailCsv(
  tally: Pick<TallyView, 'timeZone'>,
  rows: TallyDetailRow[],
  t: Translate = translatorFor('zh-CN'),
): string {
  return csv(detailColumns(t), rows, tally.timeZone)
}
