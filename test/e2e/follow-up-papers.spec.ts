import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { isProvisional } from '../../src/shared/cases/deadlines'
import { onPaper } from './support/dates'
import { expect, test, type HubProcess } from './support/hub'
import { renderPdf } from './support/pdf'
import { step } from './support/followUp'
import { shoot } from './support/shots'

// The follow-up papers and the rates report through the screens (issue 14): staff work one case
// on the follow-up list from the acceptance notice to closure, printing each paper from the step
// where they expect it (受理告知书, 催办单, 延期办理告知书, 信访事项处理意见书), every print archived
// with the case and its PDF read back with pdftotext; an on-the-spot case prints its 现场处理记录;
// the rates report drills down to its cases and prints. Screenshots in /tmp/shots/papers/.

const SHOTS = '/tmp/shots/papers'
const pdfDir = mkdtempSync(join(tmpdir(), 'reception-day-follow-up-papers-'))
/** The first page of each paper as a PNG, for a look. */
const PNG = { shots: SHOTS, resolution: 70, firstPageOnly: true }

interface Id {
  id: number
}
interface Recorded {
  cases: { caseId: number; caseNo: string }[]
}

async function oneCase(hub: HubProcess, outcome: 'assigned' | 'resolved_on_spot', name: string) {
  const today = (await hub.call<{ today: string }>('followUp.workList')).today
  let day = await hub.call<{ id: number } | null>('day.get', { date: today }).catch(() => null)
  const leaders = await hub.call<{ id: number }[]>('leader.list', {})
  if (!day?.id)
    day = await hub.call<Id>('day.plan', {
      date: today,
      place: '县人民来访接待中心',
      duties: [{ leaderId: leaders[0]?.id, tableNo: 1, isLead: true }],
    })
  const departments = await hub.call<{ id: number }[]>('reference.departments', {})
  const batch = await hub.call<{ batchId: number }>('batch.register', {
    dayId: day.id,
    kind: 'individual',
    headcount: 1,
    members: [{ name }],
    nature: 'appeal',
    summary: '宅基地审批两年未办理',
    tableNo: 1,
  })
  await hub.call('queue.callNext', { dayId: day.id, tableNo: 1, batchId: batch.batchId })
  await hub.call('queue.start', { batchId: batch.batchId, tableNo: 1 })
  const recorded = await hub.call<Recorded>('outcome.record', {
    batchId: batch.batchId,
    decision: '交责任单位限期办理',
    matters: [
      {
        summary: '宅基地审批两年未办理',
        nature: 'appeal',
        outcome,
        ...(outcome === 'assigned' ? { departmentId: departments[0]?.id } : {}),
      },
    ],
  })
  const kase = recorded.cases[0]
  if (!kase) throw new Error('no case')
  return { ...kase, today }
}

/** Prints a step's paper from the case log: the print window records it; returns its archive id. */
async function printPaper(page: Page, label: string): Promise<number> {
  const [sheet] = await Promise.all([
    page.context().waitForEvent('page'),
    page
      .getByRole('dialog')
      .getByRole('button', { name: `打印${label}` })
      .last()
      .click(),
  ])
  const marked = sheet.locator('[data-document-id]:not([data-document-id=""])')
  await expect(marked).toBeVisible()
  const id = Number(await marked.getAttribute('data-document-id'))
  await sheet.close()
  return id
}

test('staff print every follow-up paper from its step, and the rates drill down to their cases', async ({
  hub,
  page,
}) => {
  test.setTimeout(240_000)
  // The print window prints by itself; here the browser's dialog is a no-op.
  await page.context().addInitScript(() => {
    ;(globalThis as unknown as { print: () => void }).print = () => undefined
  })
  // The issuing body from the settings: the county's 信访局.
  await hub.call('reference.importTownships', { countyCode: '330726' })
  await hub.call('reference.updateSettings', {
    hallName: '浦江县人民来访接待中心',
    issuingBody: 'bureau',
  })
  await hub.call<Id>('leader.create', { name: '王建国', title: '县长' })
  await hub.call<Id>('reference.createDepartment', { name: '县住建局' })
  const kase = await oneCase(hub, 'assigned', '张三丰')
  const onSpot = await oneCase(hub, 'resolved_on_spot', '李四光')

  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto(hub.at('/followup'))
  const row = page.getByRole('row').filter({ hasText: kase.caseNo })
  await row.getByRole('button', { name: `打开 ${kase.caseNo}` }).click()
  const drawer = page.getByRole('dialog')
  await expect(drawer.getByTestId('follow-up-state')).toHaveText('已受理')

  const papers: Record<string, number> = {}
  await step(page, '受理告知')
  papers['notice'] = await printPaper(page, '受理告知书')
  await step(page, '催办', (form) => form.getByLabel('内容').fill('请于本周内报送办理进展'))
  papers['reminder'] = await printPaper(page, '催办单')
  await step(page, '延期办理', async (form) => {
    await form.getByLabel('理由').fill('需调取历年土地档案')
    await form.getByLabel('批准人').fill('县信访局局长')
    await form.getByLabel('延长天数（1–30）').fill('30')
  })
  papers['extension'] = await printPaper(page, '延期办理告知书')
  await step(page, '答复意见', (form) =>
    form.getByLabel('答复内容').fill('经核查，同意补办宅基地审批手续。'),
  )
  papers['reply'] = await printPaper(page, '信访事项处理意见书')
  await step(page, '回访', async (form) => {
    await form.getByRole('textbox', { name: '满意度' }).click()
    await page.getByRole('option', { name: '满意', exact: true }).click()
  })
  await step(page, '办结')
  await expect(drawer.getByTestId('follow-up-state')).toHaveText('已办结')
  await page.keyboard.press('Escape')

  // The on-the-spot case: its 现场处理记录, what was decided and who was present.
  await page.goto(hub.at('/followup'))
  await page
    .getByRole('row')
    .filter({ hasText: onSpot.caseNo })
    .getByRole('button', { name: `打开 ${onSpot.caseNo}` })
    .click()
  await step(page, '现场处理记录', async (form) => {
    await form.getByLabel('处理结果').fill('当场协调，同意补发拖欠工资')
    await form.getByLabel('在场人员').fill('接访领导王建国、县住建局李某、来访人李四光')
  })
  papers['onSpot'] = await printPaper(page, '现场处理记录')
  await page.keyboard.press('Escape')

  // Each archived paper, rendered to PDF as it was printed, read back.
  const log = await hub.call<{ entries: { kind: string; deadline: string | null }[] }>(
    'followUp.log',
    { caseId: kase.caseId },
  )
  const extended = log.entries.find((e) => e.kind === 'extension')?.deadline ?? ''
  const notice = await renderPdf(
    page,
    hub.at(`/print/document/${papers['notice']}`),
    'notice.pdf',
    PNG,
  )
  expect(notice.flat).toContain('信访事项受理告知书')
  expect(notice.flat).toContain('浦江县信访局（盖章）')
  expect(notice.flat).toContain('张三丰：')
  expect(notice.flat).toContain('交由县住建局办理')
  expect(notice.pages).toBe(1)
  const reminder = await renderPdf(
    page,
    hub.at(`/print/document/${papers['reminder']}`),
    'reminder.pdf',
    PNG,
  )
  expect(reminder.flat).toContain('信访事项催办单')
  expect(reminder.flat).toContain('请于本周内报送办理进展')
  expect(reminder.flat).not.toContain('张三丰')
  expect(reminder.pages).toBe(1)
  const extension = await renderPdf(
    page,
    hub.at(`/print/document/${papers['extension']}`),
    'extension.pdf',
    PNG,
  )
  expect(extension.flat).toContain('信访事项延期办理告知书')
  expect(extension.flat).toContain('需调取历年土地档案')
  expect(extension.flat).toContain('延长30日')
  expect(extension.flat).toContain(onPaper(kase.today, extended))
  expect(extension.pages).toBe(1)
  const opinion = await renderPdf(
    page,
    hub.at(`/print/document/${papers['reply']}`),
    'opinion.pdf',
    PNG,
  )
  expect(opinion.flat).toContain('信访事项处理意见书')
  expect(opinion.flat).toContain('经核查，同意补办宅基地审批手续。')
  expect(opinion.flat).toContain('送达方式：邮寄送达')
  expect(opinion.pages).toBe(1)
  await shoot(page, join(SHOTS, 'paper-opinion'))
  const record = await renderPdf(
    page,
    hub.at(`/print/document/${papers['onSpot']}`),
    'on-spot.pdf',
    PNG,
  )
  expect(record.flat).toContain('信访事项现场处理记录')
  expect(record.flat).toContain('当场协调，同意补发拖欠工资')
  expect(record.flat).toContain('接访领导王建国、县住建局李某、来访人李四光')
  expect(record.pages).toBe(1)
  // Every printed date that is provisional says so: the extended deadline falls in 2027.
  if (isProvisional(kase.today, extended)) expect(extension.flat).toContain('（暂定）')

  // The archive lists them with the case.
  const archived = await hub.call<{ documents: { kind: string }[] }>('case.get', {
    caseId: kase.caseId,
  })
  expect(archived.documents.map((d) => d.kind).sort()).toEqual([
    'acceptance_notice',
    'extension_notice',
    'handling_opinion',
    'reminder_slip',
  ])

  // The rates report: the month's figures, each opening its cases, and the case from there.
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto(hub.at(`/rates?month=${kase.today.slice(0, 7)}`))
  const total = page.getByRole('row').filter({ hasText: '合计' })
  await expect(total).toContainText('1/1')
  await total.getByRole('button', { name: /查看 合计 的满意率事项/ }).click()
  const drill = page.getByTestId('rates-drill')
  await expect(drill.getByText(kase.caseNo)).toBeVisible()
  await shoot(page, join(SHOTS, 'rates-drill'))
  await drill.getByRole('button', { name: `打开 ${kase.caseNo}` }).click()
  await expect(page.getByTestId('follow-up-state').last()).toHaveText('已办结')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('rates-drill')).toHaveCount(0)
  await shoot(page, join(SHOTS, 'rates'))

  // Its exports: the workbook downloaded from the hub and reopened, the A4 report as PDF.
  const month = kase.today.slice(0, 7)
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 Excel' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`三率统计-${month}.xlsx`)
  const file = join(pdfDir, 'rates.xlsx')
  await download.saveAs(file)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer)
  expect(book.worksheets.map((s) => s.name)).toEqual([
    '汇总',
    '按责任单位',
    '按包案领导',
    '按乡镇',
    '按类别',
  ])
  const byDepartment = book.getWorksheet('按责任单位')
  expect(byDepartment?.getRow(2).getCell(1).value).toBe('县住建局')
  // One valid call-back, 满意: 满意率 100%.
  expect(byDepartment?.getRow(2).getCell(2).value).toBe(1)
  const report = await renderPdf(page, hub.at(`/print/rates/${month}`), 'rates-report.pdf', PNG)
  expect(report.flat).toContain('信访事项三率统计')
  expect(report.flat).toContain('按责任单位')
  expect(report.flat).toContain('县住建局')
  expect(report.flat).toContain('满意率')
})
