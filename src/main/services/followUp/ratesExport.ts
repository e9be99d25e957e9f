import ExcelJS from 'exceljs'
import type { Figures, RateGroup, RatesView } from '@shared/contract'
import type { Translate } from '@shared/tally/summary'
import { actingAs, type ServiceContext } from '../core/context'
import { translatorFor } from '../core/translate'
import { rates } from './months'

// A month's three rates and follow-up figures as a workbook (ExcelJS, like the day's tally):
// 汇总, 按责任单位, 按包案领导, 按乡镇, 按类别. Rates as numbers in a percent format, with the
// counts they are made of beside them; header rows frozen, A4 landscape fitted to the width.

const GROUPS = [
  ['department', 'byDepartment'],
  ['ownerLeader', 'byOwnerLeader'],
  ['township', 'byTownship'],
  ['category', 'byCategory'],
] as const

const RATIOS = ['response', 'resolution', 'satisfaction', 'onTime', 'timelyNotice'] as const

function headers(t: Translate, first: string): string[] {
  const cols = [
    first,
    t('followUp.rates.col.valid'),
    t('followUp.rates.col.failed'),
    t('ratesReport.col.satisfied'),
    t('ratesReport.col.basicallySatisfied'),
    t('ratesReport.col.dissatisfied'),
  ]
  for (const r of RATIOS) {
    const figure = t(`followUp.rates.col.${r}`)
    cols.push(figure, t('ratesReport.col.counted', { figure }))
  }
  cols.push(t('followUp.rates.col.composite'))
  return cols
}

function values(name: string, f: Figures): ExcelJS.CellValue[] {
  const row: ExcelJS.CellValue[] = [
    name,
    f.valid,
    f.failed,
    f.satisfied,
    f.basicallySatisfied,
    f.dissatisfied,
  ]
  for (const r of RATIOS) row.push(f[r].rate, `${f[r].count}/${f[r].of}`)
  row.push(f.composite === null ? null : Math.round(f.composite * 1000) / 10)
  return row
}

const width = (text: string) =>
  [...text].reduce((w, c) => w + (c.charCodeAt(0) >= 0x1100 ? 2.1 : 1.1), 0)

function sheetOf(
  book: ExcelJS.Workbook,
  t: Translate,
  title: string,
  first: string,
  rows: { name: string; figures: Figures }[],
) {
  const sheet = book.addWorksheet(title, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  })
  const head = headers(t, first)
  const header = sheet.addRow(head)
  header.font = { bold: true }
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
  header.height = 32
  for (const [i, r] of rows.entries()) {
    const added = sheet.addRow(values(r.name, r.figures))
    RATIOS.forEach((_r, k) => (added.getCell(7 + 2 * k).numFmt = '0.0%'))
    added.getCell(head.length).numFmt = '0.0'
    if (i === rows.length - 1) added.font = { bold: true }
  }
  head.forEach((h, i) => {
    const widest = Math.max(
      width(h) / 2,
      ...rows.map((r) => width(String(values(r.name, r.figures)[i] ?? ''))),
    )
    sheet.getColumn(i + 1).width = Math.min(40, Math.ceil(Math.max(8, widest) + 2))
  })
  return sheet
}

const groupRows = (t: Translate, groups: RateGroup[], overall: Figures) => [
  ...groups.map((g) => ({ name: g.name ?? t('followUp.rates.none'), figures: g.figures })),
  { name: t('followUp.rates.overall'), figures: overall },
]

export async function ratesWorkbook(
  view: RatesView,
  t: Translate = translatorFor('zh-CN'),
): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Reception Day'
  const [y, m] = view.month.split('-')
  const month = t('ratesReport.monthTitle', { y, m: Number(m) })
  book.title = t('ratesReport.title', { month })
  sheetOf(book, t, t('ratesReport.sheet.overall'), t('followUp.rates.col.name'), [
    { name: t('followUp.rates.overall'), figures: view.overall },
  ])
  for (const [group, key] of GROUPS)
    sheetOf(
      book,
      t,
      t(`ratesReport.sheet.${group}`),
      t(`followUp.rates.group.${group}`),
      groupRows(t, view[key], view.overall),
    )
  return book
}

export async function ratesXlsx(view: RatesView, t?: Translate): Promise<Buffer> {
  const book = await ratesWorkbook(view, t)
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** A month's workbook as the export route serves it: frozen once the month is closed. */
export async function exportRates(
  services: ServiceContext,
  month: string,
): Promise<{ month: string; body: Buffer }> {
  const view = await rates(actingAs(services, 'export'), { month })
  return { month, body: await ratesXlsx(view) }
}

export const ratesFileName = (month: string) => ({
  name: `三率统计-${month}.xlsx`,
  ascii: `follow-up-rates-${month}.xlsx`,
})
