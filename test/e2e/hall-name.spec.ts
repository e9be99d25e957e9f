import { join } from 'node:path'
import { hallToday } from './support/dates'
import { expect, test } from './support/hub'

// Issue 11, item 9: the hall's own name from the settings on the shell's header, the board and
// the new day's default place; changed in the settings, it follows on every open screen.

const SHOTS = '/tmp/shots'

test('the hall’s own name heads the shell and the board and is the new day’s place', async ({
  hub,
  browser,
}) => {
  await hub.call('reference.updateSettings', { hallName: '安吉县人民来访接待中心' })
  const wang = await hub.call<{ id: number }>('leader.create', { name: '王建国', title: '县长' })
  await hub.call('day.plan', {
    date: hallToday(),
    place: '安吉县人民来访接待中心一楼大厅',
    duties: [{ leaderId: wang.id, tableNo: 1, isLead: true }],
  })
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    const context = await browser.newContext({ viewport })
    const page = await context.newPage()
    await page.goto(hub.at('/plan'))
    await expect(page.getByRole('banner')).toContainText('安吉县人民来访接待中心')
    await page.getByRole('link', { name: '安排新的接访日' }).click()
    await expect(page.getByLabel('接访地点')).toHaveValue('安吉县人民来访接待中心')
    await page.screenshot({ path: join(SHOTS, `plan-new-day-${viewport.width}.png`) })

    const board = await context.newPage()
    await board.goto(hub.at('/board'))
    await expect(board.getByRole('heading', { level: 1 })).toHaveText(
      '安吉县人民来访接待中心 · 叫号屏',
    )
    await board.screenshot({ path: join(SHOTS, `board-hall-name-${viewport.width}.png`) })
    await context.close()
  }

  // Renamed in the settings of another desk: open screens follow without a reload.
  const page = await browser.newPage()
  await page.goto(hub.at('/desk'))
  await expect(page.getByRole('banner')).toContainText('安吉县人民来访接待中心')
  await hub.call('reference.updateSettings', { hallName: '安吉县社会治理中心' })
  await expect(page.getByRole('banner')).toContainText('安吉县社会治理中心')
  await page.close()
})
