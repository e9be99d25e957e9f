import type { Browser, BrowserContext, Page } from '@playwright/test'
import { hallToday } from './support/dates'
import { expect, test, UNPAIRED, type HubProcess } from './support/hub'

// Issue 15, "What it must show": the hall as four PCs, four browser contexts none of which the
// spec makes an admin — the admin desk pairs with the code the hub printed at its start, then
// pairs a second desk, the leader screen at table 2 and the hall board through 添加设备. A
// registration at the second desk reaches the leader and the board live; the board's page, its
// script-readable storage and its WebSocket frames hold no secret of another device and no full
// personal data.

const ID_NUMBER = '11010519491231002X'
const PHONE = '13812345678'
const ADDRESS = '城关镇解放路88号'

interface Pc {
  context: BrowserContext
  page: Page
  frames: string[]
}

/** Another PC: a browser context with nothing of the spec's, its WebSocket frames recorded. */
async function pc(browser: Browser, width: number, height: number): Promise<Pc> {
  const context = await browser.newContext({ ...UNPAIRED, viewport: { width, height } })
  const page = await context.newPage()
  const frames: string[] = []
  page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(String(f.payload))))
  return { context, page, frames }
}

/** On the pairing page the address opened (the code in it or typed), 配对. */
async function pair(page: Page, address: string, code?: string) {
  await page.goto(address)
  await expect(page.getByRole('heading', { name: '配对此设备' })).toBeVisible()
  if (code) await page.getByLabel('配对码').fill(code)
  await page.getByRole('button', { name: '配对' }).click()
}

/** 添加设备 on the admin's devices page: the pairing address the hub offers for the device. */
async function offer(admin: Page, name: string, role: string, tableNo?: number): Promise<string> {
  await admin.getByRole('button', { name: '添加设备' }).click()
  const dialog = admin.getByRole('dialog', { name: '添加设备' })
  await dialog.getByLabel('设备名称').fill(name)
  await dialog.getByRole('textbox', { name: '角色' }).click()
  await admin.getByRole('option', { name: role }).click()
  if (tableNo !== undefined) await dialog.getByLabel('接待桌号').fill(String(tableNo))
  await dialog.getByRole('button', { name: '生成配对码' }).click()
  const url = (await dialog.getByTestId('pairing-url').textContent())?.trim() ?? ''
  expect(url).toMatch(/\/#\/pair\/\d{6}$/)
  expect(url).not.toContain('token')
  await dialog.getByRole('button', { name: '完成' }).click()
  return url
}

async function seedDay(hub: HubProcess) {
  const duties = []
  for (const [tableNo, name, title] of [
    [1, '王建国', '县长'],
    [2, '李秀英', '副县长'],
  ] as const) {
    const leader = await hub.call<{ id: number }>('leader.create', { name, title })
    duties.push({ leaderId: leader.id, tableNo, isLead: tableNo === 1 })
  }
  return hub.call<{ id: number }>('day.plan', {
    date: hallToday(),
    place: '县人民来访接待中心',
    duties,
  })
}

test('four PCs paired through the screens: a registration at the second desk reaches table 2 and the board, which holds no secret and no full personal data', async ({
  hub,
  browser,
}) => {
  const day = await seedDay(hub)
  const adminPc = await pc(browser, 1920, 1080)
  const deskPc = await pc(browser, 1366, 768)
  const leaderPc = await pc(browser, 1280, 800)
  const boardPc = await pc(browser, 1920, 1080)

  // The admin desk: the hub's address without any secret asks to pair; the code the hub
  // printed at its start makes it the hall's admin device.
  await pair(adminPc.page, hub.at('/desk'), hub.adminPairingCode)
  const admin = adminPc.page
  await expect(admin).toHaveURL(/#\/desk$/)
  await expect(admin.getByRole('heading', { name: '来访登记' })).toBeVisible()

  await admin.goto(hub.at('/settings?tab=devices'))
  const desk2 = await offer(admin, '第二登记台', '登记台')
  const table2 = await offer(admin, '2号桌领导屏', '接待桌', 2)
  const hallBoard = await offer(admin, '大厅显示屏', '大厅显示屏')

  await pair(deskPc.page, desk2)
  await expect(deskPc.page).toHaveURL(/#\/desk$/)
  await pair(leaderPc.page, table2)
  await expect(leaderPc.page).toHaveURL(/#\/leader\/2$/)
  await pair(boardPc.page, hallBoard)
  await expect(boardPc.page).toHaveURL(/#\/board$/)
  for (const { page } of [deskPc, leaderPc, boardPc])
    await expect(page.getByRole('status').filter({ hasText: '已连接' })).toBeVisible()

  // The leader screen of table 2 is its table's only.
  const leader = leaderPc.page
  await expect(leader.getByRole('heading', { name: '2 号接待桌' })).toBeVisible()
  const forTable = (tableNo: number) =>
    leader.evaluate(
      async (input) => (await fetch(`/trpc/queue.forTable?input=${input}`)).status,
      encodeURIComponent(JSON.stringify({ dayId: day.id, tableNo })),
    )
  expect(await forTable(2)).toBe(200)
  const elsewhere = await forTable(1)
  expect(elsewhere).toBe(403)

  // The second desk is a clerk's: nobody signed in, it asks for a sign-in before any write.
  const desk = deskPc.page
  await hub.call('people.create', {
    name: '王登记',
    roles: ['desk'],
    secretKind: 'pin',
    secret: '135790',
  })
  await expect(desk.getByRole('heading', { name: '登录' })).toBeVisible()
  await desk.getByLabel('姓名').fill('王登记')
  await desk.getByLabel('PIN 码或密码').fill('135790')
  await desk.getByRole('button', { name: '登录' }).click()
  await expect(desk.getByTestId('signed-in-person')).toHaveText('王登记')

  // The second desk registers a visitor for table 2.
  await expect(desk.getByRole('heading', { name: '来访登记' })).toBeVisible()
  await desk.getByLabel('姓名').fill('张三丰')
  await desk.getByLabel('身份证号').fill(ID_NUMBER)
  await desk.getByLabel('联系电话').fill(PHONE)
  await desk.getByLabel('住址').fill(ADDRESS)
  await desk.getByLabel('诉求摘要').fill('宅基地审批两年未办理')
  await desk.getByRole('textbox', { name: '接待桌' }).click()
  await desk.getByRole('option', { name: '2 号桌 · 李秀英' }).click()
  await desk.getByRole('button', { name: '登记并取号' }).click()
  await expect(desk.getByRole('status').filter({ hasText: '已登记' })).toContainText(
    '001 号，请到 2 号接待桌',
  )

  // It reaches the leader at table 2 and the board live, masked.
  const waiting = leader.getByRole('region', { name: '等候中' })
  await expect(waiting.getByText('001')).toBeVisible()
  await expect(waiting.getByText('张**')).toBeVisible()
  const board = boardPc.page
  const boardTable2 = board.getByRole('article', { name: '2 号接待桌' })
  await expect(boardTable2.locator('li[data-ticket="001"]')).toContainText('张**')

  // The board holds no secret of another device: not in its page, not in what its script can
  // read (cookies, localStorage, sessionStorage), not in its frames; its own secret is an
  // HttpOnly cookie its script cannot read either.
  const secretsOf = async (context: BrowserContext) =>
    (await context.cookies()).map((c) => c.value).filter((v) => v.length >= 16)
  const others = [
    ...(await secretsOf(adminPc.context)),
    ...(await secretsOf(deskPc.context)),
    ...(await secretsOf(leaderPc.context)),
    hub.token,
  ]
  expect(others).toHaveLength(4)
  const [own] = await boardPc.context.cookies()
  expect(own).toMatchObject({ httpOnly: true, sameSite: 'Strict' })
  expect(await boardPc.context.cookies()).toHaveLength(1)
  const readable = await board.evaluate(() => {
    const web = globalThis as unknown as {
      document: { cookie: string }
      localStorage: Record<string, string>
      sessionStorage: Record<string, string>
    }
    return JSON.stringify([web.document.cookie, { ...web.localStorage }, { ...web.sessionStorage }])
  })
  expect(JSON.parse(readable)[0]).toBe('')
  const html = await board.content()
  const text = await board.locator('body').innerText()
  const frames = boardPc.frames.join('\n')
  expect(boardPc.frames.length).toBeGreaterThan(2)
  for (const place of [readable, html, text, frames, board.url()]) {
    for (const secret of [...others, own?.value ?? '-']) expect(place).not.toContain(secret)
    // Nor any full personal data.
    for (const personal of [ID_NUMBER, PHONE, ADDRESS, '张三丰', '宅基地审批'])
      expect(place).not.toContain(personal)
  }
  // Its iframes, if any, hold none either.
  for (const frame of board.frames()) {
    const content = await frame.content()
    for (const secret of [...others, ID_NUMBER, PHONE, ADDRESS])
      expect(content).not.toContain(secret)
  }
  // And it may read nothing of the desk's.
  const full = await board.evaluate(
    async () => (await fetch('/trpc/batch.get?input=%7B%22batchId%22%3A1%7D')).status,
  )
  expect(full).toBe(403)

  for (const { context } of [adminPc, deskPc, leaderPc, boardPc]) await context.close()
})
