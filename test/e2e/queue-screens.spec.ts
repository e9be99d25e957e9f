import { mkdirSync } from 'node:fs'
import Sqlite from 'better-sqlite3'
import type { Page } from '@playwright/test'
import { daysFrom, hallToday } from './support/dates'
import { expect, test, type HubProcess, onEarlierDay } from './support/hub'

// A busy hall (30 batches waiting across four tables) on the leader screen at 1280×800 and the
// board at 1920×1080: nothing may overflow or overlap. SHOTS_DIR keeps the screenshots.

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const GIVEN = ['建国', '秀英', '明', '桂兰', '志强', '海燕', '德华', '春梅', '国庆', '玉珍']
const SUMMARIES = [
  '宅基地审批两年未办理，多次到镇里询问无果',
  '拖欠农民工工资三个月，包工头失联',
  '征地补偿款分配不公，要求公开分配方案',
  '低保资格被取消，认为评定程序不公',
  '小区物业乱收费，业委会成立受阻',
  '道路硬化工程质量差，雨后路面开裂',
]

async function seedBusyHall(hub: HubProcess) {
  const leaders = []
  for (const [name, title] of [
    ['王建国', '县委书记'],
    ['李秀英', '县长'],
    ['赵明', '常务副县长'],
    ['钱程', '副县长'],
  ] as const)
    leaders.push(await hub.call<{ id: number }>('leader.create', { name, title }))

  // An earlier day on which 张桂兰 came; her case is still open.
  const today = hallToday()
  const earlier = await hub.call<{ id: number }>('day.plan', {
    date: daysFrom(today, -40),
    place: '县人民来访接待中心',
    duties: [{ leaderId: leaders[1]!.id, tableNo: 1 }],
  })
  const id = '11010519491231002X'
  const visit = await onEarlierDay(hub, daysFrom(today, -40), (earlierHub) =>
    earlierHub.call<{ batchId: number }>('batch.register', {
      dayId: earlier.id,
      kind: 'individual',
      headcount: 1,
      members: [{ name: '张桂兰', idNumber: id, phone: '13812345678' }],
      summary: '征地补偿款未足额发放',
    }),
  )
  const db = new Sqlite(hub.dbFile)
  db.pragma('busy_timeout = 5000')
  db.prepare(
    `insert into petition_case (case_no, batch_id, day_id, nature, summary, outcome, owner_leader_id,
       accepted_on, deadline, state, review_stage, created_at, updated_at)
     values ('JF-2026-0113', ?, ?, 'appeal', '征地补偿款未足额发放', 'assigned', ?, ?, ?, 'open', 'none', 'x', 'x')`,
  ).run(visit.batchId, earlier.id, leaders[1]!.id, daysFrom(today, -40), daysFrom(today, 20))
  db.close()

  const day = await hub.call<{ id: number }>('day.plan', {
    date: today,
    place: '县人民来访接待中心',
    duties: leaders.map((l, i) => ({ leaderId: l.id, tableNo: i + 1, isLead: i === 0 })),
  })
  const booked = await hub.call<{ id: number }>('appointment.create', {
    dayId: day.id,
    person: { name: '张桂兰', idNumber: id },
    leaderId: leaders[0]!.id,
    slot: '09:30',
    summary: '征地补偿款复查',
    dossier:
      '镇政府已提交补偿明细表：应发 12.6 万元，已发 8.4 万元；差额原因为地上附着物评估争议。建议当场明确复核时限。',
  })
  const register = (input: Record<string, unknown>) =>
    hub.call<{ batchId: number; ticket: string }>('batch.register', {
      dayId: day.id,
      kind: 'individual',
      headcount: 1,
      ...input,
    })

  // Table 1: 张桂兰 by appointment, in session.
  const first = await register({
    members: [{ name: '张桂兰', idNumber: id, phone: '13812345678' }],
    summary:
      '征地补偿款至今未足额发放，差额 4.2 万元。要求镇政府说明地上附着物评估依据，并在一个月内补发。',
    appointmentId: booked.id,
    tableNo: 1,
    flags: { elderly: true },
  })
  // Table 2: a group called and recalled.
  const group = await register({
    kind: 'group',
    headcount: 12,
    members: [{ name: '欧阳娜娜' }, { name: '刘志强' }, { name: '陈海燕' }],
    summary: '村集体土地征收补偿分配不公',
    tableNo: 2,
  })
  // 30 waiting across the four tables.
  for (let i = 0; i < 30; i++) {
    const name = SURNAMES[i % SURNAMES.length]! + GIVEN[i % GIVEN.length]!
    await register({
      members: [{ name }],
      summary: SUMMARIES[i % SUMMARIES.length]!,
      tableNo: (i % 4) + 1,
      ...(i % 4 === 2
        ? { kind: 'group', headcount: 6, members: [{ name }, { name: '黄德华' }] }
        : {}),
      flags: { urgent: i === 9, disabled: i === 5, elderly: i === 13 },
    })
  }
  await hub.call('queue.callNext', { dayId: day.id, tableNo: 1, batchId: first.batchId })
  await hub.call('queue.start', { batchId: first.batchId })
  await hub.call('queue.callNext', { dayId: day.id, tableNo: 2, batchId: group.batchId })
  await hub.call('queue.recall', { batchId: group.batchId })
  await hub.call('queue.callNext', { dayId: day.id, tableNo: 3 })
  await hub.call('queue.pause', { dayId: day.id, tableNo: 4 })
  return { day }
}

/**
 * Nothing scrolls the page, and no text is cut off: every element with text of its own lies
 * within each ancestor that clips (overflow not visible), unless it is deliberately truncated
 * (text-overflow: ellipsis) or inside a scroll area.
 */
async function expectNoOverflow(page: Page) {
  const overflow = (await page.evaluate(MEASURE_OVERFLOW)) as { page: number[]; clipped: string[] }
  expect(overflow.page).toEqual([0, 0])
  expect(overflow.clipped).toEqual([])
}

// Runs in the page (plain JavaScript: this file is type-checked without the DOM library).
const MEASURE_OVERFLOW = `(() => {
  const root = document.scrollingElement
  const clipped = []
  for (const el of document.querySelectorAll('body *')) {
    if (el.offsetParent === null && getComputedStyle(el).position !== 'fixed') continue
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())
    if (!own || getComputedStyle(el).textOverflow === 'ellipsis') continue
    const r = el.getBoundingClientRect()
    if (r.width === 0 || r.height === 0) continue
    if (r.right > innerWidth + 1 || r.bottom > innerHeight + 1 || r.left < -1 || r.top < -1)
      clipped.push(el.innerText.slice(0, 30) + ' (off screen)')
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (a.classList.contains('mantine-ScrollArea-viewport')) break
      const cs = getComputedStyle(a)
      if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue
      const ar = a.getBoundingClientRect()
      if (r.right > ar.right + 1 || r.bottom > ar.bottom + 1 || r.left < ar.left - 1) {
        clipped.push(el.innerText.slice(0, 30) + ' (cut by ' + String(a.className).slice(0, 40) + ')')
        break
      }
    }
  }
  return { page: [root.scrollWidth - innerWidth, root.scrollHeight - innerHeight], clipped }
})()`

const shots = process.env['SHOTS_DIR']

test('a busy hall fits the leader screen at 1280×800 and the board at 1920×1080', async ({
  hub,
  browser,
}, testInfo) => {
  await seedBusyHall(hub)
  const dir = shots ?? testInfo.outputDir
  mkdirSync(dir, { recursive: true })

  const leader = await (
    await browser.newContext({ viewport: { width: 1280, height: 800 } })
  ).newPage()
  await leader.goto(hub.at('/leader/1'))
  const current = leader.getByRole('region', { name: '当前来访' })
  await expect(current).toContainText('接待中')
  await expect(current).toContainText('约访材料（09:30）')
  await expect(current).toContainText('JF-2026-0113')
  await expect(current).toContainText('既往来访 1 次')
  await expect(leader.getByRole('region', { name: '等候中' })).toContainText('等候 8 批')
  for (const name of [
    '叫下一位',
    '开始接待',
    '重新叫号',
    '未到场',
    '转桌',
    '暂停接待',
    '结束今日接待',
  ])
    await expect(leader.getByRole('navigation').getByRole('button', { name })).toBeInViewport({
      ratio: 1,
    })
  await leader.screenshot({ path: `${dir}/leader-1280x800.png` })
  await expectNoOverflow(leader)

  const board = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  ).newPage()
  await board.goto(hub.at('/board'))
  await expect(board.getByRole('region', { name: '正在叫号' })).toContainText(
    '请 005 号到 3 号接待桌',
  )
  await expect(board.getByRole('article', { name: '2 号接待桌' })).toContainText('请 002 号入座')
  await expect(board.getByRole('article', { name: '4 号接待桌' })).toContainText('暂停接待')
  await expect(board.getByRole('article', { name: '1 号接待桌' })).toContainText('另有 3 批等候')
  await board.screenshot({ path: `${dir}/board-1920x1080.png` })
  await expectNoOverflow(board)

  // A paused table, and its end-of-day dialog offering the waiting batches for transfer.
  await leader.goto(hub.at('/leader/4'))
  await expect(leader.getByText('本桌暂停接待，暂不叫号。')).toBeVisible()
  await expect(leader.getByRole('button', { name: '恢复接待' })).toBeVisible()
  await leader.getByRole('button', { name: '结束今日接待' }).click()
  const endDay = leader.getByRole('dialog', { name: '结束 4 号接待桌今日接待' })
  await expect(endDay.getByLabel('还有 7 批在等候，转往：')).toHaveValue('1')
  await leader.screenshot({ path: `${dir}/leader-4-end-day-1280x800.png` })
  await endDay.getByRole('button', { name: '取消' }).click()

  // The same two screens in English.
  await leader.goto(hub.at('/leader/2').replace('/#', '/?lang=en#'))
  await expect(leader.getByRole('region', { name: 'At the table' })).toContainText(
    'Calls repeated: 1',
  )
  await leader.screenshot({ path: `${dir}/leader-2-en-1280x800.png` })
  await expectNoOverflow(leader)
})
