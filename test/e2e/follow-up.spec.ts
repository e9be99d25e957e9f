import { join } from 'node:path'
import { daysFrom, hallToday } from './support/dates'
import { expect, onEarlierDay, test, type HubProcess } from './support/hub'
import { step } from './support/followUp'
import { shoot } from './support/shots'

// After the day through the screens: staff work one case on the follow-up list from the
// acceptance notice to closure (issue 14), cases of an earlier day fill the list with deadlines
// near and past, and the rates report shows the month. Screenshots in /tmp/shots/follow-up-*.

const SHOTS = '/tmp/shots'

interface Id {
  id: number
}
interface Recorded {
  cases: { caseId: number; caseNo: string }[]
}

/** A reception day on the hub's today, with one batch concluded with one assigned matter each. */
async function dayWithCases(
  hub: HubProcess,
  n: number,
  refs: { leaders: number[]; departments: number[] },
  offset = 0,
) {
  const day = await hub.call<Id>('day.plan', {
    date: (await hub.call<{ today: string }>('followUp.workList')).today,
    place: '县人民来访接待中心',
    duties: refs.leaders.map((leaderId, i) => ({ leaderId, tableNo: i + 1, isLead: i === 0 })),
  })
  const cases: Recorded['cases'] = []
  for (let i = 0; i < n; i += 1) {
    const tableNo = (i % refs.leaders.length) + 1
    const batch = await hub.call<{ batchId: number }>('batch.register', {
      dayId: day.id,
      kind: 'individual',
      headcount: 1,
      members: [{ name: `来访人${offset + i + 1}` }],
      nature: 'appeal',
      summary: `第 ${offset + i + 1} 件反映的问题`,
      tableNo,
    })
    await hub.call('queue.callNext', { dayId: day.id, tableNo, batchId: batch.batchId })
    await hub.call('queue.start', { batchId: batch.batchId, tableNo })
    const recorded = await hub.call<Recorded>('outcome.record', {
      batchId: batch.batchId,
      decision: '交责任单位限期办理',
      matters: [
        {
          summary: `第 ${offset + i + 1} 件事项`,
          nature: 'appeal',
          outcome: 'assigned',
          departmentId: refs.departments[i % refs.departments.length],
        },
      ],
    })
    cases.push(...recorded.cases)
  }
  return cases
}

test('staff take a case from the acceptance notice to closure on the follow-up list', async ({
  hub,
  page,
}) => {
  const leaders = [
    (await hub.call<Id>('leader.create', { name: '王建国', title: '县长' })).id,
    (await hub.call<Id>('leader.create', { name: '李秀英', title: '副县长' })).id,
  ]
  const departments: number[] = []
  for (const name of ['县住建局', '县自然资源局', '县人力社保局'])
    departments.push((await hub.call<Id>('reference.createDepartment', { name })).id)
  const today = hallToday()
  // Cases of days 58 and 20 days ago: deadlines within 3 working days and notices past due.
  for (const [ago, n] of [
    [58, 3],
    [20, 2],
  ] as const)
    await onEarlierDay(hub, daysFrom(today, -ago), (earlier) =>
      dayWithCases(earlier, n, { leaders, departments }, ago),
    )
  const [kase] = await dayWithCases(hub, 1, { leaders, departments }, 100)
  if (!kase) throw new Error('no case')

  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto(hub.at('/followup'))
  await expect(page.getByRole('heading', { name: '后续办理工作台' })).toBeVisible()
  const row = page.getByRole('row').filter({ hasText: kase.caseNo })
  await expect(row).toContainText('待受理告知')
  await expect(page.getByRole('navigation').getByText('6', { exact: true })).toBeVisible()
  await shoot(page, join(SHOTS, 'follow-up-work-list'))

  await page.setViewportSize({ width: 1920, height: 1080 })
  await row.getByRole('button', { name: `打开 ${kase.caseNo}` }).click()
  const drawer = page.getByRole('dialog')
  await expect(drawer.getByTestId('follow-up-state')).toHaveText('已受理')
  await step(page, '受理告知')
  await step(page, '办理情况', (form) => form.getByLabel('内容').fill('已约谈来访人，正在现场核查'))
  await expect(drawer.getByTestId('follow-up-state')).toHaveText('办理中')
  await step(page, '答复意见', (form) =>
    form.getByLabel('答复内容').fill('经核查，已依法处理，答复如下。'),
  )
  await expect(drawer.getByTestId('follow-up-state')).toHaveText('已答复')
  await step(page, '回访', async (form) => {
    await form.getByRole('textbox', { name: '满意度' }).click()
    await page.getByRole('option', { name: '基本满意' }).click()
    await form.getByLabel('来访人意见').fill('处理及时')
  })
  await expect(drawer.getByTestId('follow-up-state')).toHaveText('已回访')
  await step(page, '办结')
  await expect(drawer.getByTestId('follow-up-state')).toHaveText('已办结')
  await shoot(page, join(SHOTS, 'follow-up-case-log'))
  await page.keyboard.press('Escape')
  await expect(page.getByRole('row').filter({ hasText: kase.caseNo })).toHaveCount(0)

  // The case list's 已办结 filter follows the log.
  await page.goto(hub.at('/cases?state=closed'))
  await expect(page.getByRole('row').filter({ hasText: kase.caseNo })).toBeVisible()

  await page.goto(hub.at('/rates'))
  const total = page.getByRole('row').filter({ hasText: '合计' })
  await expect(total).toContainText('1/1')
  await shoot(page, join(SHOTS, 'follow-up-rates'))
})
