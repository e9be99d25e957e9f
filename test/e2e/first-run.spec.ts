import { addWorkingDays, onOrNextWorkingDay } from '../../src/shared/cases/deadlines'
import { packageCalendar } from '../../src/shared/calendar/workingCalendar'
import { hallToday } from './support/dates'
import { expect, test } from './support/hub'

// Issue 11 item 14: a new hall set up in the right order by the first-run guide — county and
// townships, departments (from the common list), leaders, the day — each step ticked from the
// data, the next one a key away; Settings opens where the guide says; a new day's form starts at
// the next working day after the last one planned (on the project's hall clock).

const SHOTS = '/work/shots/deskfix'

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`the first-run guide leads a new hall to its first day at ${viewport.width}`, async ({
    hub,
    browser,
  }) => {
    const page = await (await browser.newContext({ viewport })).newPage()
    await page.goto(hub.at('/desk'))
    const guide = page.getByRole('region', { name: '首次使用：按顺序设置本接待中心' })
    await expect(guide).toBeVisible()
    await expect(guide).toContainText('已完成 0 / 4 步')
    const step = (id: string) => guide.locator(`[data-step="${id}"]`)
    await expect(step('townships')).toHaveAttribute('data-done', 'false')
    await page.screenshot({ path: `${SHOTS}/first-run-desk-${viewport.width}.png` })

    // Step 1 by keyboard: the guide's next-step button opens the townships tab.
    const next = guide.getByRole('link', { name: /^下一步：/ })
    await expect(next).toHaveAccessibleName('下一步：选择本县，导入乡镇（街道）')
    await next.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('tab', { name: '乡镇' })).toHaveAttribute('aria-selected', 'true')
    const county = page.getByRole('textbox', { name: '县（市、区）' })
    await county.focus()
    await page.keyboard.type('浦江')
    await expect(page.getByRole('option', { name: '浙江省 金华市 浦江县（330726）' })).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: '导入乡镇' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible()

    // The guide ticks the step from the townships now on file.
    await expect(
      page.getByTestId('setup-guide').locator('[data-step="townships"]'),
    ).toHaveAttribute('data-done', 'true')
    // Settings, opened again without a tab, opens on the next step: the departments.
    await page.goto(hub.at('/settings'))
    await expect(page.getByRole('tab', { name: '责任单位' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    const settingsGuide = page.getByTestId('setup-guide')
    await expect(settingsGuide.locator('[data-step="townships"]')).toHaveAttribute(
      'data-done',
      'true',
    )
    await page.screenshot({ path: `${SHOTS}/first-run-departments-${viewport.width}.png` })
    await page.getByRole('button', { name: '添加常用单位清单' }).focus()
    await page.keyboard.press('Enter')
    const departments = page.getByRole('table', { name: '责任单位名单' })
    await expect(departments.getByRole('row', { name: /浦江县公安局/ })).toBeVisible()
    await expect(departments.getByRole('row', { name: /浦江县信访局/ })).toBeVisible()

    // Step 3: the guide's next step is the leaders; one leader entered by keyboard.
    await expect(settingsGuide.getByRole('link', { name: /^下一步：/ })).toHaveAccessibleName(
      '下一步：录入接访领导',
    )
    await settingsGuide.getByRole('link', { name: /^下一步：/ }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('tab', { name: '接访领导' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    await page.getByRole('textbox', { name: '姓名' }).focus()
    await page.keyboard.type('王建明')
    await page.keyboard.press('Tab')
    await page.keyboard.type('县长')
    await page.getByRole('button', { name: '保存领导' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: '已保存' })).toHaveText(
      '已保存：王建明',
    )

    // Step 4: the day; with nothing planned the new day's form starts at today (if a working day).
    const first = onOrNextWorkingDay(hallToday(), packageCalendar)
    const planned = addWorkingDays(first, 3, packageCalendar)
    await settingsGuide.getByRole('link', { name: '下一步：安排接访日' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: '安排接访日', level: 2 })).toBeVisible()
    await expect(page.getByLabel('日期')).toHaveValue(first)
    await page.screenshot({ path: `${SHOTS}/first-run-plan-${viewport.width}.png` })
    // Plan three working days later instead; the next new day then starts the working day after.
    await page.getByLabel('日期').fill(planned)
    await page.getByRole('button', { name: '添加接待桌' }).click()
    await page.getByRole('textbox', { name: '接访领导' }).click()
    await page.getByRole('option', { name: /王建明/ }).click()
    await page.getByRole('button', { name: '保存安排' }).click()
    await expect(page).toHaveURL(new RegExp(`#/plan/${planned}$`))

    // Done: the guide is gone, from the settings and the desk.
    await page.goto(hub.at('/settings'))
    await expect(page.getByRole('heading', { name: '设置', level: 2 })).toBeVisible()
    await expect(page.getByTestId('setup-guide')).toHaveCount(0)
    await page.goto(hub.at('/plan/new'))
    await expect(page.getByLabel('日期')).toHaveValue(addWorkingDays(planned, 1, packageCalendar))
  })
}
