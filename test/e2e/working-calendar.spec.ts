import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, startHub, test, type HubProcess } from './support/hub'
import { renderPdf } from './support/pdf'

// Next year's working days without a new release: a case accepted on 14 December 2026 has its
// 60-day deadline on Fri 12 February 2027, provisional (chinese-days 1.5.7 has no 2027), and
// its slip says so. Staff import 2027's arrangement in the settings (a bad file first, refused);
// the deadline moves, the settings list what changed, and the slip printed again is firm.
// The hub's clock is set to that day; the 2027 arrangement is made up for the test.

const SHOTS = '/tmp/shots'
const CLOCK = '2026-12-14T10:00:00+08:00'

const ARRANGEMENT_2027 = [
  '# 2027 年部分节假日安排（测试用的虚构安排）',
  'date,kind,name',
  '2027-01-01,放假,元旦',
  '2027-02-05..2027-02-13,放假,春节',
  '2027-02-14,上班,春节调休',
].join('\n')

async function slipPdf(page: Page, hub: HubProcess, caseId: number, file: string) {
  return (await renderPdf(page, hub.at(`/print/case/${caseId}/slip?issue=1`), file)).flat
}

async function assignedCase(hub: HubProcess) {
  await hub.call('reference.updateSettings', { hallName: '浦江县人民来访接待中心' })
  const land = await hub.call<{ id: number }>('reference.createDepartment', {
    name: '县自然资源局',
  })
  const wang = await hub.call<{ id: number }>('leader.create', { name: '王建国', title: '县长' })
  const day = await hub.call<{ id: number }>('day.plan', {
    date: '2026-12-14',
    place: '县人民来访接待中心',
    duties: [{ leaderId: wang.id, tableNo: 1, isLead: true }],
  })
  const batch = await hub.call<{ batchId: number }>('batch.register', {
    dayId: day.id,
    kind: 'individual',
    headcount: 1,
    tableNo: 1,
    members: [{ name: '张三丰', idNumber: '11010519491231002X', phone: '13812345678' }],
    summary: '宅基地审批两年未办理',
  })
  await hub.call('queue.callNext', { dayId: day.id, tableNo: 1, batchId: batch.batchId })
  await hub.call('queue.start', { batchId: batch.batchId, tableNo: 1 })
  const recorded = await hub.call<{ cases: { caseId: number; caseNo: string }[] }>(
    'outcome.record',
    {
      batchId: batch.batchId,
      decision: '交县自然资源局限期办理并书面答复。',
      matters: [
        {
          summary: '宅基地审批两年未办理',
          nature: 'appeal',
          outcome: 'assigned',
          departmentId: land.id,
        },
      ],
    },
  )
  return recorded.cases[0]!
}

test('entering 2027 in the settings makes the provisional deadline firm, on screen and on the slip', async ({
  page,
}) => {
  const hub = await startHub({ clock: CLOCK })
  try {
    const kase = await assignedCase(hub)
    const before = await slipPdf(page, hub, kase.caseId, 'calendar-slip-provisional.pdf')
    expect(before).toContain('2027年2月12日（暂定）前')
    expect(before).toContain('标“暂定”的日期所在年度节假日安排尚未录入')

    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.goto(hub.at('/settings?tab=calendar'))
    const row2027 = page.getByRole('row', { name: /^2027/ })
    await expect(row2027).toContainText('未收录')
    await expect(page.getByText('目前有 1 件办理中事项的期限为暂定')).toBeVisible()
    await row2027.getByRole('button', { name: '录入 2027 年' }).click()

    // A bad file is refused whole, with its line; nothing is stored.
    const fileInput = page.locator('input[type="file"]')
    await fileInput.setInputFiles({
      name: 'bad-2027.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${ARRANGEMENT_2027}\n2027-05-01,休假,劳动节\n`),
    })
    await expect(page.getByText('已读入 bad-2027.csv')).toBeVisible()
    await page.getByRole('button', { name: '保存 2027 年' }).click()
    await expect(page.getByText('第 6 行的类型“休假”无效')).toBeVisible()
    mkdirSync(SHOTS, { recursive: true })
    await page.screenshot({ path: join(SHOTS, 'settings-calendar-editor-1920x1080.png') })
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.getByRole('button', { name: '保存 2027 年' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, 'settings-calendar-editor-1366x768.png') })
    await page.setViewportSize({ width: 1920, height: 1080 })
    const still = await hub.call<{ years: { year: number; coverage: string }[] }>('calendar.list')
    expect(still.years.find((y) => y.year === 2027)?.coverage).toBe('none')

    await page.getByLabel('依据（通知文号）').fill('测试用虚构通知')
    await fileInput.setInputFiles({
      name: '2027.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(ARRANGEMENT_2027),
    })
    await expect(page.getByText('已读入 2027.csv')).toBeVisible()
    await page.getByRole('button', { name: '保存 2027 年' }).click()

    const report = page.getByRole('status', { name: '期限有变化的事项' })
    await expect(report).toContainText('重新计算 1 件办理中事项的期限')
    const change = report.getByRole('row', { name: new RegExp(kase.caseNo) })
    await expect(change).toContainText('2027年2月12日（暂定）')
    await expect(change).toContainText('2027年2月14日')
    await expect(report).toContainText('1 份已打印文书所载日期已变化，已标记作废')
    await expect(page.getByRole('row', { name: /^2027/ })).toContainText('本机录入')
    await expect(page.getByRole('row', { name: /^2027/ })).toContainText(
      '放假 10 天，调休上班 1 天',
    )
    mkdirSync(SHOTS, { recursive: true })
    await page.screenshot({ path: join(SHOTS, 'settings-calendar-1920x1080.png') })
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.screenshot({ path: join(SHOTS, 'settings-calendar-1366x768.png') })

    // The case list no longer flags it; the slip printed again is a new paper, firm.
    await page.goto(hub.at('/cases'))
    await expect(page.getByRole('row', { name: new RegExp(kase.caseNo) })).toContainText(
      '2027年2月14日',
    )
    await expect(page.getByRole('row', { name: new RegExp(kase.caseNo) })).not.toContainText('暂定')
    const after = await slipPdf(page, hub, kase.caseId, 'calendar-slip-firm.pdf')
    expect(after).toContain('2027年2月14日前')
    expect(after).not.toContain('暂定')
    const detail = await hub.call<{
      documents: { superseded: boolean; reprintOf: number | null }[]
    }>('case.get', { caseId: kase.caseId })
    expect(detail.documents.map((d) => [d.superseded, d.reprintOf])).toEqual([
      [false, null],
      [true, null],
    ])
  } finally {
    await hub.stop()
  }
})
