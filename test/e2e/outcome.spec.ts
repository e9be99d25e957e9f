import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { handlingDeadline, promiseWithin } from '../../src/shared/cases/deadlines'
import { chineseDate, daysFrom, hallToday, onPaper } from './support/dates'
import { expect, test, type HubProcess } from './support/hub'
import { MM, pageSize, renderPdf } from './support/pdf'

// Deciding at the table: a batch concluded with two matters through the leader screen, the
// case slip and the closure commitment rendered to PDF by Chromium and read back with poppler
// (PNGs land in /tmp/shots for a look), an accusation's slip without the accuser, and an
// amendment that voids the papers printed before it.

const SHOTS = '/tmp/shots'

interface Leader {
  id: number
}
interface Department {
  id: number
  name: string
}
interface RecordedOutcome {
  cases: { caseId: number; caseNo: string; outcome: string; deadline: string | null }[]
}
interface CaseDetail {
  caseId: number
  caseNo: string
  documents: { documentId: number; kind: string; superseded: boolean; reprintOf: number | null }[]
}

async function seedHall(hub: HubProcess) {
  await hub.call('reference.updateSettings', {
    hallName: '浦江县人民来访接待中心',
    hallPhone: '0579-84123456',
  })
  const land = await hub.call<Department>('reference.createDepartment', { name: '县自然资源局' })
  const labour = await hub.call<Department>('reference.createDepartment', { name: '县人力社保局' })
  const discipline = await hub.call<Department>('reference.createDepartment', {
    name: '县纪委监委',
  })
  const wang = await hub.call<Leader>('leader.create', { name: '王建国', title: '县长' })
  const li = await hub.call<Leader>('leader.create', { name: '李秀英', title: '副县长' })
  const day = await hub.call<{ id: number; date: string }>('day.plan', {
    date: hallToday(),
    place: '县人民来访接待中心',
    duties: [
      { leaderId: wang.id, tableNo: 1, isLead: true },
      { leaderId: li.id, tableNo: 2 },
    ],
  })
  return { day, land, labour, discipline }
}

/** Registers a batch at a table and brings it into session through the queue's procedures. */
async function inSession(
  hub: HubProcess,
  dayId: number,
  tableNo: number,
  batch: Record<string, unknown>,
): Promise<{ batchId: number; ticket: string }> {
  const registered = await hub.call<{ batchId: number; ticket: string }>('batch.register', {
    dayId,
    kind: 'individual',
    headcount: 1,
    tableNo,
    ...batch,
  })
  await hub.call('queue.callNext', { dayId, tableNo, batchId: registered.batchId })
  await hub.call('queue.start', { batchId: registered.batchId, tableNo })
  return registered
}

test('the leader concludes a batch with two matters; slip and commitment print on A4', async ({
  hub,
  page,
}) => {
  const { day } = await seedHall(hub)
  const { ticket } = await inSession(hub, day.id, 1, {
    members: [{ name: '张三丰', idNumber: '11010519491231002X', phone: '13812345678' }],
    summary: '宅基地审批两年未办理；工资拖欠三个月',
  })

  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(hub.at('/leader/1'))
  await page.getByRole('button', { name: '记录处理结果' }).click()
  const dialog = page.getByRole('dialog', { name: '记录处理结果' })
  await expect(dialog).toContainText(`${ticket} 号 · 张** · 1 人`)

  await dialog
    .getByRole('textbox', { name: '处理意见', exact: true })
    .fill(
      '工资问题由县人力社保局当场协调，用人单位承诺本周内支付；宅基地审批交县自然资源局限期办理并答复。',
    )
  await dialog.getByRole('textbox', { name: '参加会商单位' }).click()
  await page.getByRole('option', { name: '县人力社保局' }).click()
  await page.getByRole('option', { name: '县自然资源局' }).click()
  await page.keyboard.press('Escape')

  // Matter 1 starts from the registration: assigned, to a department, promised in 30 days.
  const first = dialog.getByRole('group', { name: '事项 1' })
  await first.getByLabel('事项内容').fill('宅基地审批两年未办理')
  await expect(first.getByRole('radio', { name: '交办' })).toBeChecked()
  await first.getByRole('textbox', { name: '责任单位' }).fill('自然资源')
  await page.getByRole('option', { name: '县自然资源局' }).click()
  await first.getByRole('button', { name: '30 日内' }).click()
  const promised = promiseWithin(day.date, 30)
  await expect(first.getByLabel('承诺办结日期（可早于法定期限）')).toHaveValue(promised)
  await expect(first).toContainText(`法定期限：${chineseDate(handlingDeadline(day.date).date)}`)

  // Matter 2: resolved on the spot.
  await dialog.getByRole('button', { name: '增加一个事项' }).click()
  const second = dialog.getByRole('group', { name: '事项 2' })
  await second.getByLabel('事项内容').fill('工资拖欠三个月')
  await second.getByRole('radio', { name: '当场解决' }).check()
  await expect(second.getByRole('textbox', { name: '责任单位' })).toHaveCount(0)

  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: join(SHOTS, 'outcome-form-1280x800.png') })
  await dialog.getByRole('button', { name: '办结本批次' }).click()
  await expect(dialog.getByRole('status')).toContainText(`${ticket} 号已办结，形成信访事项 2 件`)
  const stamp = day.date.replaceAll('-', '')
  const assignedNo = `JF${stamp}-${ticket}-1`
  const onSpotNo = `JF${stamp}-${ticket}-2`
  const cases = dialog.getByRole('region', { name: '形成的信访事项' })
  await expect(cases.locator(`[data-case-no="${assignedNo}"]`)).toContainText('交办')
  await expect(cases.locator(`[data-case-no="${assignedNo}"]`)).toContainText('县自然资源局')
  await expect(cases.locator(`[data-case-no="${onSpotNo}"]`)).toContainText('当场解决')
  await expect(cases.getByRole('button', { name: `打印交办单 ${onSpotNo}` })).toHaveCount(0)
  await expect(cases.getByRole('button', { name: `打印交办单 ${assignedNo}` })).toBeVisible()
  await page.screenshot({ path: join(SHOTS, 'outcome-recorded-1280x800.png') })
  // The batch left the table; the form stays for the printing.
  await expect(page.getByRole('button', { name: '记录处理结果' })).toBeDisabled()

  const list = await hub.call<{ rows: { caseId: number; caseNo: string }[] }>('case.list', {
    state: 'all',
  })
  const assigned = list.rows.find((r) => r.caseNo === assignedNo)!

  // The case slip, as it goes to the department: recorded, then rendered from the record.
  const slip = await renderPdf(
    page,
    hub.at(`/print/case/${assigned.caseId}/slip?issue=1`),
    'case-slip.pdf',
  )
  expect(slip.flat).toContain('浦江县人民来访接待中心')
  expect(slip.flat).toContain('信访事项交办单')
  expect(slip.flat).toContain(`编号：${assignedNo}`)
  expect(slip.flat).toContain('县自然资源局：')
  expect(slip.flat).toContain('宅基地审批两年未办理')
  expect(slip.flat).toContain(`${onPaper(day.date, promised)}前`)
  expect(slip.flat).toContain('接访领导承诺期限')
  expect(slip.flat).toContain('王建国县长')
  expect(slip.flat).toContain('张**')
  expect(slip.flat).not.toContain('张三丰')
  expect(slip.flat).not.toContain('13812345678')
  expect(slip.flat).toContain('签收人：')
  expect(slip.flat).toContain('签收时间：')
  expect(slip.info).toMatch(/Pages:\s+1\n/)
  expect(pageSize(slip.info).width).toBeCloseTo(210 * MM, 0)
  expect(pageSize(slip.info).height).toBeCloseTo(297 * MM, 0)

  const commitment = await renderPdf(
    page,
    hub.at(`/print/case/${assigned.caseId}/commitment?issue=1`),
    'commitment.pdf',
  )
  expect(commitment.flat).toContain('限期办结承诺书')
  expect(commitment.flat).toContain(`编号：${assignedNo}`)
  expect(commitment.flat).toContain('县自然资源局')
  expect(commitment.flat).toContain(`三、办结时限：我单位于${onPaper(day.date, promised)}前办结`)
  for (const line of ['责任单位负责人（签字）：', '包案领导（签字）：', '信访人（签字）：'])
    expect(commitment.flat).toContain(line)
  expect(commitment.info).toMatch(/Pages:\s+1\n/)
  // The three signature lines start at the same place and are equally long.
  const lines = page.getByTestId('signature-lines').locator('.line')
  await expect(lines).toHaveCount(3)
  const boxes = await lines.evaluateAll((els) =>
    els.map((el) => {
      const r = (
        el as unknown as { getBoundingClientRect(): { x: number; width: number } }
      ).getBoundingClientRect()
      return [Math.round(r.x), Math.round(r.width)]
    }),
  )
  expect(new Set(boxes.map((b) => b.join())).size).toBe(1)

  // Both prints are archived with the case.
  const detail = await hub.call<CaseDetail>('case.get', { caseId: assigned.caseId })
  expect(detail.documents.map((d) => d.kind).sort()).toEqual(['commitment', 'slip'])
})

test('an accusation’s slip never names the accuser; a not-accepted matter gets its written notice', async ({
  hub,
  page,
}) => {
  const { day, discipline } = await seedHall(hub)
  const { batchId } = await inSession(hub, day.id, 2, {
    nature: 'accusation',
    members: [{ name: '欧阳明远', idNumber: '440524188001010014', phone: '13912345678' }],
    summary: '反映某村主任侵占集体土地补偿款',
  })
  const recorded = await hub.call<RecordedOutcome>('outcome.record', {
    batchId,
    decision: '劳动合同纠纷属劳动争议，引导依法申请劳动仲裁。',
    matters: [
      {
        summary: '反映某村主任侵占集体土地补偿款',
        nature: 'accusation',
        // Beside another matter, an accusation keeps its own decision.
        decision: '交县纪委监委依规依纪依法处理。',
        outcome: 'assigned',
        departmentId: discipline.id,
      },
      {
        summary: '与用人单位的劳动合同纠纷',
        nature: 'appeal',
        outcome: 'not_accepted',
        channel: 'labour_arbitration',
        channelNote: '向浦江县劳动人事争议仲裁委员会申请仲裁',
      },
    ],
  })
  const [accusation, notAccepted] = recorded.cases
  const slip = await renderPdf(
    page,
    hub.at(`/print/case/${accusation!.caseId}/slip`),
    'accusation-slip.pdf',
  )
  expect(slip.flat).toContain('县纪委监委：')
  expect(slip.flat).toContain('检举控告人信息依法保密，不予提供')
  expect(slip.flat).toContain('不得将检举控告材料及检举控告人信息透露或者转给被检举控告人')
  for (const secret of ['欧阳明远', '欧***', '13912345678', '440524188001010014'])
    expect(slip.flat).not.toContain(secret)
  expect(slip.flat).toContain('交县纪委监委依规依纪依法处理。')
  expect(slip.flat).not.toContain('劳动')
  // The department's date to object by counts 5 working days (chinese-days).
  expect(slip.flat).toMatch(/于\d{4}年\d{1,2}月\d{1,2}日前（5个工作日内）/)

  const commitment = await renderPdf(
    page,
    hub.at(`/print/case/${accusation!.caseId}/commitment`),
    'accusation-commitment.pdf',
  )
  expect(commitment.flat).toContain('检举控告人于')
  expect(commitment.flat).not.toContain('欧阳')
  expect(commitment.flat).not.toContain('信访人（签字）')

  // Handed to the petitioner: addressed to them, naming the lawful channel.
  const notice = await renderPdf(
    page,
    hub.at(`/print/case/${notAccepted!.caseId}/notice`),
    'notice.pdf',
  )
  expect(notice.flat).toContain('信访事项不予受理告知书')
  expect(notice.flat).toContain('欧阳明远：')
  expect(notice.flat).toContain('劳动人事争议仲裁')
  expect(notice.flat).toContain('向浦江县劳动人事争议仲裁委员会申请仲裁')
  expect(notice.info).toMatch(/Pages:\s+1\n/)
})

test('cases are listed by deadline with the overdue highlighted, amended with a reason, and a superseded print says so', async ({
  hub,
  page,
}) => {
  const { day, land } = await seedHall(hub)
  const { batchId } = await inSession(hub, day.id, 1, {
    members: [{ name: '张三丰' }],
    summary: '宅基地审批；道路硬化',
  })
  const recorded = await hub.call<RecordedOutcome>('outcome.record', {
    batchId,
    decision: '交县自然资源局办理',
    matters: [
      {
        summary: '宅基地审批两年未办理',
        nature: 'appeal',
        outcome: 'assigned',
        departmentId: land.id,
      },
      { summary: '村道硬化', nature: 'suggestion', outcome: 'assigned', departmentId: land.id },
    ],
  })
  const [first, second] = recorded.cases
  // The first case's slip is printed before the amendment.
  const printed = await hub.call<{ documentId: number; outcomeId: number }>('case.issueDocument', {
    caseId: first!.caseId,
    kind: 'slip',
    outcomeId: (await hub.call<{ outcomeId: number }>('case.slip', { caseId: first!.caseId }))
      .outcomeId,
  })
  // The second is made overdue (as if its deadline had passed).
  const db = new Sqlite(hub.dbFile)
  db.pragma('busy_timeout = 5000')
  db.prepare('update petition_case set deadline = ? where id = ?').run(
    daysFrom(day.date, -2),
    second!.caseId,
  )
  db.close()

  await page.goto(hub.at('/cases'))
  await expect(page.getByTestId('case-counts')).toHaveText('办理中 2 件，其中超期 1 件')
  const overdueRow = page.locator(`tr[data-case-no="${second!.caseNo}"]`)
  await expect(overdueRow).toHaveAttribute('data-overdue', 'true')
  await expect(overdueRow).toContainText('超期 2 天')
  await page.screenshot({ path: join(SHOTS, 'cases.png') })
  await page.getByText('已超期', { exact: true }).click()
  await expect(page.locator('tbody tr')).toHaveCount(1)
  await page.getByText('全部', { exact: true }).last().click()

  await page.getByRole('button', { name: `查看 ${first!.caseNo}` }).click()
  const drawer = page.getByRole('dialog', { name: first!.caseNo })
  await expect(drawer.getByRole('list', { name: '处理记录' })).toContainText('县自然资源局')
  await drawer.getByRole('button', { name: '更正处理结果' }).click()
  const amend = page.getByRole('dialog', { name: `更正 ${first!.caseNo} 的处理结果` })
  await amend.getByLabel('更正原因').fill('责任单位选错，应由县人力社保局办理')
  await amend.getByRole('textbox', { name: '处理意见', exact: true }).fill('交县人力社保局办理')
  await amend.getByRole('textbox', { name: '责任单位' }).fill('人力')
  await page.getByRole('option', { name: '县人力社保局' }).click()
  await amend.getByRole('button', { name: '保存更正' }).click()
  await expect(amend).toHaveCount(0)
  const history = drawer.getByRole('list', { name: '处理记录' })
  await expect(history.getByRole('listitem')).toHaveCount(2)
  await expect(history.getByRole('listitem').first()).toContainText('现行')
  await expect(history.getByRole('listitem').first()).toContainText('县人力社保局')
  await expect(history.getByRole('listitem').first()).toContainText(
    '更正原因：责任单位选错，应由县人力社保局办理',
  )
  await expect(history.getByRole('listitem').last()).toContainText('已更正')
  await page.screenshot({ path: join(SHOTS, 'case-detail.png') })
  const documents = drawer.getByRole('table', { name: '文书' })
  await expect(documents.locator(`tr[data-document-id="${printed.documentId}"]`)).toContainText(
    '已作废',
  )

  // Reprinting the old slip gives the same paper, marked void.
  const reprint = await renderPdf(
    page,
    hub.at(`/print/document/${printed.documentId}?issue=1`),
    'superseded-slip.pdf',
  )
  expect(reprint.flat).toContain('本文书已作废')
  expect(reprint.flat).toContain('县自然资源局：')
  expect(reprint.flat).toContain('第2次打印（补打）')
  const detail = await hub.call<CaseDetail>('case.get', { caseId: first!.caseId })
  expect(detail.documents[0]).toMatchObject({ reprintOf: printed.documentId, superseded: true })
})
