import { join } from 'node:path'
import {
  acceptanceNoticeDeadline,
  handlingDeadline,
  promiseWithin,
} from '../../src/shared/cases/deadlines'
import { chineseDate, hallToday, onPaper } from './support/dates'
import { expect, test, type HubProcess } from './support/hub'
import { renderPdf } from './support/pdf'

// Issue 11 item 12: the issuing body and its seal line of the case papers is a setting (信访局,
// 联席会议办公室 or the hall); the commitment is the department's own promise (我单位承诺…); the
// slip's acceptance-notice date and handling deadline are two dates; the A4 report's leader
// table never breaks a title inside a word. PDFs read back with pdftotext.

const SHOTS = '/tmp/shots'

async function assignedCase(hub: HubProcess, promisedDeadline?: string) {
  const departments = await hub.call<{ id: number; name: string }[]>('reference.departments', {})
  const department =
    departments.find((d) => d.name === '县住建局') ??
    (await hub.call<{ id: number }>('reference.createDepartment', { name: '县住建局' }))
  const leaders = await hub.call<{ id: number; name: string }[]>('leader.list', {})
  const day = await hub.call<{ id: number }>('day.get', {})
  const { batchId } = await hub.call<{ batchId: number }>('batch.register', {
    dayId: day.id,
    kind: 'individual',
    headcount: 1,
    members: [{ name: '张三丰' }],
    summary: '宅基地审批两年未办理',
    tableNo: 1,
  })
  await hub.call('queue.callNext', { dayId: day.id, tableNo: 1, batchId })
  await hub.call('queue.start', { batchId })
  const recorded = await hub.call<{ cases: { caseId: number; caseNo: string }[] }>(
    'outcome.record',
    {
      batchId,
      decision: '交县住建局限期办理并答复',
      matters: [
        {
          summary: '宅基地审批',
          nature: 'appeal',
          outcome: 'assigned',
          departmentId: department.id,
          ownerLeaderId: leaders[0]?.id,
          ...(promisedDeadline ? { promisedDeadline } : {}),
        },
      ],
    },
  )
  return recorded.cases[0]!
}

test('the case papers name the issuing body of the settings; the commitment is the department’s promise', async ({
  hub,
  page,
}) => {
  const today = hallToday()
  await hub.call('reference.importTownships', { countyCode: '330726' })
  await hub.call('reference.updateSettings', { hallName: '浦江县人民来访接待中心' })
  await hub.call('leader.create', { name: '王建国', title: '县委书记' })
  const leaders = await hub.call<{ id: number }[]>('leader.list', {})
  await hub.call('day.plan', {
    date: today,
    place: '县人民来访接待中心',
    duties: [{ leaderId: leaders[0]?.id, tableNo: 1, isLead: true }],
  })

  // The setting, chosen on the settings page.
  for (const [viewport, before] of [
    [{ width: 1366, height: 768 }, '接待中心：浦江县人民来访接待中心'],
    [{ width: 1920, height: 1080 }, '信访局：浦江县信访局'],
  ] as const) {
    await page.setViewportSize(viewport)
    await page.goto(hub.at('/settings?tab=basic'))
    const issuer = page.getByRole('textbox', { name: '出具文书的机关' })
    await expect(issuer).toHaveValue(before)
    await issuer.click()
    await page.getByRole('option', { name: '信访局：浦江县信访局' }).click()
    await expect(issuer).toHaveValue('信访局：浦江县信访局')
    const save = page.getByRole('button', { name: '保存设置' })
    await expect(save).toBeInViewport()
    await page.screenshot({ path: join(SHOTS, `settings-issuer-${viewport.width}.png`) })
    await save.click()
    await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible()
  }
  const settings = await hub.call<{ issuingBody: string }>('reference.settings')
  expect(settings.issuingBody).toBe('bureau')

  // The slip: headed and sealed by the bureau; notice and deadline two dates.
  const statute = await assignedCase(hub)
  const slip = await renderPdf(
    page,
    hub.at(`/print/case/${statute.caseId}/slip?issue=1`),
    'slip-bureau.pdf',
  )
  expect(slip.flat).toContain('浦江县信访局')
  expect(slip.flat).toContain('浦江县信访局（盖章）')
  expect(slip.flat).not.toContain('接待中心（盖章）')
  expect(slip.flat).toContain(`告知期限${onPaper(today, acceptanceNoticeDeadline(today).date)}前`)
  expect(slip.flat).toContain(`办结期限${onPaper(today, handlingDeadline(today).date)}前`)
  expect(acceptanceNoticeDeadline(today).date).not.toBe(handlingDeadline(today).date)

  // The commitment: the department promises in its own name and seals it.
  const commitment = await renderPdf(
    page,
    hub.at(`/print/case/${statute.caseId}/commitment?issue=1`),
    'commitment-bureau.pdf',
  )
  expect(commitment.flat).toContain('交由我单位（县住建局）办理。我单位承诺如下：')
  expect(commitment.flat).toContain('二、责任主体：由我单位负责办理，包案领导王建国县委书记督办。')
  expect(commitment.flat).toContain(
    `三、办结时限：我单位于${onPaper(today, handlingDeadline(today).date)}前办结`,
  )
  expect(commitment.flat).toContain('承诺单位：县住建局（盖章）')
  expect(commitment.flat).not.toContain('责任单位：县住建局')

  // A promise sooner than the acceptance notice: the notice goes with the reply, not after it.
  const promised = promiseWithin(today, 7)
  const soon = await assignedCase(hub, promised)
  const soonSlip = await renderPdf(
    page,
    hub.at(`/print/case/${soon.caseId}/slip?issue=1`),
    'slip-soon.pdf',
  )
  expect(soonSlip.flat).toContain(`告知期限${onPaper(today, promised)}前`)
  expect(soonSlip.flat).toContain('可与办结答复一并告知')
  expect(soonSlip.flat).not.toContain(chineseDate(acceptanceNoticeDeadline(today).date))

  // The joint conference office, set through the API: the papers follow.
  await hub.call('reference.updateSettings', {
    hallName: '浦江县人民来访接待中心',
    issuingBody: 'jointOffice',
  })
  const third = await assignedCase(hub)
  const office = await renderPdf(
    page,
    hub.at(`/print/case/${third.caseId}/slip?issue=1`),
    'slip-office.pdf',
  )
  expect(office.flat).toContain('浦江县信访工作联席会议办公室（盖章）')
  // A paper printed before the change reprints as it was.
  const again = await renderPdf(
    page,
    hub.at(`/print/case/${statute.caseId}/slip?issue=1`),
    'slip-again.pdf',
  )
  expect(again.flat).toContain('浦江县信访局（盖章）')

  // The A4 report: 「县委书记」 on one line in the leader table.
  const day = await hub.call<{ id: number }>('day.get', {})
  const report = await renderPdf(page, hub.at(`/print/report/${day.id}`), 'report-titles.pdf')
  expect(report.text).toMatch(/县委书记/)
  expect(report.text).not.toMatch(/县委书\s*\n/)
})
