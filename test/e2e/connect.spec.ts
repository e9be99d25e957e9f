import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import { hallToday } from './support/dates'
import { expect, startHub, test, type HubProcess } from './support/hub'

// Issue 11, item 15: a screen opened at a wrong or outdated address says so instead of
// spinning on 「正在连接…」; the desk shows the address (and QR code) other PCs open.

const SHOTS = '/tmp/shots'

async function planToday(hub: HubProcess) {
  const wang = await hub.call<{ id: number }>('leader.create', { name: '王建国', title: '县长' })
  await hub.call('day.plan', {
    date: hallToday(),
    place: '县人民来访接待中心',
    duties: [{ leaderId: wang.id, tableNo: 1, isLead: true }],
  })
}

test('a leader screen opened with a wrong token says the address is wrong and what to do', async ({
  hub,
  browser,
}) => {
  await planToday(hub)
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    const context = await browser.newContext({ viewport })
    const page = await context.newPage()
    const wrong = new URL(hub.url)
    wrong.searchParams.set('token', 'an-old-token-from-yesterday')
    await page.goto(`${wrong.toString()}#/leader/1`)
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('此地址无效或已过期')
    await expect(alert).toContainText('副屏')
    await expect(page.getByText('正在连接…')).toHaveCount(0)
    await page.screenshot({ path: join(SHOTS, `refused-${viewport.width}.png`) })
    await context.close()
  }

  // The right address connects as before.
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(hub.at('/leader/1'))
  await expect(page.getByText('王建国 县长')).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await page.close()
})

test('the desk shows the LAN address and QR code of each screen, which opens on another PC', async ({
  browser,
}) => {
  const hub = await startHub({ host: '0.0.0.0' })
  try {
    await planToday(hub)
    const lan = Object.values(networkInterfaces())
      .flatMap((list) => list ?? [])
      .filter((i) => i.family === 'IPv4' && !i.internal && !i.address.startsWith('169.254.'))
      .map((i) => i.address)
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      const context = await browser.newContext({ viewport })
      const desk = await context.newPage()
      await desk.goto(hub.at('/desk'))
      await desk.getByRole('button', { name: '副屏' }).click()
      const group = desk.getByRole('group', { name: '其他电脑打开' })
      if (lan.length === 0) {
        await expect(desk.getByText('本机没有可用的局域网地址')).toBeVisible()
        await context.close()
        continue
      }
      const shown = desk.getByTestId('lan-url')
      await expect(shown).toHaveText(
        `http://${lan[0]}:${hub.port}/?token=${encodeURIComponent(hub.token)}#/board`,
      )
      await expect(group.getByRole('img', { name: '此地址的二维码' })).toBeVisible()
      await desk.getByRole('combobox', { name: '打开' }).selectOption('1')
      await expect(shown).toHaveText(/#\/leader\/1$/)
      await expect(group.getByRole('img', { name: '此地址的二维码' })).toBeInViewport()
      await desk.screenshot({ path: join(SHOTS, `desk-lan-address-${viewport.width}.png`) })

      // Another PC opens what the desk shows.
      const other = await context.newPage()
      await other.goto((await shown.textContent()) ?? '')
      await expect(other.getByText('王建国 县长')).toBeVisible()
      await context.close()
    }
  } finally {
    await hub.stop()
  }
})

test('a hub serving this PC only says other PCs cannot connect', async ({ hub, page }) => {
  await planToday(hub)
  await page.goto(hub.at('/desk'))
  await page.getByRole('button', { name: '副屏' }).click()
  await expect(page.getByText('其他电脑无法连接')).toBeVisible()
})
