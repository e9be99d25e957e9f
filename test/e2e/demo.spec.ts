import { expect, test } from './support/hub'

test('an empty hall offers the demo at the desk; taking it opens registration with 4 tables', async ({
  hub,
  page,
}) => {
  await page.goto(hub.at('/desk'))
  await expect(page.getByRole('heading', { name: '安排今天的接访日' })).toBeVisible()
  const offer = page.getByRole('button', { name: '使用演示数据（浦江县）' })
  await expect(offer).toBeVisible()
  // Planning by hand stays available next to it.
  await expect(page.getByRole('button', { name: '保存安排' })).toBeVisible()

  await offer.click()
  await expect(page.getByRole('heading', { name: '来访登记' })).toBeVisible()
  await expect(page.getByText('县人民来访接待中心一楼接待大厅 · 4 张接待桌')).toBeVisible()
  await expect(offer).toBeHidden()

  // The demo's reference data is there for the settings page too.
  await page.goto(hub.at('/settings?tab=townships'))
  await expect(page.getByText('本中心服务：浙江省 金华市 浦江县（330726）')).toBeVisible()
  await expect(page.getByRole('row', { name: /浦阳街道/ })).toBeVisible()
})

test('a hall with leaders is not offered the demo', async ({ hub, page }) => {
  await hub.call('leader.create', { name: '王建国', title: '县长' })
  await page.goto(hub.at('/desk'))
  await expect(page.getByRole('heading', { name: '安排今天的接访日' })).toBeVisible()
  await expect(page.getByRole('button', { name: '保存安排' })).toBeVisible()
  await expect(page.getByRole('button', { name: '使用演示数据（浦江县）' })).toHaveCount(0)
})
