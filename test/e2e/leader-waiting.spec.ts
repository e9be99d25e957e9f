import { join } from 'node:path'
import { hallToday } from './support/dates'
import { expect, test } from './support/hub'

// Issue 11, item 8: a group's headcount is never cut off the waiting list; the receiving
// table sees where a transferred batch came from and why; a wait estimated from a single
// session says it is a rough guess.

test('the leader’s waiting list keeps the headcount, shows transfers and hedges the estimate', async ({
  hub,
  browser,
}) => {
  const wang = await hub.call<{ id: number }>('leader.create', { name: '王建国', title: '县长' })
  const li = await hub.call<{ id: number }>('leader.create', { name: '李秀英', title: '副县长' })
  const day = await hub.call<{ id: number }>('day.plan', {
    date: hallToday(),
    place: '县人民来访接待中心',
    duties: [
      { leaderId: wang.id, tableNo: 1, isLead: true },
      { leaderId: li.id, tableNo: 2 },
    ],
  })
  const register = (members: { name: string }[], headcount: number, tableNo: number) =>
    hub.call<{ batchId: number }>('batch.register', {
      dayId: day.id,
      kind: headcount > 1 ? 'group' : 'individual',
      headcount,
      members,
      summary: '征地补偿款未到位',
      tableNo,
    })
  // One session seen at table 2: the only basis of its estimate.
  const first = await register([{ name: '赵六' }], 1, 2)
  await hub.call('queue.callNext', { dayId: day.id, tableNo: 2, batchId: first.batchId })
  await hub.call('queue.start', { batchId: first.batchId })
  await hub.call('outcome.record', {
    batchId: first.batchId,
    decision: '当场答复',
    matters: [{ summary: '征地补偿', nature: 'appeal', outcome: 'explained' }],
  })
  const names = ['张三丰', '李四海', '王五岳', '赵六合', '钱七星'].map((name) => ({ name }))
  await register(names, 12, 2)
  const moved = await register([{ name: '孙八一' }], 1, 1)
  await hub.call('queue.transfer', {
    batchId: moved.batchId,
    toTableNo: 2,
    reason: '涉及征地，由分管副县长接待',
  })

  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(hub.at('/leader/2'))
  const waiting = page.getByRole('region', { name: '等候中' })
  const group = waiting.locator('[data-ticket="002"]')
  await expect(group.getByText('12 人', { exact: true })).toBeInViewport()
  const box = await group.getByText('12 人', { exact: true }).boundingBox()
  const row = await group.boundingBox()
  expect(box && row && box.x + box.width <= row.x + row.width).toBe(true)
  await expect(waiting.locator('[data-ticket="003"]')).toContainText(
    '由 1 号桌转来：涉及征地，由分管副县长接待',
  )
  await expect(waiting).toContainText('仅有 1 次接待可参考')
  await expect(waiting).toContainText('仅供参考')
  await page.screenshot({ path: join('/tmp/shots', 'leader-waiting-1280.png') })

  // Called in front of the table, the transfer is still said.
  await hub.call('queue.callNext', { dayId: day.id, tableNo: 2, batchId: moved.batchId })
  await expect(page.getByTestId('transferred-from')).toContainText('由 1 号桌转来')
  await page.close()
})
