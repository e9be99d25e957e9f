import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import { hallToday } from './support/dates'
import { expect, startHub, test, UNPAIRED, type HubProcess } from './support/hub'

// Issue 11, item 15: a screen opened at a wrong or outdated address says so instead of
// spinning on 「正在连接…」; the desk offers other PCs a pairing code and the hub's address
// (and QR code), never a secret (issue 15).

const SHOTS = '/tmp/shots'

async function planToday(hub: HubProcess) {
  const wang = await hub.call<{ id: number }>('leader.create', { name: '王建国', title: '县长' })
  await hub.call('day.plan', {
    date: hallToday(),
    place: '县人民来访接待中心',
    duties: [{ leaderId: wang.id, tableNo: 1, isLead: true }],
  })
}

test('a desktop window its hub refuses says the address is wrong and what to do', async ({
  hub,
  browser,
}) => {
  await planToday(hub)
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    // A window of the desktop app (its preload's bridge) whose hub does not know it (an old
    // address from another start): no token in any URL, no admin cookie.
    const context = await browser.newContext({ ...UNPAIRED, viewport })
    const page = await context.newPage()
    await page.addInitScript((url) => {
      Object.defineProperty(globalThis, 'receptionDay', {
        value: { hub: { url }, platform: 'electron', shell: { display: 'x11', speech: 'system' } },
      })
    }, hub.origin)
    await page.goto(hub.at('/leader/1'))
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('此地址无效或已过期')
    await expect(alert).toContainText('副屏')
    await expect(page.getByText('正在连接…')).toHaveCount(0)
    await page.screenshot({ path: join(SHOTS, `refused-${viewport.width}.png`) })
    await context.close()
  }

  // A browser the hub does not know pairs instead.
  const stranger = await browser.newContext(UNPAIRED)
  const unknown = await stranger.newPage()
  await unknown.goto(hub.at('/leader/1'))
  await expect(unknown.getByRole('heading', { name: '配对此设备' })).toBeVisible()
  await stranger.close()

  // The spec's own (admin) page connects as before.
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(hub.at('/leader/1'))
  await expect(page.getByText('王建国 县长')).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await page.close()
})

test('the desk offers another PC a pairing code and the LAN address as a QR, which opens the screen there', async ({
  browser,
}) => {
  const hub = await startHub({ host: '0.0.0.0' })
  const shots = process.env['RECEPTION_DAY_SHOTS'] ?? SHOTS
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
      // No address is shown before a code is asked for, and none carries a secret.
      await expect(desk.getByTestId('lan-url')).toHaveCount(0)
      await group.getByRole('button', { name: '为另一台电脑生成配对码' }).click()
      const code = group.getByTestId('screen-pairing-code')
      await expect(code).toHaveText(/^\d{6}$/)
      const boardCode = (await code.textContent()) ?? ''
      const shown = desk.getByTestId('lan-url')
      await expect(shown).toHaveText(`http://${lan[0]}:${hub.port}/#/pair/${boardCode}`)
      await expect(group.getByRole('img', { name: '配对地址的二维码' })).toBeInViewport()
      await desk.screenshot({ path: join(shots, `desk-pairing-board-${viewport.width}.png`) })

      // Another screen chosen: another code, for a leader's screen at that table.
      await desk.getByRole('combobox', { name: '打开' }).selectOption('1')
      await expect(shown).toHaveCount(0)
      await group.getByRole('button', { name: '为另一台电脑生成配对码' }).click()
      await expect(code).not.toHaveText(boardCode)
      await expect(group.getByRole('img', { name: '配对地址的二维码' })).toBeInViewport()
      await desk.screenshot({ path: join(shots, `desk-pairing-leader-${viewport.width}.png`) })

      // Another PC opens what the desk shows, pairs, and is the leader screen of table 1.
      const otherPc = await browser.newContext({ ...UNPAIRED, viewport })
      const other = await otherPc.newPage()
      await other.goto((await shown.textContent()) ?? '')
      await other.getByRole('button', { name: '配对' }).click()
      await expect(other).toHaveURL(/#\/leader\/1$/)
      await expect(other.getByText('王建国 县长')).toBeVisible()
      expect(other.url()).not.toContain('token')
      await otherPc.close()
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
