import { existsSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportDay, readTally, tallyCsv } from '../../../src/main/services/tally'
import type { CloseDayResult, TallyFigures, TallyView } from '@shared/contract'
import { inProcessHub, runReceptionDay, type InProcessHub } from '../../support/receptionDay'
import { TEST_DATABASE } from '../../support/testDatabase'
import { tempStore, type TempStore } from '../../support/tempStore'

// A whole reception day through the API with known numbers (test/support/receptionDay.ts):
// 36 registrations, 2 cancelled → 34 批; every figure below was counted by hand from the plan.

let hall: TempStore
let hub: InProcessHub
let dayId: number
let closed: CloseDayResult
let live: TallyView

const MIN = 60

beforeAll(async () => {
  hall = await tempStore()
  hub = inProcessHub(hall.store)
  ;({ dayId } = await runReceptionDay(hub))
  live = await hub.caller.tally.get({ dayId })
  hub.setClock(Date.parse('2026-10-21T09:30:00Z')) // 17:30 in the hall
  closed = await hub.caller.day.close({ dayId })
}, 60_000)
afterAll(() => hall.close())

const figures = (f: TallyFigures) => ({
  batches: f.batches,
  persons: f.persons,
  collective: [f.collectiveBatches, f.collectivePersons],
  outcomes: f.outcomes,
  noShow: [f.noShowBatches, f.noShowPersons],
  concluded: f.concludedBatches,
  transfers: f.transfers,
  wait: [f.wait.count, f.wait.medianSeconds, f.wait.maxSeconds],
  session: [f.session.count, f.session.medianSeconds, f.session.maxSeconds],
})

const outcomes = (r: number, a: number, f: number, e: number, n: number) => ({
  resolved_on_spot: r,
  assigned: a,
  forwarded: f,
  explained: e,
  not_accepted: n,
})

describe('the tally of a whole reception day', () => {
  it('counts the day exactly by the definitions', () => {
    const t = closed.tally
    expect(figures(t.totals)).toEqual({
      batches: 34,
      persons: 71,
      collective: [5, 38],
      outcomes: outcomes(10, 9, 3, 7, 3),
      noShow: [5, 5],
      concluded: 29,
      transfers: 4,
      wait: [31, 3 * MIN, 4 * MIN],
      session: [29, 5 * MIN, 6 * MIN],
    })
    expect(t.totals.decidedCases).toBe(32)
    expect(t.totals.undecidedCases).toBe(0)
    expect(t.totals.openBatches).toBe(0)
    expect(t.totals.concludedWithoutOutcome).toBe(0)
    expect(t.cancelledBatches).toBe(2)
    // Nobody had come before: every batch a first visit; the named members, each once.
    expect(t.visits).toEqual({
      firstBatches: 34,
      firstPersons: 71,
      repeatBatches: 0,
      repeatPersons: 0,
      distinctPersons: 58,
    })
    // 交办 matters, one per assigned outcome of the plan (9), frozen with the day.
    expect(t.assignedMatters?.map((m) => m.departmentName)).toEqual(Array(9).fill('县住建局'))
    expect(t.assignedMatters).toEqual(live.assignedMatters)
  })

  it('breaks it down by leader: the table that concluded it, after transfers', () => {
    const rows = closed.tally.byLeader.map((r) => ({
      table: r.tableNo,
      leader: r.leaderName,
      ...figures(r),
      in: r.transfersIn,
      out: r.transfersOut,
    }))
    expect(rows).toEqual([
      {
        table: 1,
        leader: '王建国',
        batches: 11,
        persons: 19,
        collective: [1, 8],
        outcomes: outcomes(5, 2, 1, 1, 1),
        noShow: [1, 1],
        concluded: 10,
        transfers: 1,
        wait: [11, 3 * MIN, 4 * MIN],
        session: [10, 5 * MIN, 6 * MIN],
        in: 1,
        out: 1,
      },
      {
        table: 2,
        leader: '李秀英',
        batches: 12,
        persons: 22,
        collective: [2, 12],
        outcomes: outcomes(3, 4, 0, 3, 1),
        noShow: [1, 1],
        concluded: 11,
        transfers: 2,
        wait: [11, 3 * MIN, 4 * MIN],
        session: [11, 4 * MIN, 6 * MIN],
        in: 2,
        out: 1,
      },
      {
        table: 3,
        leader: '张志强',
        batches: 11,
        persons: 30,
        collective: [2, 18],
        outcomes: outcomes(2, 3, 2, 3, 1),
        noShow: [3, 3],
        concluded: 8,
        transfers: 1,
        wait: [9, 3 * MIN, 4 * MIN],
        session: [8, 5.5 * MIN, 6 * MIN],
        in: 1,
        out: 2,
      },
    ])
  })

  it('breaks it down by category, type by nature, township and hour of arrival', () => {
    const short = (rows: TallyView['byCategory']) =>
      rows.map((r) => [r.label ?? r.key, r.batches, r.persons, r.collectiveBatches, r.outcomes])
    expect(short(closed.tally.byCategory)).toEqual([
      ['城乡建设', 9, 27, 2, outcomes(4, 2, 2, 1, 1)],
      ['国土资源', 5, 9, 1, outcomes(1, 3, 1, 0, 0)],
      ['劳动社保', 9, 16, 1, outcomes(2, 3, 0, 2, 1)],
      ['农村农业', 7, 15, 1, outcomes(2, 1, 0, 3, 1)],
      ['none', 4, 4, 0, outcomes(1, 0, 0, 1, 0)],
    ])
    expect(short(closed.tally.byNature)).toEqual([
      ['suggestion', 4, 4, 0, outcomes(0, 0, 0, 4, 0)],
      ['accusation', 3, 3, 0, outcomes(0, 1, 2, 0, 0)],
      ['appeal', 27, 64, 5, outcomes(10, 8, 1, 3, 3)],
    ])
    expect(short(closed.tally.byTownship)).toEqual([
      ['浦南街道', 10, 29, 2, outcomes(4, 3, 2, 0, 1)],
      ['仙华街道', 9, 15, 1, outcomes(1, 4, 1, 2, 1)],
      ['黄宅镇', 9, 21, 2, outcomes(3, 2, 0, 3, 1)],
      ['none', 6, 6, 0, outcomes(2, 0, 0, 2, 0)],
    ])
    expect(closed.tally.timeZone).toBe('Asia/Shanghai')
    expect(closed.tally.byHour.map((r) => [r.key, r.batches, r.persons])).toEqual([
      ['08', 3, 8],
      ['09', 5, 6],
      ['10', 6, 15],
      ['11', 6, 10],
      ['12', 5, 16],
      ['13', 6, 7],
      ['14', 3, 9],
      ['15', 0, 0],
      ['16', 0, 0],
    ])
    // Every breakdown adds up to the day.
    for (const rows of [
      closed.tally.byLeader,
      closed.tally.byCategory,
      closed.tally.byNature,
      closed.tally.byTownship,
      closed.tally.byHour,
    ]) {
      expect(rows.reduce((s, r) => s + r.batches, 0)).toBe(34)
      expect(rows.reduce((s, r) => s + r.persons, 0)).toBe(71)
      expect(rows.reduce((s, r) => s + r.outcomes.resolved_on_spot, 0)).toBe(10)
    }
  })

  it('says it in the house style, the no-shows inside the registered figures, not added to them', () => {
    expect(closed.tally.summary).toBe(
      '10月21日县领导接访日，登记来访群众 34 批 71 人次（含集体访 5 批 38 人次），其中接待 29 批 66 人次、未接待即离开 5 批 5 人次；当场解决 10 件，交办 9 件，转送 3 件，解释疏导 7 件，不予受理 3 件。',
    )
  })

  it('was live before the close and is frozen after it', async () => {
    expect(live.frozen).toBe(false)
    expect(live.state).toBe('open')
    expect(live.totals).toEqual(closed.tally.totals)
    expect(live.summary).toMatch(/^10月21日县领导接访日（截至 \d\d:\d\d），登记来访群众 34 批/)
    expect(closed.state).toBe('closed')
    expect(closed.tally.frozen).toBe(true)

    // A case changed later in follow-up does not change what was reported at close.
    await hall.store.db
      .updateTable('petition_case')
      .set({ outcome: 'explained' })
      .where('day_id', '=', dayId)
      .execute()
    const after = await readTally(hall.store.db, dayId)
    expect(after.frozen).toBe(true)
    expect(after.totals).toEqual(closed.tally.totals)
    expect(after.summary).toBe(closed.tally.summary)
    const english = await readTally(hall.store.db, dayId, 'en')
    expect(english.summary).toContain(
      ': 34 batches (71 persons) registered, including collective visits of 5 batches (38 persons); of these, 29 batches (66 persons) received, 5 batches (5 persons) left before being seen;',
    )
  })

  // SQLite: the hub backs its file up at close. PostgreSQL: the server's backups do that job.
  it.runIf(TEST_DATABASE === 'postgres')('says at close that backups are the server’s job', () => {
    expect(closed.backup).toBeNull()
    expect(closed.backupError).toBe('backup.onServer')
  })

  it.runIf(TEST_DATABASE === 'sqlite')('made a verified backup at close', () => {
    expect(closed.backupError).toBeNull()
    expect(closed.backup).not.toBeNull()
    expect(closed.backup?.name).toMatch(/^hall-2026-10-21-173000-close\.db$/)
    expect(existsSync(closed.backup?.file ?? '')).toBe(true)
    expect(closed.backup?.integrity).toBe('ok')
    expect(closed.backup?.rowCounts['batch']).toBe(36)
    expect(closed.backup?.rowCounts['day_tally']).toBe(1)
  })
})

describe('the exports of the day', () => {
  it('the workbook has its seven sheets, frozen headers, sized columns, real dates and numbers', async () => {
    const { body } = await exportDay(hall.store.db, dayId, 'xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(body as unknown as ArrayBuffer)
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '汇总',
      '明细',
      '交办事项',
      '按领导',
      '按类别',
      '按乡镇',
      '按时段',
    ])
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
      sheet.columns.forEach((c) => expect(c.width ?? 0).toBeGreaterThanOrEqual(6))
      expect(sheet.getRow(1).font?.bold).toBe(true)
    }

    // 汇总: the figures, as numbers, and the sentence.
    const summary = book.getWorksheet('汇总')
    const value = (label: string) => {
      let found: ExcelJS.CellValue = null
      summary?.eachRow((row) => {
        if (row.getCell(1).value === label) found = row.getCell(2).value
      })
      return found
    }
    expect(value('登记批次')).toBe(34)
    expect(value('登记人次')).toBe(71)
    expect(value('含集体访批次')).toBe(5)
    expect(value('含集体访人次')).toBe(38)
    expect(value('其中接待批次')).toBe(29)
    expect(value('其中接待人次')).toBe(66)
    expect(value('其中尚在等候或接待')).toBe(0)
    expect(value('当场解决')).toBe(10)
    expect(value('交办')).toBe(9)
    expect(value('转送')).toBe(3)
    expect(value('解释疏导')).toBe(7)
    expect(value('不予受理')).toBe(3)
    expect(value('其中未接待即离开批次')).toBe(5)
    expect(value('其中未接待即离开人次')).toBe(5)
    expect(value('等候时间中位数')).toBe(3)
    expect(value('接谈时间最长')).toBe(6)
    expect(value('接访日期')).toEqual(new Date(Date.UTC(2026, 9, 21)))
    // The sentence below the figures, across the columns.
    let sentence: ExcelJS.CellValue = null
    summary?.eachRow((row, n) => {
      if (row.getCell(1).value === '情况综述') sentence = summary.getRow(n + 1).getCell(1).value
    })
    expect(sentence).toBe(closed.tally.summary)

    // 明细: one row per counted batch; masked names and IDs; dates as dates.
    const detail = book.getWorksheet('明细')
    expect(detail?.rowCount).toBe(1 + 34)
    const header = (detail?.getRow(1).values as ExcelJS.CellValue[]).slice(1)
    expect(header.slice(0, 6)).toEqual(['号码', '登记时间', '类型', '人数', '来访人', '身份证号'])
    const first = detail?.getRow(2)
    expect(first?.getCell(1).value).toBe('001')
    expect(first?.getCell(2).value).toEqual(new Date(Date.UTC(2026, 9, 21, 8, 30)))
    expect(first?.getCell(2).numFmt).toBe('yyyy-mm-dd hh:mm')
    expect(first?.getCell(16).value).toEqual(new Date(Date.UTC(2026, 9, 21, 8, 32)))
    expect(first?.getCell(16).numFmt).toBe('hh:mm')
    expect(first?.getCell(4).type).toBe(ExcelJS.ValueType.Number)
    expect(String(first?.getCell(5).value)).toMatch(/^.\*+$/)
    expect(String(first?.getCell(6).value)).toMatch(/^330726\*{8}[\dX]{4}$/)
    let people = 0
    detail?.eachRow((row, n) => {
      if (n > 1) people += Number(row.getCell(4).value)
    })
    expect(people).toBe(71)

    // 按领导: per table, with the total row.
    const leaders = book.getWorksheet('按领导')
    const leaderRows: ExcelJS.CellValue[][] = []
    leaders?.eachRow((row, n) => {
      if (n > 1) leaderRows.push((row.values as ExcelJS.CellValue[]).slice(1, 5))
    })
    expect(leaderRows).toEqual([
      ['1 号桌 王建国', '县长', 11, 19],
      ['2 号桌 李秀英', '副县长', 12, 22],
      ['3 号桌 张志强', '副县长', 11, 30],
      ['合计', undefined, 34, 71],
    ])
    const categories = book.getWorksheet('按类别')
    const natureRow = (label: string) => {
      let found: ExcelJS.CellValue[] = []
      categories?.eachRow((row) => {
        if (row.getCell(1).value === label) found = (row.values as ExcelJS.CellValue[]).slice(1, 4)
      })
      return found
    }
    expect(natureRow('城乡建设')).toEqual(['城乡建设', 9, 27])
    expect(natureRow('检举控告类')).toEqual(['检举控告类', 3, 3])
    const hours = book.getWorksheet('按时段')
    expect((hours?.getRow(2).values as ExcelJS.CellValue[]).slice(1, 4)).toEqual([
      '08:00—09:00',
      3,
      8,
    ])
    const townships = book.getWorksheet('按乡镇')
    expect((townships?.getRow(2).values as ExcelJS.CellValue[]).slice(1, 4)).toEqual([
      '浦南街道',
      10,
      29,
    ])
  })

  it('the CSV is UTF-8 with a BOM and carries the same figures', async () => {
    const { body } = await exportDay(hall.store.db, dayId, 'csv')
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = body.toString('utf8').slice(1)
    const lines = text
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(','))
    const header = lines[0] ?? []
    expect(header.slice(0, 6)).toEqual(['分组', '项目', '批次', '人次', '集体访批次', '集体访人次'])
    const row = (group: string, item: string) => {
      const found = lines.find((l) => l[0] === group && l[1] === item) ?? []
      return Object.fromEntries(header.map((h, i) => [h, found[i]]))
    }
    expect(row('合计', '合计')).toMatchObject({
      批次: '34',
      人次: '71',
      集体访批次: '5',
      集体访人次: '38',
      '当场解决（件）': '10',
      '交办（件）': '9',
      '转送（件）': '3',
      '解释疏导（件）': '7',
      '不予受理（件）': '3',
      '未接待即离开（批）': '5',
      '未接待即离开（人次）': '5',
      '转办（次）': '4',
      '等候中位（分钟）': '3',
      '接谈最长（分钟）': '6',
    })
    expect(row('接访领导', '3 号桌 张志强')).toMatchObject({ 批次: '11', 人次: '30' })
    expect(row('事项性质', '建议意见类')).toMatchObject({ '解释疏导（件）': '4' })
    expect(row('时段', '12:00—13:00')).toMatchObject({ 批次: '5', 人次: '16' })
    expect(tallyCsv(closed.tally)).toBe(body.toString('utf8'))

    const detail = (await exportDay(hall.store.db, dayId, 'detail.csv')).body.toString('utf8')
    expect(detail.startsWith('\uFEFF号码,登记时间,')).toBe(true)
    expect(detail.trimEnd().split('\r\n')).toHaveLength(35)
    expect(detail).toContain('001,2026-10-21 08:30,个人访,1,')
    expect(detail).not.toMatch(/330726\d{12}/)
  })
})
