import { expect, test } from './support/hub'

test('a registration at the desk appears live on the leader screen of its table', async ({
  hub,
  browser,
}) => {
  const desk = await (await browser.newContext()).newPage()
  await desk.goto(hub.at('/desk'))
  await expect(desk.getByRole('status').filter({ hasText: '已连接' })).toBeVisible()

  // Plan today with two leaders at tables 1 and 2.
  for (const [name, title] of [
    ['王建国', '县长'],
    ['李秀英', '副县长'],
  ] as const) {
    await desk.getByLabel('新领导姓名').fill(name)
    await desk.getByLabel('职务').fill(title)
    await desk.getByRole('button', { name: '新增领导' }).click()
    await expect(desk.getByLabel('新领导姓名')).toHaveValue('')
  }
  await desk.getByRole('button', { name: '保存安排' }).click()
  await expect(desk.getByRole('heading', { name: '来访登记' })).toBeVisible()

  // The leader at table 1 watches from a second browser.
  const leader = await (
    await browser.newContext({ viewport: { width: 1280, height: 800 } })
  ).newPage()
  await leader.goto(hub.at('/leader/1'))
  await expect(leader.getByRole('heading', { name: '1 号接待桌' })).toBeVisible()
  await expect(leader.getByText('王建国')).toBeVisible()
  await leader.evaluate(() => ((globalThis as unknown as { marker: number }).marker = 42))

  await desk.getByLabel('姓名').fill('张三丰')
  await desk.getByLabel('联系电话').fill('13812345678')
  await desk.getByLabel('诉求摘要').fill('宅基地审批两年未办理')
  await desk.getByRole('button', { name: '登记并取号' }).click()
  await expect(desk.getByRole('status').filter({ hasText: '001 号' })).toContainText('1 号接待桌')

  const waiting = leader.getByRole('region', { name: '等候中' })
  await expect(waiting.getByText('001')).toBeVisible()
  await expect(waiting.getByText('张**')).toBeVisible()
  expect(await leader.evaluate(() => (globalThis as unknown as { marker?: number }).marker)).toBe(
    42,
  )
  await expect(leader.locator('body')).not.toContainText('13812345678')
})
