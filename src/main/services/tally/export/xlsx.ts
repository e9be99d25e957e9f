import ExcelJS from 'exceljs'
import type { TallyDetailRow, TallyFigures, TallyView } from '@shared/contract/tally'
import type { Translate } from '@shared/tally/summary'
import { wallClock } from '@shared/tally/timeZone'
import { translatorFor } from '../../core/translate'
import {
  assignedColumns,
  categoryLabel,
  detailColumns,
  figureColumns,
  hourLabel,
  leaderLabel,
  natureLabel,
  summaryLines,
  townshipLabel,
  type Cell,
  type Column,
} from './columns'

// The day's workbook (ExcelJS): 汇总, 明细, 按领导, 按类别, 按乡镇, 按时段. Header rows frozen,
// columns sized to their content, numbers as numbers, instants as Excel dates on the hall's
// wall clock (Excel has no time zones), A4 landscape fitted to the page width.

const FORMATS = {
  integer: '0',
  minutes: '0.0',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  time: 'hh:mm',
} as const

/** Points per line of 11-point text: rows of wrapped text get their height set (not every
 * spreadsheet fits row heights to wrapped text by itself). */
const LINE = 15
/** CJK faces need a little more per wrapped line than Latin ones. */
const WRAPPED_LINE = 17
/** Header rows hold two lines: a unit in parentheses goes below the name. */
const HEADER_LINES = 2

/** Excel has no zones: a date whose UTC fields are the hall's wall clock reads as local. */
export function excelDate(
  value: string,
  format: 'date' | 'datetime' | 'time',
  timeZone: string,
): Date {
  if (format === 'date') {
    const [y, m, d] = value.split('-').map(Number)
    return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
  }
  const c = wallClock(value, timeZone)
  return new Date(Date.UTC(c.y, c.m - 1, c.d, c.hh, c.mm, c.ss))
}

/** Visual width of text in Excel character units (CJK characters count double). */
function textWidth(value: unknown): number {
  if (value === null || value === undefined) return 0
  const text = String(value)
  let width = 0
  for (let i = 0; i < text.length; i += 1) width += text.charCodeAt(i) >= 0x1100 ? 2.1 : 1.1
  return width
}

/** The widest line of each column of a sheet, noted as cells are written. */
const widths = new WeakMap<ExcelJS.Worksheet, number[]>()

function noteWidth(
  sheet: ExcelJS.Worksheet,
  column: number,
  value: ExcelJS.CellValue,
  numFmt?: string,
) {
  const width =
    value instanceof Date
      ? dateWidth(numFmt)
      : typeof value === 'string' && value.includes('\n')
        ? Math.max(...value.split('\n').map(textWidth))
        : textWidth(value)
  const list = widths.get(sheet) ?? []
  list[column] = Math.max(list[column] ?? 0, width)
  widths.set(sheet, list)
}

const dateWidth = (numFmt: string | undefined) =>
  numFmt === FORMATS.time ? 6 : numFmt === FORMATS.date ? 11 : 16

function cellValue(
  value: Cell,
  format: Column<unknown>['format'],
  timeZone: string,
): ExcelJS.CellValue {
  if (value === null || value === '') return null
  if (
    (format === 'date' || format === 'datetime' || format === 'time') &&
    typeof value === 'string'
  )
    return excelDate(value, format, timeZone)
  return value
}

interface TableSpec<T> {
  columns: Column<T>[]
  rows: T[]
  /** Rows drawn in bold (totals). */
  bold?: (row: T, index: number) => boolean
}

function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true }
  row.height = LINE * HEADER_LINES
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } }
    cell.border = { bottom: { style: 'thin' } }
  })
}

/** Appends a table (header + rows) at the sheet's next row; returns the header row number. */
function addTable<T>(sheet: ExcelJS.Worksheet, spec: TableSpec<T>, timeZone: string): number {
  // A unit in parentheses goes on the header's second line: 当场解决 / （件）.
  const headers = spec.columns.map((c) => c.header.replace(/\s*([（(])/, '\n$1'))
  const header = sheet.addRow(headers)
  styleHeader(header)
  headers.forEach((h, i) => noteWidth(sheet, i + 1, h))
  spec.rows.forEach((row, index) => {
    let lines = 1
    const values = spec.columns.map((c) => {
      if (!c.lines) return cellValue(c.value(row), c.format, timeZone)
      const list = c.lines(row)
      lines = Math.max(lines, list.length)
      return list.join('\n') || null
    })
    const added = sheet.addRow(values)
    spec.columns.forEach((c, i) => {
      const numFmt = c.format ? FORMATS[c.format] : undefined
      if (numFmt) added.getCell(i + 1).numFmt = numFmt
      if (c.lines) added.getCell(i + 1).alignment = { wrapText: true, vertical: 'top' }
      noteWidth(sheet, i + 1, values[i] ?? null, numFmt)
    })
    if (lines > 1) {
      added.height = WRAPPED_LINE * lines
      spec.columns.forEach((c, i) => {
        if (!c.lines) added.getCell(i + 1).alignment = { vertical: 'top' }
      })
    }
    if (spec.bold?.(row, index)) added.font = { bold: true }
  })
  return header.number
}

/** Sets every column's width from the widest line of text written in it, within bounds. */
function fitColumns(sheet: ExcelJS.Worksheet, max = 60) {
  ;(widths.get(sheet) ?? []).forEach((widest, column) => {
    const fitted = Math.min(max, Math.ceil(Math.max(6, widest) + 2))
    // ExcelJS leaves out a column of width 9 (its default) when writing: give it 10.
    sheet.getColumn(column).width = fitted === 9 ? 10 : fitted
  })
}

function newSheet(book: ExcelJS.Workbook, name: string) {
  return book.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  })
}

type Labelled = { label: string; figures: TallyFigures; extra?: Cell[] }

function figureTable(
  sheet: ExcelJS.Worksheet,
  t: Translate,
  first: Column<Labelled>[],
  rows: Labelled[],
  total: TallyFigures,
  timeZone: string,
  last: Column<Labelled>[] = [],
) {
  const figures = figureColumns(t).map((c): Column<Labelled> => ({
    header: c.header,
    format: c.format,
    value: (r) => c.value(r.figures),
  }))
  const all = [...rows, { label: t('reports.total'), figures: total }]
  addTable(
    sheet,
    { columns: [...first, ...figures, ...last], rows: all, bold: (_r, i) => i === all.length - 1 },
    timeZone,
  )
}

export async function tallyWorkbook(
  tally: TallyView,
  rows: TallyDetailRow[],
  t: Translate = translatorFor('zh-CN'),
): Promise<ExcelJS.Workbook> {
  const zone = tally.timeZone
  const book = new ExcelJS.Workbook()
  book.creator = t('reports.export.creator')
  book.title = t('reports.export.title', { date: tally.date })
  book.created = new Date(tally.computedAt)

  // 汇总
  const summary = newSheet(book, t('reports.sheet.summary'))
  const lines = summaryLines(t, tally)
  addTable(
    summary,
    {
      columns: [
        { header: t('reports.col.item'), value: (l) => l.label },
        { header: t('reports.col.value'), value: () => null },
        { header: t('reports.col.unit'), value: (l) => l.unit },
      ],
      rows: lines,
    },
    zone,
  )
  // Each line's value in its own format (a date, an instant, a count, minutes, text).
  lines.forEach((l, i) => {
    const cell = summary.getCell(i + 2, 2)
    cell.value = cellValue(l.value, l.format, zone)
    if (l.format) cell.numFmt = FORMATS[l.format]
    cell.alignment = { horizontal: typeof l.value === 'number' || l.format ? 'right' : 'left' }
    noteWidth(summary, 2, cell.value, l.format ? FORMATS[l.format] : undefined)
  })
  fitColumns(summary)
  // The sentence under the figures, across the three columns, wrapped.
  summary.addRow([])
  const heading = summary.addRow([t('reports.line.summary')])
  heading.font = { bold: true }
  const sentence = summary.addRow([tally.summary])
  summary.mergeCells(sentence.number, 1, sentence.number, 3)
  sentence.getCell(1).alignment = { wrapText: true, vertical: 'top' }
  const perLine = [1, 2, 3].reduce((w, c) => w + (summary.getColumn(c).width ?? 10), 0)
  sentence.height = WRAPPED_LINE * Math.ceil((textWidth(tally.summary) + 2) / perLine)

  // 明细
  const detail = newSheet(book, t('reports.sheet.detail'))
  addTable(detail, { columns: detailColumns(t), rows }, zone)
  fitColumns(detail, 48)

  // 交办事项: the day's assigned matters (the sheet is there, empty, when there were none).
  const assigned = newSheet(book, t('reports.sheet.assigned'))
  addTable(assigned, { columns: assignedColumns(t), rows: tally.assignedMatters ?? [] }, zone)
  fitColumns(assigned, 40)

  // 按领导
  const leaders = newSheet(book, t('reports.sheet.leaders'))
  figureTable(
    leaders,
    t,
    [
      { header: t('reports.col.leader'), value: (r) => r.label },
      { header: t('reports.col.title'), value: (r) => r.extra?.[0] ?? null },
    ],
    tally.byLeader.map((r) => ({
      label: leaderLabel(t, r),
      figures: r,
      extra: [r.leaderTitle, r.transfersIn, r.transfersOut],
    })),
    tally.totals,
    zone,
    [
      {
        header: t('reports.col.transfersIn'),
        value: (r) => r.extra?.[1] ?? null,
        format: 'integer',
      },
      {
        header: t('reports.col.transfersOut'),
        value: (r) => r.extra?.[2] ?? null,
        format: 'integer',
      },
    ],
  )
  fitColumns(leaders)

  // 按类别: subject categories, then the three types by nature below them.
  const categories = newSheet(book, t('reports.sheet.categories'))
  figureTable(
    categories,
    t,
    [{ header: t('reports.col.category'), value: (r) => r.label }],
    tally.byCategory.map((r) => ({ label: categoryLabel(t, r), figures: r })),
    tally.totals,
    zone,
  )
  categories.addRow([])
  figureTable(
    categories,
    t,
    [{ header: t('reports.col.nature'), value: (r) => r.label }],
    tally.byNature.map((r) => ({ label: natureLabel(t, r), figures: r })),
    tally.totals,
    zone,
  )
  fitColumns(categories)

  // 按乡镇
  const townships = newSheet(book, t('reports.sheet.townships'))
  figureTable(
    townships,
    t,
    [{ header: t('reports.col.township'), value: (r) => r.label }],
    tally.byTownship.map((r) => ({ label: townshipLabel(t, r), figures: r })),
    tally.totals,
    zone,
  )
  fitColumns(townships)

  // 按时段
  const hours = newSheet(book, t('reports.sheet.hours'))
  figureTable(
    hours,
    t,
    [{ header: t('reports.col.hour'), value: (r) => r.label }],
    tally.byHour.map((r) => ({ label: hourLabel(t, r), figures: r })),
    tally.totals,
    zone,
  )
  fitColumns(hours)

  return book
}

export async function tallyXlsx(tally: TallyView, rows: TallyDetailRow[]): Promise<Buffer> {
  const book = await tallyWorkbook(tally, rows)
  // Fast deflate: a day's workbook is ~100 KB either way, and the default level takes twice as
  // long in JSZip's pure-JS deflate.
  const options = { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as const
  return Buffer.from(await book.xlsx.writeBuffer(options as Partial<ExcelJS.XlsxWriteOptions>))
}
