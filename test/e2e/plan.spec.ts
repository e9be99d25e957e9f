import { mkdirSync } from 'node:fs'
import { addDays, noticeDueOn } from '../../src/shared/plan/notices'
import { hallToday } from './support/dates'
import { expect, test } from './support/hub'

const SHOTS = '/tmp/shots'
const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number]
const long = (iso: string) => {
  const [y, m, d] = parts(iso)
  return `${y}年${m}月${d}日`
}
const short = (iso: string) => {
  const [, m, d] = parts(iso)
  return `${m}月${d}日`
}

test('plan a reception day with three leaders by keyboard, book an appointment, print the announcement', async ({
  hub,
  page,
}) => {
  const today = hallToday()
  const date = addDays(today, 20)
  // Two more days for the list: one soon (its 10-day notice overdue), one past.
  const zhou = await hub.call<{ id: number }>('leader.create', {
    name: '周建国',
    title: '县委书记',
  })
  await hub.call('day.plan', {
    date: addDays(today, 5),
    place: '县人民来访接待中心',
    duties: [{ leaderId: zhou.id, tableNo: 1, isLead: true }],
  })
  await hub.call('day.plan', {
    date: addDays(today, -7),
    place: '县人民来访接待中心',
    duties: [{ leaderId: zhou.id, tableNo: 1, isLead: true }],
  })
  // The print window prints by itself; here the browser's dialog is a no-op.
  await page.context().addInitScript(() => {
    ;(globalThis as unknown as { print: () => void }).print = () => undefined
  })

  await page.goto(hub.at('/plan'))
  await expect(page.getByRole('heading', { name: '接访日安排' })).toBeVisible()
  await page.getByRole('link', { name: '安排新的接访日' }).click()
  await expect(page.getByRole('heading', { name: '安排接访日' })).toBeVisible()

  await page.getByLabel('日期').fill(date)
  await page.getByLabel('接访地点').fill('县人民来访接待中心一楼大厅')
  await expect(page.getByTestId('notice-due-hint')).toHaveText(
    `公告应于 ${short(noticeDueOn(date, 10))}（10 日前）和 ${short(noticeDueOn(date, 3))}（3 日前）打印张贴。`,
  )
  for (const [name, title] of [
    ['李秀英', '县长'],
    ['王建明', '副县长'],
    ['陈志强', '副县长'],
  ] as const) {
    await page.getByLabel('新领导姓名').fill(name)
    await page.getByLabel('职务').fill(title)
    await page.getByLabel('职务').press('Enter')
    await expect(page.getByLabel('新领导姓名')).toHaveValue('')
  }
  const leaders = page.getByRole('textbox', { name: '接访领导' })
  await expect(leaders).toHaveCount(3)
  await expect(leaders.nth(1)).toHaveValue('王建明（副县长）')
  await expect(page.getByLabel('桌号').nth(2)).toHaveValue('3')
  // The lead leader is the first by default; choosing another moves it.
  const lead = page.getByRole('checkbox', { name: '主接领导' })
  await expect(lead.nth(0)).toBeChecked()
  await lead.nth(1).focus()
  await page.keyboard.press('Space')
  await expect(lead.nth(1)).toBeChecked()
  await expect(lead.nth(0)).not.toBeChecked()

  await page.getByLabel('接访地点').press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/plan/${date}$`))
  await expect(page.getByRole('heading', { name: new RegExp(long(date)) })).toBeVisible()
  const notices = page.getByRole('region', { name: '公告打印情况' })
  await expect(notices.locator('[data-notice="10"]')).toContainText(
    `应于 ${short(noticeDueOn(date, 10))} 打印`,
  )
  await expect(notices.locator('[data-notice="3"]')).toContainText(
    `应于 ${short(noticeDueOn(date, 3))} 打印`,
  )

  // An appointment (约访): typed in full, listed masked.
  const booking = page.getByRole('form', { name: '登记约访' })
  await booking.getByLabel('姓名').fill('张三丰')
  await booking.getByLabel('身份证号').fill('11010519491231002X')
  await booking.getByLabel('联系电话').fill('13812345678')
  await booking.getByRole('textbox', { name: '约见领导' }).click()
  await page.getByRole('option', { name: /王建明/ }).click()
  await booking.getByLabel('时段').fill('09:30')
  await booking.getByLabel('事项摘要').fill('宅基地审批两年未办理')
  await booking.getByRole('button', { name: '登记约访' }).click()
  const appointments = page.getByRole('table', { name: '约访名单' })
  await expect(appointments).toContainText('张**')
  await expect(appointments).toContainText('110105********002X')
  await expect(appointments).toContainText('王建明')
  await expect(booking.getByLabel('姓名')).toHaveValue('')
  await expect(page.locator('body')).not.toContainText('11010519491231002X')
  await expect(page.locator('body')).not.toContainText('13812345678')
  mkdirSync(SHOTS, { recursive: true })
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0)
  await page.mouse.wheel(0, -5000)
  await page.screenshot({ path: `${SHOTS}/plan-day.png` })

  // The list: upcoming days soonest first, then the recent one; both notice dates each.
  await page.getByRole('link', { name: '返回接访日列表' }).click()
  const upcoming = page.getByRole('table', { name: '即将举行的接访日' })
  await expect(upcoming.getByRole('row')).toHaveCount(3)
  const row = upcoming.locator(`tr[data-date="${date}"]`)
  await expect(row).toContainText('李秀英')
  await expect(row).toContainText('1 人')
  await expect(row.locator('[data-notice="10"]')).toContainText(short(noticeDueOn(date, 10)))
  await expect(row.locator('[data-notice="3"]')).toContainText(short(noticeDueOn(date, 3)))
  const soon = upcoming.locator(`tr[data-date="${addDays(today, 5)}"]`)
  await expect(soon.locator('[data-notice="10"]')).toHaveAttribute('data-status', 'overdue')
  await expect(soon.locator('[data-notice="10"]')).toContainText('逾期未打印')
  await expect(page.getByRole('table', { name: '近期已举行的接访日' })).toContainText(
    long(addDays(today, -7)),
  )

  // Printing the announcement opens the print window, which records the 10-day notice.
  const popup = page.context().waitForEvent('page')
  await row.getByRole('button', { name: `打印 ${long(date)} 的公告` }).click()
  const sheet = await popup
  await expect(sheet.getByRole('heading', { name: /县领导公开接访的公告/ })).toBeVisible()
  await expect(row.locator('[data-notice="10"]')).toHaveAttribute('data-status', 'printed')
  await expect(row.locator('[data-notice="10"]')).toContainText('已打印')
  await expect(row.locator('[data-notice="3"]')).toHaveAttribute('data-status', 'upcoming')
  await sheet.close()
  await page.screenshot({ path: `${SHOTS}/plan.png` })
})
