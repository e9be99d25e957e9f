import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from '@playwright/test'
import { daysFrom, hallToday } from './support/dates'
import { expect, onEarlierDay, test, type HubProcess } from './support/hub'
import { pdfText } from './support/pdf'

// Issue 11 item 11: the day's report says 初访 / 重复访 (a batch whose people came on an earlier
// reception day), the distinct persons, and lists the matters assigned that day (交办事项清单)
// — on the reports page, the A4 report (PDF read back with pdftotext) and the workbook.

const SHOTS = '/tmp/shots'
const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]

async function seed(hub: HubProcess) {
  const today = hallToday()
  const earlierDate = daysFrom(today, -14)
  const leader = await hub.call<{ id: number }>('leader.create', {
    name: '王建国',
    title: '县委书记',
  })
  const department = await hub.call<{ id: number }>('reference.createDepartment', {
    name: '县自然资源和规划局',
  })
  const plan = (date: string) =>
    hub.call<{ id: number }>('day.plan', {
      date,
      place: '县人民来访接待中心',
      duties: [{ leaderId: leader.id, tableNo: 1, isLead: true }],
    })
  const zhang = { name: '张三丰', idNumber: '440524188001010014' }
  const li = { name: '李四', idNumber: '11010519491231002X' }
  const register = (via: HubProcess, dayId: number, members: object[], headcount = 1) =>
    via
      .call<{ batchId: number }>('batch.register', {
        dayId,
        kind: headcount > 1 ? 'group' : 'individual',
        headcount,
        members,
        summary: '宅基地审批两年未办理',
        tableNo: 1,
      })
      .then((r) => r.batchId)

  // Two weeks earlier 张三丰 came.
  const earlier = await plan(earlierDate)
  await onEarlierDay(hub, earlierDate, (then) => register(then, earlier.id, [zhang]))

  const day = await plan(today)
  const again = await register(hub, day.id, [zhang]) // 重复访
  await register(hub, day.id, [li, { name: '王五' }], 3) // 初访, 3 人次
  await hub.call('queue.callNext', { dayId: day.id, tableNo: 1, batchId: again })
  await hub.call('queue.start', { batchId: again })
  await hub.call('outcome.record', {
    batchId: again,
    decision: '交县自然资源和规划局限期办理',
    matters: [
      {
        summary: '宅基地审批',
        nature: 'appeal',
        outcome: 'assigned',
        departmentId: department.id,
      },
    ],
  })
  const cases = await hub.call<{ rows: { caseNo: string; deadline: string | null }[] }>(
    'case.list',
    {},
  )
  const [matter] = cases.rows
  return { day, caseNo: matter?.caseNo ?? '', deadline: matter?.deadline ?? '' }
}

const cnDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
        .documentElement.scrollWidth,
  )
  expect(overflow).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0)
}

test('the day’s report counts first and repeat visits and lists the matters assigned', async ({
  hub,
  page,
}) => {
  const { day, caseNo, deadline } = await seed(hub)
  expect(caseNo).not.toBe('')
  mkdirSync(SHOTS, { recursive: true })

  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport)
    await page.goto(hub.at(`/reports?day=${day.id}`))
    await expect(page.getByTestId('figure-first')).toContainText('1 批 3 人次')
    await expect(page.getByTestId('figure-repeat')).toContainText('1 批 1 人次')
    await expect(page.getByTestId('figure-distinct')).toContainText('3 人')
    await page.getByRole('tab', { name: '交办事项清单（1）' }).click()
    const row = page.getByTestId('assigned-matters').getByRole('row', { name: caseNo })
    await expect(row).toContainText('001')
    await expect(row).toContainText('1 号桌 王建国')
    await expect(row).toContainText('县自然资源和规划局')
    await expect(row).toContainText(cnDate(deadline))
    await noHorizontalScroll(page)
    await page.screenshot({
      path: join(SHOTS, `day-reports-${viewport.width}.png`),
      fullPage: true,
    })
  }

  // The workbook: the visits on 汇总, the list on its own sheet.
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 Excel' }).click()
  const file = join(test.info().outputPath(), 'tally.xlsx')
  await (await downloading).saveAs(file)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer)
  const lines = new Map<string, unknown>()
  book
    .getWorksheet('汇总')
    ?.eachRow((r) => lines.set(String(r.getCell(1).value), r.getCell(2).value))
  expect(lines.get('初访批次')).toBe(1)
  expect(lines.get('初访人次')).toBe(3)
  expect(lines.get('重复访批次')).toBe(1)
  expect(lines.get('重复访人次')).toBe(1)
  expect(lines.get('来访群众（去重）')).toBe(3)
  expect(lines.get('交办事项')).toBe(1)
  const sheet = book.getWorksheet('交办事项')
  expect(sheet?.getRow(2).getCell(1).value).toBe(caseNo)
  expect(sheet?.getRow(2).getCell(5).value).toBe('县自然资源和规划局')
  const [y, m, d] = deadline.split('-').map(Number)
  expect(sheet?.getRow(2).getCell(6).value).toEqual(new Date(Date.UTC(y!, m! - 1, d!)))

  // The A4 report.
  await page.goto(hub.at(`/print/report/${day.id}`))
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible()
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  const flat = pdfText(pdf).replace(/\s+/g, '')
  expect(flat).toContain('初访1批3人次')
  expect(flat).toContain('重复访1批1人次')
  expect(flat).toContain('来访群众（去重）3人')
  expect(flat).toContain('二、交办事项清单')
  expect(flat).toContain(`${caseNo}0011号桌王建国`)
  expect(flat).toContain(`县自然资源和规划局${cnDate(deadline)}`)
})

// Issue 11 item 13: every column of the breakdowns in view at 1366 px, no horizontal
// scrollbar, and the copy button whole (「复制」, never 「复」).
test('at 1366 and 1920 the breakdown tables show every column and the copy button is whole', async ({
  hub,
  page,
}) => {
  const { day } = await seed(hub)
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport)
    await page.goto(hub.at(`/reports?day=${day.id}`))
    const copy = page.getByRole('button', { name: '复制' })
    await expect(copy).toBeVisible()
    const fits = await copy.evaluate((el) => {
      const e = el as unknown as { scrollWidth: number; clientWidth: number; innerText: string }
      return { text: e.innerText, whole: e.scrollWidth <= e.clientWidth }
    })
    expect(fits).toEqual({ text: '复制', whole: true })
    for (const tab of ['按接访领导', '按内容分类', '按时段']) {
      await page.getByRole('tab', { name: tab }).click()
      const table = page.getByRole('table', { name: tab })
      await expect(table).toBeVisible()
      const scroll = await table.evaluate((el) => {
        const box = (
          el as unknown as { parentElement: { scrollWidth: number; clientWidth: number } }
        ).parentElement
        return { scrollWidth: box.scrollWidth, clientWidth: box.clientWidth }
      })
      expect(scroll.scrollWidth).toBeLessThanOrEqual(scroll.clientWidth)
      // The last column header is on the screen, not beyond its right edge.
      const last = table.getByRole('columnheader').last()
      const box = await last.boundingBox()
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(viewport.width)
      await noHorizontalScroll(page)
    }
    await page.getByRole('tab', { name: '按接访领导' }).click()
    await page.screenshot({
      path: join(SHOTS, `reports-columns-${viewport.width}.png`),
      fullPage: true,
    })
  }
})

// Issue 11 item 18: in English the dates name their month (1 Feb 2027, never 1/2/2027), the
// day's sentence is said in English from the figures, and nothing is cut (「Cop」 for Copy).
test('in English the report’s dates are unambiguous and the sentence is English', async ({
  hub,
  page,
}) => {
  const { day, deadline } = await seed(hub)
  const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')
  const english = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number)
    return `${d} ${MONTHS[m! - 1]} ${y}`
  }
  const [, m, d] = hallToday().split('-').map(Number)
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport)
    await page.goto(hub.at(`/reports?day=${day.id}`))
    // The language switch in the header (kept for the next page in localStorage).
    await page.getByText('English', { exact: true }).click()
    const summary = page.getByTestId('tally-summary')
    await expect(summary).toContainText(`${d} ${MONTHS[m! - 1]} county leaders’ reception day`)
    await expect(summary).not.toContainText(/[\u4e00-\u9fff]/)
    const copy = page.getByRole('button', { name: 'Copy' })
    const whole = await copy.evaluate((el) => {
      const e = el as unknown as { scrollWidth: number; clientWidth: number; innerText: string }
      return { text: e.innerText, fits: e.scrollWidth <= e.clientWidth }
    })
    expect(whole).toEqual({ text: 'Copy', fits: true })
    await page.getByRole('tab', { name: 'Assigned (1)' }).click()
    await expect(page.getByTestId('assigned-matters')).toContainText(english(deadline))
    await expect(page.getByTestId('assigned-matters')).not.toContainText(/\d+\/\d+\/\d{4}/)
    await noHorizontalScroll(page)
    await page.screenshot({ path: join(SHOTS, `reports-en-${viewport.width}.png`), fullPage: true })
  }
})
