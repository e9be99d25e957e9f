import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type HubProcess } from './support/hub'
import { shoot } from './support/shots'

// The petitioner's query code at the hall's kiosk and a leader's own cases (issue 14, items 9
// and 7), through the screens: the query page shows a case's progress for the right code and
// last digits and nothing for wrong ones, and takes a rating; a leader sees the cases they own.
// Screenshots in /work/shots/kiosk/.

const SHOTS = '/work/shots/kiosk'

interface Id {
  id: number
}

/** A reception day on the hub's today: two leaders, one petitioner's visit concluded with one
 * assigned matter (owned by table 1's leader), and a second one still waiting. */
async function hallWithCase(hub: HubProcess) {
  const leaders = [
    (await hub.call<Id>('leader.create', { name: '王建国', title: '县长' })).id,
    (await hub.call<Id>('leader.create', { name: '李秀英', title: '副县长' })).id,
  ]
  const department = (await hub.call<Id>('reference.createDepartment', { name: '县住建局' })).id
  const { today } = await hub.call<{ today: string }>('followUp.workList')
  const day = await hub.call<Id>('day.plan', {
    date: today,
    place: '县人民来访接待中心',
    duties: leaders.map((leaderId, i) => ({ leaderId, tableNo: i + 1, isLead: i === 0 })),
  })
  const batch = await hub.call<{ batchId: number; queryCode: string }>('batch.register', {
    dayId: day.id,
    kind: 'individual',
    headcount: 1,
    members: [{ name: '陈美华', phone: '13912345678' }],
    nature: 'appeal',
    summary: '小区电梯加装补贴迟迟未发放',
    tableNo: 1,
  })
  await hub.call('queue.callNext', { dayId: day.id, tableNo: 1, batchId: batch.batchId })
  await hub.call('queue.start', { batchId: batch.batchId, tableNo: 1 })
  const recorded = await hub.call<{ cases: { caseId: number; caseNo: string }[] }>(
    'outcome.record',
    {
      batchId: batch.batchId,
      decision: '交县住建局限期办理',
      matters: [
        {
          summary: '电梯加装补贴',
          nature: 'appeal',
          outcome: 'assigned',
          departmentId: department,
        },
      ],
    },
  )
  const kase = recorded.cases[0]
  if (!kase) throw new Error('no case')
  return { today, queryCode: batch.queryCode, ...kase }
}

test('the query page shows a case’s progress for the right code and digits only, and takes a rating', async ({
  hub,
  page,
}) => {
  const kase = await hallWithCase(hub)
  await hub.call('followUp.step', { kind: 'notice', caseId: kase.caseId })
  await hub.call('followUp.step', {
    kind: 'reply',
    caseId: kase.caseId,
    content: '补贴已于本月发放到户',
    delivery: 'phone',
  })

  await page.goto(hub.at('/kiosk'))
  const code = page.getByLabel('查询码')
  const digits = page.getByLabel('手机号或身份证号后 4 位')
  await expect(code).toBeVisible()
  // No way to another screen.
  await expect(page.getByRole('link')).toHaveCount(0)
  await expect(page.getByRole('navigation')).toHaveCount(0)
  await shoot(page, join(SHOTS, 'query'))

  // Wrong digits, then a wrong code: the same answer, and nothing of the case.
  await code.fill(kase.queryCode)
  await digits.fill('1234')
  await page.getByRole('button', { name: '查询' }).click()
  const wrong = page.getByRole('alert')
  await expect(wrong).toContainText('查询码或号码后 4 位不正确')
  const wrongDigitsText = (await wrong.textContent())?.replace(/\d+ 次/, '')
  await code.fill('ZZZZZZZZ22')
  await digits.fill('5678')
  await page.getByRole('button', { name: '查询' }).click()
  await expect(wrong).toContainText('还可再试 3 次')
  expect((await wrong.textContent())?.replace(/\d+ 次/, '')).toBe(wrongDigitsText)
  await expect(page.getByTestId('kiosk-case')).toHaveCount(0)
  await expect(page.getByText(kase.caseNo)).toHaveCount(0)
  await shoot(page, join(SHOTS, 'wrong'), [{ width: 1366, height: 768 }])

  // The right code, as the receipt's QR scans it, and the phone's last 4 digits.
  await code.fill(`JFR:${kase.queryCode}`)
  await digits.fill('5678')
  await page.getByRole('button', { name: '查询' }).click()
  const card = page.getByTestId('kiosk-case')
  await expect(card).toHaveCount(1)
  await expect(page.getByTestId('kiosk-state')).toHaveText('已答复')
  await expect(page.getByTestId('kiosk-department')).toHaveText('县住建局')
  await expect(card).toContainText(kase.caseNo)
  const body = (await page.locator('body').textContent()) ?? ''
  for (const secret of ['陈美华', '13912345678', '电梯加装补贴', '王建国'])
    expect(body).not.toContain(secret)
  await shoot(page, join(SHOTS, 'progress'))

  await page.getByRole('button', { name: '基本满意' }).click()
  await expect(page.getByRole('status')).toContainText('感谢您的评价')
  await expect(page.getByTestId('kiosk-rating')).toContainText('您已评价：基本满意')
  await expect(page.getByRole('button', { name: '满意', exact: true })).toHaveCount(0)
  await shoot(page, join(SHOTS, 'rated'))

  const log = await hub.call<{ entries: { kind: string; data: Record<string, unknown> }[] }>(
    'followUp.log',
    { caseId: kase.caseId },
  )
  expect(log.entries.map((e) => e.kind)).toEqual(['notice', 'reply', 'rating'])
  expect(log.entries.at(-1)?.data['satisfaction']).toBe('basically_satisfied')

  // 结束查询 clears the page for the next petitioner.
  await page.getByRole('button', { name: '结束查询' }).click()
  await expect(code).toHaveValue('')
  await expect(page.getByTestId('kiosk-case')).toHaveCount(0)
})

test('a leader sees the cases they own, with clock and next step', async ({ hub, page }) => {
  const kase = await hallWithCase(hub)
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(hub.at('/leader/1'))
  const open = page.getByRole('button', { name: '我的包案（1）' })
  await expect(open).toBeVisible()
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: join(SHOTS, 'leader-screen-1280.png') })
  await open.click()
  const drawer = page.getByRole('dialog')
  await expect(drawer).toContainText('王建国 包案事项')
  const row = drawer.getByTestId('owned-case')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(kase.caseNo)
  await expect(row).toContainText('已受理')
  await expect(row).toContainText('县住建局')
  await expect(row).toContainText(/\d+ 个工作日/)
  await expect(row).toContainText('受理告知')
  await expect(drawer).not.toContainText('陈美华')
  await page.waitForTimeout(300)
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: join(SHOTS, 'leader-owned-1280.png') })

  // Table 2's leader owns none of it.
  await page.goto(hub.at('/leader/2'))
  await expect(page.getByRole('button', { name: '我的包案（0）' })).toBeVisible()
})
