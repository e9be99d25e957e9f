import { mkdirSync } from 'node:fs'
import { expect, test } from './support/hub'

test('settings: import the county’s townships, then add a leader with areas and a liaison township', async ({
  hub,
  page,
}) => {
  await page.goto(hub.at('/settings'))
  await expect(page.getByRole('heading', { name: '设置', level: 2 })).toBeVisible()

  // 乡镇: choose the county by name and import its townships from the division data.
  await page.getByRole('tab', { name: '乡镇' }).click()
  await expect(page.getByText('尚未选择本中心所在的县（市、区）。')).toBeVisible()
  await page.getByRole('textbox', { name: '县（市、区）' }).fill('浦江')
  await page.getByRole('option', { name: '浙江省 金华市 浦江县（330726）' }).click()
  await page.getByRole('button', { name: '导入乡镇' }).click()
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toHaveText(
    /^已导入浦江县的 \d+ 个乡镇（街道）$/,
  )
  await expect(page.getByText('本中心服务：浙江省 金华市 浦江县（330726）')).toBeVisible()
  const townships = page.getByRole('table', { name: '乡镇（街道）名单' })
  for (const name of ['浦阳街道', '黄宅镇', '郑宅镇', '虞宅乡'])
    await expect(townships.getByRole('row', { name: new RegExp(name) })).toBeVisible()

  // 接访领导: name, title, areas (categories) and a liaison township.
  await page.getByRole('tab', { name: '接访领导' }).click()
  await expect(page.getByText('还没有接访领导。')).toBeVisible()
  await page.getByRole('textbox', { name: '姓名' }).fill('王建明')
  await page.getByRole('textbox', { name: '职务' }).fill('县长')
  await page.keyboard.press('Escape') // closes the suggested titles
  await page.getByRole('textbox', { name: '分管领域' }).click()
  await page.getByRole('option', { name: '城乡建设' }).click()
  await page.getByRole('option', { name: '国土资源' }).click()
  await page.keyboard.press('Escape')
  await page.getByRole('textbox', { name: '联系乡镇' }).click()
  await page.getByRole('option', { name: '黄宅镇' }).click()
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: '保存领导' }).click()
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toHaveText('已保存：王建明')

  const leaders = page.getByRole('table', { name: '接访领导名单' })
  const row = leaders.getByRole('row', { name: /王建明/ })
  await expect(row).toContainText('县长')
  await expect(row).toContainText('城乡建设')
  await expect(row).toContainText('国土资源')
  await expect(row).toContainText('黄宅镇')
  // The form is ready for the next leader.
  await expect(page.getByRole('textbox', { name: '姓名' })).toHaveValue('')

  // It is stored: after a reload the list and the townships tab show it.
  await page.reload()
  await expect(leaders.getByRole('row', { name: /王建明/ })).toContainText('黄宅镇')
  await page.getByRole('tab', { name: '乡镇' }).click()
  await expect(townships.getByRole('row', { name: /黄宅镇/ })).toContainText('王建明')

  // Editing: the form is filled with the leader; a second township is added.
  await page.getByRole('tab', { name: '接访领导' }).click()
  await page.getByRole('button', { name: '编辑王建明' }).click()
  await expect(page.getByRole('heading', { name: '编辑接访领导：王建明' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: '姓名' })).toHaveValue('王建明')
  await page.getByRole('textbox', { name: '联系乡镇' }).click()
  await page.getByRole('option', { name: '郑宅镇' }).click()
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: '保存领导' }).click()
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toHaveText('已保存：王建明')
  await expect(leaders.getByRole('row', { name: /王建明/ })).toContainText('郑宅镇')
})

test('settings: departments, categories and the hall’s own settings', async ({ hub, page }) => {
  await page.goto(hub.at('/settings?tab=departments'))
  await page.getByRole('textbox', { name: '单位名称' }).fill('县信访局')
  await page.getByRole('button', { name: '添加单位' }).click()
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible()
  const departments = page.getByRole('table', { name: '责任单位名单' })
  await expect(departments.getByRole('row', { name: /县信访局/ })).toContainText('在用')
  // A duplicate is refused next to the field.
  await page.getByRole('textbox', { name: '单位名称' }).fill('县信访局')
  await page.getByRole('button', { name: '添加单位' }).click()
  await expect(page.getByText('已有名为“县信访局”的单位')).toBeVisible()
  await departments.getByRole('button', { name: '停用县信访局' }).click()
  await expect(departments.getByRole('row', { name: /县信访局/ })).toContainText('已停用')

  // Categories: the three natures are shown, not editable; the subjects come seeded.
  await page.getByRole('tab', { name: '内容分类' }).click()
  for (const nature of ['建议意见类', '检举控告类', '申诉求决类'])
    await expect(page.getByText(nature, { exact: true })).toBeVisible()
  const categories = page.getByRole('table', { name: '按内容分类' })
  await expect(categories.getByRole('row')).toHaveCount(14) // header + 13 seeded
  await categories.getByRole('button', { name: '给其他改名' }).click()
  await page.getByRole('textbox', { name: '其他的新名称' }).fill('其他事项')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(categories.getByRole('row', { name: /其他事项/ })).toBeVisible()

  // 基本设置: a wrong phone is refused next to the field; 已保存 only once saved.
  await page.getByRole('tab', { name: '基本设置' }).click()
  await page.getByRole('textbox', { name: '接待中心名称' }).fill('浦江县人民来访接待中心')
  await page.getByRole('textbox', { name: '接待中心电话' }).fill('12345')
  await page.getByRole('button', { name: '保存设置' }).click()
  await expect(page.getByText('电话号码格式不正确（手机 11 位，或区号-号码）')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toHaveCount(0)
  await page.getByRole('textbox', { name: '接待中心电话' }).fill('057984100000')
  await page.getByRole('textbox', { name: '登记员' }).fill('林晓燕')
  await page.getByRole('button', { name: '保存设置' }).click()
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: '接待中心电话' })).toHaveValue('0579-84100000')
  await page.reload()
  await expect(page.getByRole('textbox', { name: '接待中心名称' })).toHaveValue(
    '浦江县人民来访接待中心',
  )
  await expect(page.getByRole('textbox', { name: '登记员' })).toHaveValue('林晓燕')
})

test('settings screenshots (demo hall, 1920×1080, zh-CN)', async ({ hub, page }) => {
  mkdirSync('/tmp/shots', { recursive: true })
  await hub.call('demo.create', {})
  for (const tab of ['leaders', 'departments', 'categories', 'townships', 'basic'] as const) {
    await page.goto(hub.at(`/settings?tab=${tab}`))
    await expect(page.getByRole('tab', { selected: true })).toBeVisible()
    await expect(
      page
        .getByRole('table')
        .or(page.getByRole('textbox', { name: '接待中心名称' }))
        .first(),
    ).toBeVisible()
    await page.evaluate(async () => {
      await (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document
        .fonts.ready
    })
    await page.screenshot({ path: `/tmp/shots/settings-${tab}.png` })
  }
  // The leader form with a leader being edited, dropdown open.
  await page.goto(hub.at('/settings?tab=leaders'))
  await page.getByRole('button', { name: '编辑王建明' }).click()
  await page.getByRole('textbox', { name: '联系乡镇' }).click()
  await page.screenshot({ path: '/tmp/shots/settings-leaders-edit.png' })
})
