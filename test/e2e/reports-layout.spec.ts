import { hallToday } from './support/dates'
import { expect, test, type HubProcess } from './support/hub'

// Issue 11 item 18 and the reports screen at 1366×768: the summary, the key figures and the
// breakdown tables are reachable without the page overflowing (the breakdowns in tabs, each
// table scrolled inside its panel), and no raw ISO date on the day picker, in both languages.

const SHOTS = '/work/shots/deskfix'

async function seed(hub: HubProcess) {
  const day = await hub.call<{ id: number; duties: { tableNo: number }[] }>('demo.create', {
    date: hallToday(),
  })
  const categories = await hub.call<{ id: number }[]>('reference.categories', {})
  const townships = await hub.call<{ code: string }[]>('reference.townships', {})
  for (let i = 0; i < 14; i++)
    await hub.call('batch.register', {
      dayId: day.id,
      kind: i % 4 === 0 ? 'group' : 'individual',
      headcount: i % 4 === 0 ? 6 : 1,
      members: [{ name: `来访${'甲乙丙丁戊己庚辛壬癸子丑寅卯'[i]}` }],
      summary: '宅基地审批两年未办理',
      categoryId: categories[i % categories.length]?.id,
      townshipCode: townships[i % townships.length]?.code,
      tableNo: (i % day.duties.length) + 1,
    })
  return day
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`the reports fit the screen at ${viewport.width}`, async ({ hub, browser }) => {
    await seed(hub)
    const page = await (await browser.newContext({ viewport })).newPage()
    await page.goto(hub.at('/reports'))
    const summary = page.getByTestId('tally-summary')
    await expect(summary).toContainText('登记')
    // The day picker says the date the Chinese way, never YYYY-MM-DD.
    const [y, m, d] = hallToday().split('-').map(Number)
    await expect(page.getByRole('textbox', { name: '接访日' })).toHaveValue(
      new RegExp(`^${y}年${m}月${d}日`),
    )

    const breakdowns = page.getByRole('tablist', { name: '分类统计' })
    await expect(breakdowns).toBeInViewport()
    await page.getByRole('tab', { name: '按乡镇（街道）' }).click()
    const panel = page.getByRole('tabpanel')
    await expect(panel.getByRole('table')).toBeVisible()
    // The table starts on the screen, and the page itself does not scroll sideways.
    const box = await panel.getByRole('table').boundingBox()
    expect(box && box.y < viewport.height - 120).toBe(true)
    const overflow = await page.evaluate(() => {
      const root = (
        globalThis as unknown as {
          document: { documentElement: { scrollWidth: number; clientWidth: number } }
        }
      ).document.documentElement
      return root.scrollWidth > root.clientWidth
    })
    expect(overflow).toBe(false)
    await page.screenshot({ path: `${SHOTS}/reports-zh-${viewport.width}.png` })

    await page.getByRole('radiogroup', { name: '语言' }).getByText('English').click()
    const month = [
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]
    await expect(page.getByRole('textbox', { name: 'Reception day' })).toHaveValue(
      new RegExp(`^${d} ${month[(m ?? 1) - 1]} ${y}`),
    )
    await page.screenshot({ path: `${SHOTS}/reports-en-${viewport.width}.png` })
  })
}
