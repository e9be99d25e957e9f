import { expect, test, UNPAIRED } from './support/hub'

// Pairing through the screens (issue 15): the admin's 添加设备 offers a one-time code and its
// address as a QR; another browser (another PC) opens the hub's address without any secret,
// enters the code and becomes a device with the role the admin chose; its own secret is an
// HttpOnly cookie its page never sees. Revoking it on the devices page refuses it at once.

const shots = process.env['RECEPTION_DAY_SHOTS']

test('a board paired through the screens shows the board, holds no readable secret, and is cut when revoked', async ({
  hub,
  browser,
}) => {
  const admin = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
  await admin.goto(hub.at('/settings?tab=devices'))
  // The spec's own admin device (support/hub.ts) is the only one so far.
  await expect(admin.getByTestId('device-row')).toHaveCount(1)
  await admin.getByRole('button', { name: '添加设备' }).click()
  const dialog = admin.getByRole('dialog', { name: '添加设备' })
  await dialog.getByLabel('设备名称').fill('大厅显示屏一')
  await dialog.getByRole('textbox', { name: '角色' }).click()
  await admin.getByRole('option', { name: '大厅显示屏' }).click()
  await dialog.getByRole('button', { name: '生成配对码' }).click()
  const code = (await dialog.getByTestId('pairing-code').textContent())?.trim() ?? ''
  expect(code).toMatch(/^\d{6}$/)
  await expect(dialog.getByRole('img', { name: '配对地址二维码' })).toBeVisible()
  await expect(dialog.getByTestId('pairing-url')).toContainText(`/#/pair/${code}`)
  if (shots) await admin.screenshot({ path: `${shots}/add-device-1920.png` })

  // Another PC: the hub's origin, no token anywhere.
  const origin = new URL(hub.url).origin
  const context = await browser.newContext({ ...UNPAIRED, viewport: { width: 1920, height: 1080 } })
  const board = await context.newPage()
  await board.goto(`${origin}/#/pair/${code}`)
  await expect(board.getByRole('heading', { name: '配对此设备' })).toBeVisible()
  await expect(board.getByLabel('配对码')).toHaveValue(code)
  if (shots) await board.screenshot({ path: `${shots}/pair-1920.png` })
  await board.getByRole('button', { name: '配对' }).click()
  await expect(board).toHaveURL(/#\/board$/)
  await expect(board.getByText('今天没有接访日安排。')).toBeVisible()
  expect(board.url()).not.toContain('token')
  // The page's script sees no cookie at all (HttpOnly), nor anything stored.
  const readable = await board.evaluate(() => {
    const web = globalThis as unknown as {
      document: { cookie: string }
      localStorage: Record<string, string>
      sessionStorage: Record<string, string>
    }
    return JSON.stringify([web.document.cookie, { ...web.localStorage }, { ...web.sessionStorage }])
  })
  const cookies = await context.cookies()
  expect(cookies).toHaveLength(1)
  expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict' })
  expect(readable).not.toContain(cookies[0]?.value ?? '-')
  expect(JSON.parse(readable)[0]).toBe('')

  // The board may not read what it has no role for: refused at the hub.
  const refused = await board.evaluate(async () => (await fetch('/trpc/backup.list')).status)
  expect(refused).toBe(403)

  await admin.getByRole('button', { name: '完成' }).click()
  // Listed after the spec's own admin device.
  const row = admin.getByTestId('device-row').last()
  await expect(row.getByLabel('设备名称')).toHaveValue('大厅显示屏一')
  await expect(row).toContainText('127.0.0.1')
  if (shots) await admin.screenshot({ path: `${shots}/devices-1920.png` })
  await admin.setViewportSize({ width: 1366, height: 768 })
  if (shots) await admin.screenshot({ path: `${shots}/devices-1366.png` })
  await row.getByRole('button', { name: '撤销' }).click()
  await expect(row).toContainText('已撤销')
  // Cut at once: the board's page falls back to pairing.
  await expect(board.getByRole('heading', { name: '配对此设备' })).toBeVisible()
  await board.setViewportSize({ width: 1366, height: 768 })
  if (shots) await board.screenshot({ path: `${shots}/pair-1366.png` })
  await context.close()
})
