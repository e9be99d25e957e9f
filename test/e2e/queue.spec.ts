import type { Browser, Page } from '@playwright/test'
import { hallToday } from './support/dates'
import { expect, test, type HubProcess } from './support/hub'

const ID_NUMBER = '11010519491231002X' // 76 on the day: served first among ordinary arrivals
const PHONE = '13812345678'

/** Leaders at tables 1–3 today, planned through the API as staff would. */
async function seedDay(hub: HubProcess) {
  const duties = []
  for (const [tableNo, name, title] of [
    [1, '王建国', '县长'],
    [2, '李秀英', '副县长'],
    [3, '赵明', '副县长'],
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

/** A screen in its own browser context, with every WebSocket frame it receives recorded. */
async function screen(
  browser: Browser,
  hub: HubProcess,
  route: string,
  width: number,
  height: number,
) {
  const page = await (await browser.newContext({ viewport: { width, height } })).newPage()
  const frames: string[] = []
  page.on('websocket', (ws) =>
    ws.on('framereceived', (frame) => frames.push(String(frame.payload))),
  )
  await page.goto(hub.at(route))
  await expect(page.getByRole('status').filter({ hasText: '已连接' })).toBeVisible()
  return { page, frames }
}

const registered = (desk: Page) => desk.getByRole('status').filter({ hasText: '已登记' })

test('desk, leader screens and board follow one batch live: register, call, transfer', async ({
  hub,
  browser,
}) => {
  await seedDay(hub)
  const desk = await (await browser.newContext()).newPage()
  await desk.goto(hub.at('/desk'))
  await expect(desk.getByRole('heading', { name: '来访登记' })).toBeVisible()

  const leader1 = await screen(browser, hub, '/leader/1', 1280, 800)
  const leader2 = await screen(browser, hub, '/leader/2', 1280, 800)
  const leader3 = await screen(browser, hub, '/leader/3', 1280, 800)
  const board = await screen(browser, hub, '/board', 1920, 1080)
  await expect(leader1.page.getByRole('heading', { name: '1 号接待桌' })).toBeVisible()
  await expect(board.page.getByRole('article', { name: '3 号接待桌' })).toBeVisible()
  // Nothing reloads: a marker set now must survive every update.
  for (const s of [leader1, leader2, board])
    await s.page.evaluate(() => ((globalThis as unknown as { marker: number }).marker = 7))

  // Registration at the desk: routed to table 1 (all empty, lowest table first).
  await desk.getByLabel('姓名').fill('张三丰')
  await desk.getByLabel('身份证号').fill(ID_NUMBER)
  await desk.getByLabel('联系电话').fill(PHONE)
  await desk.getByLabel('诉求摘要').fill('宅基地审批两年未办理')
  await desk.getByRole('button', { name: '登记并取号' }).click()
  await expect(registered(desk)).toContainText('001 号，请到 1 号接待桌')

  // It appears on the leader screen of table 1 and on the board, without reload.
  const waiting1 = leader1.page.getByRole('region', { name: '等候中' })
  await expect(waiting1.getByText('001')).toBeVisible()
  await expect(waiting1.getByText('张**')).toBeVisible()
  await expect(waiting1.getByText('70 岁以上优先')).toBeVisible()
  const table1 = board.page.getByRole('article', { name: '1 号接待桌' })
  await expect(table1.locator('li[data-ticket="001"]')).toContainText('张**')
  await expect(board.page.getByRole('article', { name: '2 号接待桌' })).toContainText('暂无等候')

  // Call next on the leader screen: the board calls 001 to table 1.
  await leader1.page.getByRole('button', { name: '叫下一位' }).click()
  const calls = board.page.getByRole('region', { name: '正在叫号' })
  await expect(calls.getByText('请 001 号到 1 号接待桌')).toBeVisible()
  await expect(table1).toContainText('请 001 号入座')
  const current = leader1.page.getByRole('region', { name: '当前来访' })
  await expect(current).toContainText('001')
  await expect(current).toContainText('已叫号')
  await expect(current).toContainText('宅基地审批两年未办理')
  await expect(current).toContainText('110105********002X')
  await expect(current).toContainText('138****5678')

  // Transfer to table 2: the ticket stays 001 and shows on /leader/2; the board follows.
  await leader1.page
    .getByRole('navigation', { name: '接待操作' })
    .getByRole('button', { name: '转桌' })
    .click()
  const dialog = leader1.page.getByRole('dialog', { name: '将 001 号转到其他接待桌' })
  await dialog.getByLabel('转往接待桌').selectOption('2')
  await dialog.getByLabel('转桌原因').fill('属李副县长分管')
  await dialog.getByRole('button', { name: '确认转桌' }).click()
  await expect(dialog).toBeHidden()
  const waiting2 = leader2.page.getByRole('region', { name: '等候中' })
  await expect(waiting2.getByText('001')).toBeVisible()
  await expect(current).toContainText('暂无来访群众')
  await expect(calls.getByText('请 001 号到 1 号接待桌')).toBeHidden()
  await expect(
    board.page.getByRole('article', { name: '2 号接待桌' }).locator('li[data-ticket="001"]'),
  ).toBeVisible()
  await expect(desk.locator('tr[data-ticket="001"]')).toContainText('2 · 李秀英')

  // Table 2 calls it: the board now sends 001 to table 2.
  await leader2.page.getByRole('button', { name: '叫下一位' }).click()
  await expect(calls.getByText('请 001 号到 2 号接待桌')).toBeVisible()
  await expect(leader2.page.getByRole('region', { name: '当前来访' })).toContainText(
    '宅基地审批两年未办理',
  )

  for (const s of [leader1, leader2, board])
    expect(await s.page.evaluate(() => (globalThis as unknown as { marker?: number }).marker)).toBe(
      7,
    )

  // No full ID number or phone on the board or an unrelated table, in the DOM or on the wire;
  // and the matter itself never reaches the board or table 3.
  for (const s of [board, leader3]) {
    const text = await s.page.locator('body').innerText()
    const html = await s.page.content()
    for (const secret of [ID_NUMBER, PHONE, '张三丰', '宅基地审批']) {
      expect(text).not.toContain(secret)
      expect(html).not.toContain(secret)
    }
    expect(s.frames.length).toBeGreaterThan(3)
    const wire = s.frames.join('\n')
    for (const secret of [ID_NUMBER, PHONE, '张三丰', '宅基地审批', '110105********002X'])
      expect(wire).not.toContain(secret)
  }
  // The tables handling it got it masked only.
  for (const s of [leader1, leader2]) {
    const wire = s.frames.join('\n')
    expect(wire).toContain('110105********002X')
    expect(wire).not.toContain(ID_NUMBER)
    expect(wire).not.toContain(PHONE)
  }
})

/** Replaces window.speechSynthesis before the page loads: the browser API boundary only. */
function installFakeSpeech(voiceList: { name: string; lang: string }[]) {
  {
    interface Utterance {
      text: string
      onend: ((e: unknown) => void) | null
      onerror: ((e: unknown) => void) | null
    }
    const log: { event: string; text?: string; at: number; overlapping?: boolean }[] = []
    let current: Utterance | null = null
    class FakeUtterance {
      lang = ''
      voice = null
      rate = 1
      onend = null
      onerror = null
      constructor(public text: string) {}
    }
    const synth = {
      speaking: false,
      pending: false,
      paused: false,
      getVoices: () => voiceList.map((v) => ({ ...v, localService: true, default: false })),
      speak(u: Utterance) {
        log.push({ event: 'start', text: u.text, at: performance.now(), overlapping: !!current })
        current = u
        setTimeout(() => {
          log.push({ event: 'end', text: u.text, at: performance.now() })
          current = null
          u.onend?.({})
        }, 250)
      },
      cancel() {
        log.push({ event: 'cancel', at: performance.now() })
      },
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
    }
    Object.defineProperty(globalThis, 'speechSynthesis', { value: synth, configurable: true })
    Object.defineProperty(globalThis, 'SpeechSynthesisUtterance', {
      value: FakeUtterance,
      configurable: true,
    })
    ;(globalThis as unknown as { speechLog: typeof log }).speechLog = log
  }
}

type SpeechLog = { event: string; text?: string; at: number; overlapping?: boolean }[]
const speechLog = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { speechLog: SpeechLog }).speechLog)

test('the board announces calls one after another, each twice, and is silent without a voice', async ({
  hub,
  browser,
}) => {
  const day = await seedDay(hub)
  for (const [name, tableNo] of [
    ['甲', 1],
    ['乙', 2],
  ] as const)
    await hub.call('batch.register', {
      dayId: day.id,
      kind: 'individual',
      headcount: 1,
      members: [{ name }],
      summary: '诉求',
      tableNo,
    })

  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  await context.addInitScript(installFakeSpeech, [{ name: '中文（中国大陆）', lang: 'zh-CN' }])
  const board = await context.newPage()
  await board.goto(hub.at('/board'))
  await expect(board.getByText('语音播报已开启')).toBeVisible()
  await expect(board.locator('li[data-ticket="002"]')).toBeVisible()

  const mute = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  await mute.addInitScript(installFakeSpeech, [{ name: 'English', lang: 'en-US' }])
  const silent = await mute.newPage()
  await silent.goto(hub.at('/board'))
  await expect(silent.getByText('本机未安装中文语音，叫号仅显示')).toBeVisible()
  await expect(silent.locator('li[data-ticket="002"]')).toBeVisible()

  // Two calls in quick succession, then a recall of the first.
  await hub.call('queue.callNext', { dayId: day.id, tableNo: 1 })
  await hub.call('queue.callNext', { dayId: day.id, tableNo: 2 })
  await expect(board.getByText('请 002 号到 2 号接待桌')).toBeVisible()
  await hub.call('queue.recall', { batchId: 1 })

  const first = '请，零零一号，到一号接待桌'
  const second = '请，零零二号，到二号接待桌'
  await expect
    .poll(async () => (await speechLog(board)).filter((e) => e.event === 'end').length, {
      timeout: 15_000,
    })
    .toBe(6)
  const log = await speechLog(board)
  expect(log.filter((e) => e.event === 'start').map((e) => e.text)).toEqual([
    first,
    first,
    second,
    second,
    first,
    first,
  ])
  // Strictly one after another: every start follows the previous end, nothing is cut off.
  expect(log.map((e) => e.event)).toEqual(Array(6).fill(['start', 'end']).flat())
  expect(log.some((e) => e.overlapping)).toBe(false)
  for (let i = 2; i < log.length; i += 2) expect(log[i]!.at).toBeGreaterThanOrEqual(log[i - 1]!.at)

  // The board without a Chinese voice shows the same calls and says nothing.
  await expect(silent.getByText('请 002 号到 2 号接待桌')).toBeVisible()
  expect(await speechLog(silent)).toEqual([])
})

test('in a browser the desk opens a second screen in a new tab', async ({ hub, browser }) => {
  await seedDay(hub)
  const context = await browser.newContext()
  const desk = await context.newPage()
  await desk.goto(hub.at('/desk'))
  await desk.getByRole('button', { name: '副屏' }).click()
  await desk
    .getByLabel('打开', { exact: true })
    .selectOption({ label: '接待桌屏 · 2 号接待桌 · 李秀英' })
  const [screen] = await Promise.all([
    context.waitForEvent('page'),
    desk.getByRole('button', { name: '在新标签页打开' }).click(),
  ])
  await expect(screen.getByRole('heading', { name: '2 号接待桌' })).toBeVisible()
  expect(new URL(screen.url()).hash).toBe('#/leader/2')
})
