import { hallToday } from './support/dates'
import { expect, test } from './support/hub'

// Issue 11, item 16: a change to reference data made elsewhere (another desk, here a script
// through the hub) reaches every open screen without a reload, through the one table from
// event topic to queries (src/shared/live/refreshTable.ts).

test('categories, townships, departments and leaders changed elsewhere reach open screens', async ({
  hub,
  browser,
}) => {
  const wang = await hub.call<{ id: number }>('leader.create', { name: '王建国', title: '县长' })
  await hub.call('day.plan', {
    date: hallToday(),
    place: '县人民来访接待中心',
    duties: [{ leaderId: wang.id, tableNo: 1, isLead: true }],
  })
  const context = await browser.newContext()
  const desk = await context.newPage()
  const leader = await context.newPage()
  const board = await context.newPage()
  const settings = await context.newPage()
  await desk.goto(hub.at('/desk'))
  await leader.goto(hub.at('/leader/1'))
  await board.goto(hub.at('/board'))
  await settings.goto(hub.at('/settings?tab=departments'))
  await expect(leader.getByText('王建国 县长')).toBeVisible()
  await expect(board.getByText('王建国')).toBeVisible()
  await expect(desk.getByRole('textbox', { name: '内容分类' })).toBeVisible()
  await expect(settings.getByRole('tab', { name: '责任单位', selected: true })).toBeVisible()

  // The desk has read its lists; now another desk adds to them.
  const category = desk.getByRole('textbox', { name: '内容分类' })
  await category.fill('殡葬')
  await expect(desk.getByRole('option', { name: '殡葬管理' })).toHaveCount(0)
  await category.fill('')
  await hub.call('reference.createCategory', { name: '殡葬管理' })
  await hub.call('reference.importTownships', { countyCode: '330726' })
  await hub.call('reference.createDepartment', { name: '县殡葬服务中心' })
  await hub.call('leader.update', { id: wang.id, name: '王建民', title: '县委书记' })

  await category.fill('殡葬')
  await expect(desk.getByRole('option', { name: '殡葬管理' })).toBeVisible()
  await category.fill('')
  await desk.getByRole('textbox', { name: '所属乡镇（街道）' }).fill('黄宅')
  await expect(desk.getByRole('option', { name: '黄宅镇' })).toBeVisible()
  await expect(settings.getByText('县殡葬服务中心')).toBeVisible()
  await expect(leader.getByText('王建民 县委书记')).toBeVisible()
  await expect(board.getByText('王建民')).toBeVisible()
  await context.close()
})
