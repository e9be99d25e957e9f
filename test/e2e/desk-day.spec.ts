import Sqlite from 'better-sqlite3'
import type { Page } from '@playwright/test'
import { hallToday } from './support/dates'
import { expect, test, type HubProcess } from './support/hub'
import { startIdCardReader } from './support/idCardReader'

// The desk as a clerk lives the day (issue 11, "At the desk"), by keyboard.

const viewports = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]

/** Townships of 浦江县, two leaders (the second the liaison of 黄宅镇), today's day. */
async function seedHall(hub: HubProcess) {
  await hub.call('reference.importTownships', { countyCode: '330726' })
  const townships = await hub.call<{ code: string; name: string }[]>('reference.townships', {})
  const huangzhai = townships.find((t) => t.name === '黄宅镇')!
  const lead = await hub.call<{ id: number }>('leader.create', { name: '王建国', title: '县长' })
  const liaison = await hub.call<{ id: number }>('leader.create', {
    name: '李秀英',
    title: '副县长',
    townshipCodes: [huangzhai.code],
  })
  const day = await hub.call<{ id: number }>('day.plan', {
    date: hallToday(),
    place: '县人民来访接待中心',
    duties: [
      { leaderId: lead.id, tableNo: 1, isLead: true },
      { leaderId: liaison.id, tableNo: 2 },
    ],
  })
  return { dayId: day.id, huangzhai }
}

interface BatchView {
  categoryId: number | null
  townshipCode: string | null
  summary: string
  village: string | null
  flags: { urgent: boolean }
}
interface Row {
  batchId: number
  ticket: string
  status: string
  tableNo: number
  routeRule: string
}

const registered = (desk: Page) => desk.getByRole('status').filter({ hasText: '已登记' })
const rows = (hub: HubProcess, dayId: number) => hub.call<Row[]>('batch.listForDay', { dayId })
const audit = (hub: HubProcess, action: string) => {
  const db = new Sqlite(hub.dbFile, { readonly: true })
  const found = db
    .prepare('select after_json from audit_log where action = ? order by id')
    .pluck()
    .all(action)
    .map((a) => JSON.parse(a as string) as Record<string, unknown>)
  db.close()
  return found
}

/** The desk, ready for keys: the name field has the cursor. */
async function openDesk(desk: Page, hub: HubProcess) {
  await desk.goto(hub.at('/desk'))
  await expect(desk.getByLabel('姓名')).toBeFocused()
}

/** Name, ID number by keyboard from the name field (focused when the desk opens). */
async function typePerson(desk: Page, name: string, idNumber?: string) {
  await desk.keyboard.type(name)
  if (idNumber) {
    await desk.keyboard.press('Tab')
    await desk.keyboard.type(idNumber)
  }
}

for (const viewport of viewports) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport })

    test('Enter and Tab in a select take the highlighted option; only Enter elsewhere saves', async ({
      hub,
      page: desk,
    }) => {
      const { dayId, huangzhai } = await seedHall(hub)
      await openDesk(desk, hub)
      await typePerson(desk, '孙六')
      await desk.keyboard.press('Alt+S')
      await desk.keyboard.type('危房改造补助未发放')
      await desk.keyboard.press('Tab') // 事项性质
      await desk.keyboard.press('Tab') // 内容分类
      const category = desk.getByRole('textbox', { name: '内容分类' })
      await expect(category).toBeFocused()
      await desk.keyboard.type('城乡')
      await desk.keyboard.press('Enter')
      await expect(category).toHaveValue('城乡建设')
      // Enter in the select took the option and saved nothing.
      expect(await rows(hub, dayId)).toEqual([])
      await expect(registered(desk)).toHaveCount(0)

      await desk.keyboard.press('Tab')
      const township = desk.getByRole('textbox', { name: '所属乡镇（街道）' })
      await expect(township).toBeFocused()
      await desk.keyboard.type('黄宅')
      await desk.keyboard.press('Tab') // takes 黄宅镇 and moves on to 村（社区）
      await expect(township).toHaveValue('黄宅镇')
      await expect(desk.getByLabel('村（社区）')).toBeFocused()
      await expect(desk.getByTestId('route-suggestion')).toContainText('联系乡镇领导')
      await desk.keyboard.type('前店村')
      await desk.keyboard.press('Enter') // a text field: Enter saves
      await expect(registered(desk)).toContainText('001 号，请到 2 号接待桌')

      const [saved] = await rows(hub, dayId)
      const view = await hub.call<BatchView>('batch.get', { batchId: saved!.batchId })
      expect(view.townshipCode).toBe(huangzhai.code)
      expect(view.categoryId).not.toBeNull()
      expect(view.village).toBe('前店村')

      // Ctrl+Enter saves from inside a select, with the option typed there.
      await typePerson(desk, '周七')
      await desk.keyboard.press('Alt+S')
      await desk.keyboard.type('征地补偿')
      await desk.keyboard.press('Tab')
      await desk.keyboard.press('Tab')
      await desk.keyboard.type('劳动')
      await desk.keyboard.press('Control+Enter')
      await expect(registered(desk)).toContainText('002 号')
      const second = (await rows(hub, dayId)).find((r) => r.ticket === '002')!
      expect(
        (await hub.call<BatchView>('batch.get', { batchId: second.batchId })).categoryId,
      ).not.toBeNull()
    })

    test('the saved ticket and its print key stay in view; Alt+P prints; auto-print per desk', async ({
      hub,
      page: desk,
    }) => {
      await seedHall(hub)
      await openDesk(desk, hub)
      await typePerson(desk, '郑八', '11010519491231002X')
      await desk.keyboard.press('Alt+S')
      await desk.keyboard.type('宅基地审批')
      await desk.keyboard.press('Control+Enter')
      const notice = registered(desk)
      await expect(notice).toContainText('001 号')
      await expect(notice).toBeInViewport({ ratio: 1 })
      const print = desk.getByRole('button', { name: /打印登记回执/ })
      await expect(print).toBeInViewport({ ratio: 1 })
      await desk.waitForTimeout(300) // let the fonts settle for the screenshot
      await desk.screenshot({
        path: `test-results/screens/desk-${viewport.width}x${viewport.height}.png`,
      })

      const [receipt] = await Promise.all([
        desk.context().waitForEvent('page'),
        desk.keyboard.press('Alt+P'),
      ])
      expect(receipt.url()).toMatch(/#\/print\/receipt\/\d+\?autoprint=1/)
      await receipt.close()

      // Auto-print after save, remembered by this desk across a reload.
      const auto = desk.getByRole('checkbox', { name: '保存后自动打印回执' })
      await auto.focus()
      await desk.keyboard.press('Space')
      await expect(auto).toBeChecked()
      await desk.reload()
      await expect(desk.getByLabel('姓名')).toBeFocused()
      await typePerson(desk, '冯九')
      await desk.keyboard.press('Alt+S')
      await desk.keyboard.type('咨询')
      const [printed] = await Promise.all([
        desk.context().waitForEvent('page'),
        desk.keyboard.press('Control+Enter'),
      ])
      expect(printed.url()).toMatch(/#\/print\/receipt\/\d+\?autoprint=1/)
      await expect(registered(desk)).toContainText('002 号')
    })
  })
}

test.describe('at 1366×768', () => {
  test.use({ viewport: viewports[0] })

  test('a person still in today’s queue gets no second ticket by accident', async ({
    hub,
    page: desk,
  }) => {
    const { dayId } = await seedHall(hub)
    await openDesk(desk, hub)
    await typePerson(desk, '张三', '440524188001010014')
    await desk.keyboard.press('Alt+2')
    await desk.keyboard.press('Alt+S')
    await desk.keyboard.type('拖欠工资')
    await desk.keyboard.press('Control+Enter')
    await expect(registered(desk)).toContainText('001 号，请到 2 号接待桌')

    // The same person again: the desk says so plainly before anything is saved.
    await typePerson(desk, '张三', '440524188001010014')
    const notice = desk.getByTestId('same-day')
    await expect(notice).toContainText('此人今天已登记')
    await expect(notice).toContainText('001 号，2 号接待桌 · 等候')
    await expect(notice).toBeInViewport()
    await desk.screenshot({ path: 'test-results/screens/desk-same-day-1366x768.png' })
    await desk.keyboard.press('Alt+S')
    await desk.keyboard.type('另有宅基地纠纷')
    // Saving anyway is refused by the hub, which says why.
    await desk.keyboard.press('Control+Enter')
    await expect(
      desk.getByRole('alert').filter({ hasText: '如确需另行登记，请注明原因' }),
    ).toBeVisible()
    expect(await rows(hub, dayId)).toHaveLength(1)

    // Reprint their ticket.
    const [reprint] = await Promise.all([
      desk.context().waitForEvent('page'),
      notice.getByRole('button', { name: '重打 001 号回执' }).press('Enter'),
    ])
    expect(reprint.url()).toContain(`#/print/receipt/${(await rows(hub, dayId))[0]!.batchId}`)
    await reprint.close()

    // Deliberately, with a reason: the same table, and the reason in the log.
    await notice.getByRole('button', { name: '仍要另行登记…' }).press('Enter')
    const reason = desk.getByLabel('另行登记的原因（记入日志，将分到同一接待桌）')
    await expect(reason).toBeFocused()
    await desk.keyboard.press('Control+Enter') // without a reason: refused at the field
    await expect(reason).toBeFocused()
    await expect(desk.getByText('必填')).toBeVisible()
    await desk.keyboard.type('另一事项需单独受理')
    await desk.keyboard.press('Enter')
    await expect(registered(desk)).toContainText('002 号，请到 2 号接待桌')
    await expect(registered(desk)).toContainText('同日再次登记，回原接待桌')
    expect(audit(hub, 'batch.register')[1]).toMatchObject({
      sameDayRepeat: { openTicket: '001', reason: '另一事项需单独受理' },
    })

    // Or the new matter goes into the batch already waiting: no third ticket.
    await typePerson(desk, '张三', '440524188001010014')
    await desk.keyboard.press('Alt+S')
    await desk.keyboard.type('还有医保报销问题')
    await notice.getByRole('button', { name: '把本次诉求并入 001 号' }).press('Enter')
    await expect(desk.getByText('本次诉求已并入 001 号')).toBeVisible()
    const list = await rows(hub, dayId)
    expect(list).toHaveLength(2)
    const first = await hub.call<BatchView>('batch.get', {
      batchId: list.find((r) => r.ticket === '001')!.batchId,
    })
    expect(first.summary).toBe('拖欠工资\n还有医保报销问题')
    await expect(desk.getByLabel('姓名')).toHaveValue('')

    // The hub refuses a script's second registration on its own.
    await expect(
      hub.call('batch.register', {
        dayId,
        kind: 'individual',
        headcount: 1,
        members: [{ name: '张三', idNumber: '440524188001010014' }],
        summary: '再次',
      }),
    ).rejects.toThrow(/今天已登记为 001 号/)
  })

  test('a correction fixes category, township and every other field, logged', async ({
    hub,
    page: desk,
  }) => {
    const { dayId, huangzhai } = await seedHall(hub)
    await openDesk(desk, hub)
    await typePerson(desk, '吴七')
    await desk.keyboard.press('Alt+S')
    await desk.keyboard.type('道路硬化')
    await desk.keyboard.press('Control+Enter')
    await expect(registered(desk)).toContainText('001 号')

    await desk.getByRole('button', { name: '更正 001' }).press('Enter')
    const modal = desk.getByRole('dialog', { name: '更正登记 001 号' })
    await modal.getByRole('textbox', { name: '内容分类' }).focus()
    await desk.keyboard.type('城乡')
    await desk.keyboard.press('Tab')
    await desk.keyboard.type('黄宅')
    await desk.keyboard.press('Enter')
    await desk.keyboard.press('Tab')
    await desk.keyboard.type('前店村')
    await modal.getByRole('checkbox', { name: '紧急' }).press('Space')
    await modal.getByLabel('原因').focus()
    await desk.keyboard.type('登记时漏填分类和乡镇')
    await desk.keyboard.press('Enter')
    await expect(desk.getByText('更正已保存')).toBeVisible()

    const view = await hub.call<BatchView>('batch.get', {
      batchId: (await rows(hub, dayId))[0]!.batchId,
    })
    expect(view).toMatchObject({ townshipCode: huangzhai.code, village: '前店村' })
    expect(view.categoryId).not.toBeNull()
    expect(view.flags.urgent).toBe(true)
    expect(audit(hub, 'batch.correct')).toEqual([
      expect.objectContaining({
        townshipCode: huangzhai.code,
        categoryId: view.categoryId,
        reason: '登记时漏填分类和乡镇',
      }),
    ])
  })

  test('a no-show who comes back is put back in the queue with the same ticket', async ({
    hub,
    page: desk,
  }) => {
    const { dayId } = await seedHall(hub)
    await openDesk(desk, hub)
    await typePerson(desk, '陈二')
    await desk.keyboard.press('Alt+1')
    await desk.keyboard.press('Alt+S')
    await desk.keyboard.type('低保')
    await desk.keyboard.press('Control+Enter')
    await expect(registered(desk)).toContainText('001 号')
    const [batch] = await rows(hub, dayId)
    await hub.call('queue.noShow', { batchId: batch!.batchId, tableNo: 1 })

    const row = desk.locator('tr[data-ticket="001"]')
    await expect(row).toContainText('未到')
    await row.getByRole('button', { name: '重新排队 001' }).press('Enter')
    await expect(desk.getByText('001 号已重新排队')).toBeVisible()
    await expect(row).toContainText('等候')
    const queue = await hub.call<{ waiting: { ticket: string }[] }>('queue.forTable', {
      dayId,
      tableNo: 1,
    })
    expect(queue.waiting.map((w) => w.ticket)).toEqual(['001'])
    expect(audit(hub, 'queue.requeue')).toEqual([{ status: 'waiting', reason: '本人返回' }])
  })

  test('after a refused save the cursor is in the first field in error, which looks unlike focus', async ({
    hub,
    page: desk,
  }) => {
    await seedHall(hub)
    await openDesk(desk, hub)
    await typePerson(desk, '张三', '440524188001010015')
    await desk.keyboard.press('Shift+Tab')
    await desk.keyboard.press('Enter') // Enter in the name field: save, refused
    const id = desk.getByLabel('身份证号')
    await expect(desk.getByText('身份证号校验位不正确，请核对')).toBeVisible()
    await expect(id).toBeFocused()
    await expect(id).toHaveAttribute('aria-invalid', 'true')

    // The name field focused (no error) and the summary in error are told apart.
    await desk.getByLabel('姓名').focus()
    const border = (label: string) =>
      desk.getByLabel(label).evaluate((el) => {
        const view = globalThis as unknown as {
          getComputedStyle(e: unknown): { borderColor: string }
        }
        return view.getComputedStyle(el).borderColor
      })
    // The border colour eases in (a CSS transition): read it once it has settled.
    await expect.poll(() => border('姓名')).toMatch(/rgb\(\d{1,2}, 1\d\d, 2\d\d\)/) // blue
    await expect.poll(() => border('诉求摘要')).toMatch(/rgb\(2\d\d, \d{1,2}, \d{1,2}\)/) // red
    expect(await border('姓名')).not.toBe(await border('诉求摘要'))
  })

  test('the ID-card reader fills the person in one key; unplugged, the desk says so and typing works', async ({
    hub,
    page: desk,
  }) => {
    const { dayId } = await seedHall(hub)
    const reader = await startIdCardReader({
      name: '赵秀兰',
      sex: '女',
      birthday: '19491231',
      address: '浙江省浦江县黄宅镇前店村 12 号',
      idNum: '11010519491231002x',
    })
    try {
      await desk.goto(hub.at('/settings?tab=device'))
      await desk.getByLabel('身份证读卡器服务地址').fill(reader.address)
      await desk.keyboard.press('Enter')
      await expect(desk.getByText('已保存读卡器地址')).toBeVisible()
      await openDesk(desk, hub)
      await expect(desk.getByLabel('姓名')).toBeFocused()

      // The keys of an individual registration with a reader: Alt+R, Alt+S, the summary, Ctrl+Enter.
      await desk.keyboard.press('Alt+R')
      await expect(desk.getByTestId('reader-status')).toContainText('已读取身份证：赵秀兰')
      await expect(desk.getByLabel('姓名')).toHaveValue('赵秀兰')
      await expect(desk.getByLabel('身份证号')).toHaveValue('11010519491231002X')
      await expect(desk.getByLabel('住址')).toHaveValue('浙江省浦江县黄宅镇前店村 12 号')
      await expect(desk.getByText('1949-12-31 出生')).toBeVisible()
      await expect(desk.getByText(/· 女$/)).toBeVisible()
      await expect(desk.getByLabel('联系电话')).toBeFocused()
      expect(reader.requests).toEqual([{ type: 4 }])
      await desk.keyboard.press('Alt+S')
      await desk.keyboard.type('养老金')
      await desk.keyboard.press('Control+Enter')
      await expect(registered(desk)).toContainText('001 号')
      const view = await hub.call<{ members: { idNumber: string; address: string }[] }>(
        'batch.get',
        { batchId: (await rows(hub, dayId))[0]!.batchId },
      )
      expect(view.members[0]).toMatchObject({ idNumber: '11010519491231002X' })

      // Unplugged: the desk says so, and the clerk types as before.
      await reader.stop()
      await desk.keyboard.press('Alt+R')
      await expect(desk.getByTestId('reader-status')).toContainText('读卡器未连接')
      await expect(desk.getByLabel('姓名')).toBeFocused()
      await typePerson(desk, '钱五', '440524188001010014')
      await desk.keyboard.press('Alt+S')
      await desk.keyboard.type('工资')
      await desk.keyboard.press('Control+Enter')
      await expect(registered(desk)).toContainText('002 号')
    } finally {
      await reader.stop()
    }
  })
})
