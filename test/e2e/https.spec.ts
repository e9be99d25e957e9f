import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import { hallToday } from './support/dates'
import { expect, startHub, test, UNPAIRED } from './support/hub'

// Item 6 of issue 15 in the browser: a hub serving HTTPS with its hall certificate; the desk's
// pairing offer carries the certificate's SHA-256 (in the address of the QR and written under
// it); another PC that trusts the certificate (here: told to, as a browser is once, README)
// pairs and holds its secret in a Secure, HttpOnly, SameSite=Strict cookie.

test('over HTTPS the pairing address carries the hall certificate’s fingerprint, and the paired cookie is Secure', async ({
  browser,
}) => {
  const hub = await startHub({ host: '0.0.0.0', https: true })
  const shots = process.env['RECEPTION_DAY_SHOTS']
  try {
    expect(hub.origin).toMatch(/^https:/)
    const wang = await hub.call<{ id: number }>('leader.create', { name: '王建国', title: '县长' })
    await hub.call('day.plan', {
      date: hallToday(),
      place: '县人民来访接待中心',
      duties: [{ leaderId: wang.id, tableNo: 1, isLead: true }],
    })
    const lan = Object.values(networkInterfaces())
      .flatMap((list) => list ?? [])
      .find((i) => i.family === 'IPv4' && !i.internal && !i.address.startsWith('169.254.'))
    test.skip(lan === undefined, 'this PC has no LAN address')

    for (const viewport of [
      { width: 1920, height: 1080 },
      { width: 1366, height: 768 },
    ]) {
      const context = await browser.newContext({ viewport, ignoreHTTPSErrors: true })
      const desk = await context.newPage()
      await desk.goto(hub.at('/desk'))
      await desk.getByRole('button', { name: '副屏' }).click()
      const group = desk.getByRole('group', { name: '其他电脑打开' })
      await group.getByRole('button', { name: '为另一台电脑生成配对码' }).click()
      const code = (await group.getByTestId('screen-pairing-code').textContent()) ?? ''
      const shown = desk.getByTestId('lan-url')
      await expect(shown).toHaveText(
        new RegExp(`^https://${lan?.address}:${hub.port}/#/pair/${code}\\?fp=[0-9a-f]{64}$`),
      )
      const address = (await shown.textContent()) ?? ''
      const fingerprint = new URL(address).hash.split('fp=')[1] ?? ''
      const pairs = fingerprint.toUpperCase().match(/.{2}/g)?.join(':') ?? ''
      await expect(group).toContainText(`大厅证书 SHA-256： ${pairs}`)
      await expect(group.getByRole('img', { name: '配对地址的二维码' })).toBeInViewport()
      if (shots)
        await desk.screenshot({ path: join(shots, `desk-pairing-https-${viewport.width}.png`) })

      const otherPc = await browser.newContext({ ...UNPAIRED, viewport, ignoreHTTPSErrors: true })
      const board = await otherPc.newPage()
      await board.goto(address)
      await board.getByRole('button', { name: '配对' }).click()
      await expect(board).toHaveURL(/#\/board$/)
      await expect(board.getByRole('status').filter({ hasText: '已连接' })).toBeVisible()
      const cookies = await otherPc.cookies()
      expect(cookies).toHaveLength(1)
      expect(cookies[0]).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' })
      await otherPc.close()
      await context.close()
    }
  } finally {
    await hub.stop()
  }
})
