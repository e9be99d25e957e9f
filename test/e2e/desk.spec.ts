import type { Page } from '@playwright/test'
import { chineseDate, daysFrom, hallToday } from './support/dates'
import { expect, test, type HubProcess, onEarlierDay } from './support/hub'
import { pdfText } from './support/pdf'

interface Leader {
  id: number
}

/** A county with townships, four leaders with areas and liaisons, and an earlier visit. */
async function seedHall(hub: HubProcess) {
  await hub.call('reference.importTownships', { countyCode: '330726' })
  const townships = await hub.call<{ code: string; name: string }[]>('reference.townships', {})
  const huangzhai = townships.find((t) => t.name === '黄宅镇')!
  const categories = await hub.call<{ id: number; name: string }[]>('reference.categories', {})
  const labour = categories.find((c) => c.name === '劳动社保')!
  const lead = await hub.call<Leader>('leader.create', { name: '王建国', title: '县长' })
  const liaison = await hub.call<Leader>('leader.create', {
    name: '李秀英',
    title: '副县长',
    townshipCodes: [huangzhai.code],
  })
  const areas = await hub.call<Leader>('leader.create', {
    name: '赵明',
    title: '副县长',
    areaIds: [labour.id],
  })
  const owner = await hub.call<Leader>('leader.create', { name: '钱程', title: '副县长' })

  // An earlier reception day on which 张三 came; his case is owned by 钱程 and still open.
  const today = hallToday()
  const earlier = await hub.call<{ id: number }>('day.plan', {
    date: daysFrom(today, -30),
    place: '县人民来访接待中心',
    duties: [{ leaderId: owner.id, tableNo: 1 }],
  })
  // His case is recorded through the API on that day, as the table would (both databases).
  const department = await hub.call<{ id: number }>('reference.createDepartment', {
    name: '县人社局',
  })
  await onEarlierDay(hub, daysFrom(today, -30), async (earlierHub) => {
    const visit = await earlierHub.call<{ batchId: number }>('batch.register', {
      dayId: earlier.id,
      kind: 'individual',
      headcount: 1,
      members: [{ name: '张三', idNumber: '440524188001010014', phone: '13812345678' }],
      summary: '拖欠工资三个月未发放',
    })
    await earlierHub.call('queue.callNext', {
      dayId: earlier.id,
      tableNo: 1,
      batchId: visit.batchId,
    })
    await earlierHub.call('queue.start', { batchId: visit.batchId, tableNo: 1 })
    await earlierHub.call('outcome.record', {
      batchId: visit.batchId,
      decision: '交县人社局办理',
      matters: [
        {
          summary: '拖欠工资',
          nature: 'appeal',
          decision: '交县人社局办理',
          outcome: 'assigned',
          departmentId: department.id,
          ownerLeaderId: owner.id,
          promisedDeadline: daysFrom(today, 30),
          shareContact: false,
        },
      ],
    })
  })

  const day = await hub.call<{ id: number }>('day.plan', {
    date: today,
    place: '县人民来访接待中心',
    duties: [
      { leaderId: lead.id, tableNo: 1, isLead: true },
      { leaderId: liaison.id, tableNo: 2 },
      { leaderId: areas.id, tableNo: 3 },
      { leaderId: owner.id, tableNo: 4 },
    ],
  })
  return { day }
}

const registered = (desk: Page) => desk.getByRole('status').filter({ hasText: '已登记' })

test('the clerk registers by keyboard, sees repeats and every routing reason, and prints a receipt', async ({
  hub,
  browser,
}) => {
  // The whole flow, an earlier day's hub besides: near a minute on SQLite, more on PostgreSQL.
  test.slow()
  await seedHall(hub)
  const context = await browser.newContext()
  const desk = await context.newPage()
  await desk.goto(hub.at('/desk'))
  const name = desk.getByLabel('姓名')
  await expect(name).toBeFocused()

  // 1. A returning individual, keyboard only: the repeat check and the owner leader.
  await desk.keyboard.type('张三')
  await desk.keyboard.press('Tab')
  await desk.keyboard.type('440524188001010014')
  const repeats = desk.getByRole('region', { name: '来访记录核查' })
  await expect(repeats).toContainText('身份证号相符')
  await expect(repeats).toContainText(chineseDate(daysFrom(hallToday(), -30)))
  await expect(repeats.getByRole('alert')).toContainText('第十九条')
  await expect(desk.getByTestId('route-suggestion')).toContainText('4 号接待桌')
  await expect(desk.getByTestId('route-suggestion')).toContainText('包案领导在岗')
  await desk.keyboard.press('Tab')
  await desk.keyboard.type('13812345678')
  await desk.keyboard.press('Alt+S')
  await desk.keyboard.type('工资仍未发放')
  await desk.keyboard.press('Control+Enter')
  await expect(registered(desk)).toContainText('001 号，请到 4 号接待桌')
  await expect(name).toBeFocused()

  // 2. A group of 12 with 5 named representatives: collective, so the lead leader.
  const reps = ['刘一', '陈二', '杨三', '黄四', '周五']
  await desk.keyboard.type(reps[0]!)
  for (const rep of reps.slice(1)) {
    await desk.keyboard.press('Alt+A')
    await desk.keyboard.type(rep)
  }
  await expect(desk.getByRole('button', { name: /添加代表/ })).toBeDisabled()
  await desk.keyboard.press('Alt+N')
  await desk.keyboard.type('12')
  await expect(desk.getByTestId('route-suggestion')).toContainText('主接领导')
  await desk.keyboard.press('Alt+S')
  await desk.keyboard.type('村集体土地征收补偿分配不公')
  await desk.keyboard.press('Control+Enter')
  await expect(registered(desk)).toContainText('002 号，请到 1 号接待桌')

  // 3. Township → its liaison leader.
  await desk.keyboard.type('孙六')
  await desk.getByRole('textbox', { name: '所属乡镇（街道）' }).fill('黄宅')
  await desk.keyboard.press('ArrowDown')
  await desk.keyboard.press('Enter')
  await expect(desk.getByTestId('route-suggestion')).toContainText('联系乡镇领导')
  await desk.getByLabel('诉求摘要').fill('道路硬化')
  await desk.getByRole('button', { name: '登记并取号' }).click()
  await expect(registered(desk)).toContainText('003 号，请到 2 号接待桌')

  // 4. Category → the leader whose areas include it.
  await name.fill('吴七')
  await desk.getByRole('textbox', { name: '内容分类' }).fill('劳动')
  await desk.keyboard.press('ArrowDown')
  await desk.keyboard.press('Enter')
  await expect(desk.getByTestId('route-suggestion')).toContainText('分管领域领导')
  await desk.getByLabel('诉求摘要').fill('社保断缴')
  await desk.getByRole('button', { name: '登记并取号' }).click()
  await expect(registered(desk)).toContainText('004 号，请到 3 号接待桌')

  // 5. Nothing to go by → the shortest wait; 6. the clerk's own choice (Alt+2).
  await name.fill('郑八')
  await expect(desk.getByTestId('route-suggestion')).toContainText('等候最短的接待桌')
  await desk.getByLabel('诉求摘要').fill('咨询政策')
  await desk.getByRole('button', { name: '登记并取号' }).click()
  await expect(registered(desk)).toContainText('005 号，请到 1 号接待桌')
  await name.fill('冯九')
  await desk.keyboard.press('Alt+2')
  await desk.getByLabel('诉求摘要').fill('咨询')
  await desk.keyboard.press('Alt+S')
  await desk.keyboard.press('Control+Enter')
  await expect(registered(desk)).toContainText('006 号，请到 2 号接待桌')
  await expect(registered(desk)).toContainText('人工指定')

  // The receipt, printed to PDF by Chromium and read back.
  await name.fill('卫十')
  await desk.getByLabel('身份证号').fill('11010519491231002X')
  await desk.getByLabel('诉求摘要').fill('宅基地')
  await desk.getByRole('button', { name: '登记并取号' }).click()
  await expect(registered(desk)).toContainText('007 号')
  const tableNo = /请到 (\d+) 号接待桌/.exec((await registered(desk).textContent()) ?? '')?.[1]
  const [receipt] = await Promise.all([
    context.waitForEvent('page'),
    desk.getByRole('button', { name: '打印登记回执' }).click(),
  ])
  // The popup prints itself (window.print); the same route, rendered to PDF, is what it prints.
  expect(receipt.url()).toMatch(/#\/print\/receipt\/\d+\?autoprint=1/)
  const sheet = await context.newPage()
  await sheet.goto(receipt.url().replace('?autoprint=1', ''))
  await expect(sheet.getByText('007').first()).toBeVisible()
  const text = pdfText(await sheet.pdf({ width: '80mm', height: '200mm', printBackground: true }))
  expect(text).toContain('007')
  expect(text).toMatch(new RegExp(`${tableNo}\\s*号接待桌`))
  expect(text).toContain('110105********002X')
  expect(text).not.toContain('11010519491231002X')
})

test('wrong input is explained next to its field and nothing is saved', async ({
  hub,
  browser,
}) => {
  await seedHall(hub)
  const desk = await (await browser.newContext()).newPage()
  await desk.goto(hub.at('/desk'))
  await desk.getByLabel('姓名').fill('张三')
  await desk.getByLabel('身份证号').fill('440524188001010015')
  await desk.getByLabel('联系电话').fill('12345')
  await desk.getByRole('button', { name: '登记并取号' }).click()
  await expect(desk.getByText('身份证号校验位不正确，请核对')).toBeVisible()
  await expect(desk.getByText('电话号码格式不正确')).toBeVisible()
  await expect(desk.getByText('请填写诉求摘要')).toBeVisible()

  await desk.getByLabel('身份证号').fill('440524188002300014')
  await desk.getByLabel('身份证号').blur()
  await expect(desk.getByText('身份证号中的出生日期不存在')).toBeVisible()

  await desk.keyboard.press('Alt+N')
  await desk.getByLabel('来访人数').fill('0')
  await desk.getByRole('button', { name: '登记并取号' }).click()
  await expect(desk.getByText('来访人数至少为 1')).toBeVisible()
  await expect(desk.getByText('今天还没有登记')).toBeVisible()

  // The hub refuses the same payloads on its own, in the caller's language.
  const refused = await fetch(`${new URL(hub.url).origin}/trpc/batch.register`, {
    method: 'POST',
    headers: { authorization: `Bearer ${hub.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      dayId: 2,
      kind: 'group',
      headcount: 12,
      members: Array.from({ length: 6 }, (_, i) => ({ name: `代表${i}` })),
      summary: '',
    }),
  })
  expect(refused.status).toBe(400)
  const body = (await refused.json()) as { error: { message: string } }
  expect(body.error.message).toContain('集体访最多登记 5 名代表')
  expect(body.error.message).toContain('请填写诉求摘要')
  const batches = await hub.call<unknown[]>('batch.listForDay', { dayId: 2 })
  expect(batches).toEqual([])
})

test('a half-filled registration survives a reload', async ({ hub, page }) => {
  await seedHall(hub)
  await page.goto(hub.at('/desk'))
  await page.getByLabel('姓名').fill('王小明')
  await page.getByLabel('诉求摘要').fill('房屋漏水')
  await page.reload()
  await expect(page.getByLabel('姓名')).toHaveValue('王小明')
  await expect(page.getByLabel('诉求摘要')).toHaveValue('房屋漏水')
  await expect(page.getByText('已恢复未保存的登记内容')).toBeVisible()
})
