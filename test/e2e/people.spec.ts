import { hallToday } from './support/dates'
import { expect, test } from './support/hub'

// People (issue 15): the admin adds a clerk with a PIN; a desk paired through the screens asks
// for a sign-in before it registers; the clerk signs in, registers and reads the registration
// in full; the admin's audit screen shows the write and the read under the clerk's name and
// the desk's, and the devices page who is signed in where.

const shots = process.env['RECEPTION_DAY_SHOTS']

test('an admin adds a person, who signs in at a paired desk and registers; the audit names them', async ({
  hub,
  browser,
}) => {
  const leader = await hub.call<{ id: number }>('leader.create', { name: '王建国', title: '县长' })
  const day = await hub.call<{ id: number }>('day.plan', {
    date: hallToday(),
    place: '县人民来访接待中心',
    duties: [{ leaderId: leader.id, tableNo: 1, isLead: true }],
  })

  // The admin adds the clerk.
  const admin = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
  await admin.goto(hub.at('/settings?tab=people'))
  await admin.getByLabel('姓名').fill('王登记')
  await admin.getByLabel('PIN 码或密码').fill('135790')
  await admin.getByRole('button', { name: '添加', exact: true }).click()
  const person = admin.getByTestId('person-row').filter({ hasText: '王登记' })
  await expect(person).toContainText('PIN 码')
  await expect(person).toContainText('在用')
  if (shots) await admin.screenshot({ path: `${shots}/people-1920.png` })

  // A desk on another PC, paired through the screens.
  await admin.goto(hub.at('/settings?tab=devices'))
  await admin.getByRole('button', { name: '添加设备' }).click()
  const dialog = admin.getByRole('dialog', { name: '添加设备' })
  await dialog.getByLabel('设备名称').fill('二号登记台')
  await dialog.getByRole('textbox', { name: '角色' }).click()
  await admin.getByRole('option', { name: '登记台' }).click()
  await dialog.getByRole('button', { name: '生成配对码' }).click()
  const code = (await dialog.getByTestId('pairing-code').textContent())?.trim() ?? ''
  await admin.getByRole('button', { name: '完成' }).click()

  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  const desk = await context.newPage()
  await desk.goto(`${new URL(hub.url).origin}/#/pair/${code}`)
  await desk.getByRole('button', { name: '配对' }).click()
  await expect(desk).toHaveURL(/#\/desk$/)

  // Nobody signed in: the desk asks for a sign-in, and the hub refuses its writes meanwhile.
  await expect(desk.getByRole('heading', { name: '登录' })).toBeVisible()
  await expect(desk.getByText('本设备是「二号登记台」（登记台）')).toBeVisible()
  if (shots) await desk.screenshot({ path: `${shots}/sign-in-1920.png` })
  await desk.getByLabel('PIN 码或密码').fill('000000')
  await desk.getByLabel('姓名').fill('王登记')
  await desk.getByRole('button', { name: '登录' }).click()
  await expect(desk.getByRole('alert')).toContainText('姓名或 PIN 码、密码不对')
  await desk.getByLabel('PIN 码或密码').fill('135790')
  await desk.getByRole('button', { name: '登录' }).click()
  await expect(desk.getByTestId('signed-in-person')).toHaveText('王登记')

  // The clerk registers, and opens the registration in full.
  await desk.getByLabel('姓名').fill('张三')
  await desk.getByLabel('姓名').press('Alt+S')
  await desk.keyboard.type('宅基地审批迟迟未办理')
  await desk.keyboard.press('Control+Enter')
  await expect(desk.getByRole('status').filter({ hasText: '已登记' })).toContainText('001 号')
  const batches = await hub.call<{ batchId: number }[]>('batch.listForDay', { dayId: day.id })
  const batchId = batches[0]?.batchId ?? 0
  const read = await desk.evaluate(async (id) => {
    const input = encodeURIComponent(JSON.stringify({ batchId: id }))
    return (await fetch(`/trpc/batch.get?input=${input}`)).status
  }, batchId)
  expect(read).toBe(200)

  // The devices page names who is signed in at the desk.
  await admin.reload()
  // The test fixture's own admin device is listed too: the desk's row is the one named so.
  const row = admin
    .getByTestId('device-row')
    .filter({ has: admin.locator('input[value="二号登记台"]') })
  await expect(row.getByLabel('设备名称')).toHaveValue('二号登记台')
  await expect(row.getByTestId('device-person')).toHaveText('王登记')
  if (shots) await admin.screenshot({ path: `${shots}/devices-1920.png` })

  // The audit screen, for the clerk: the registration and the full read, at the desk.
  await admin.goto(hub.at('/settings?tab=audit'))
  await admin.getByRole('textbox', { name: '人员' }).click()
  await admin.getByRole('option', { name: '王登记' }).click()
  const rows = admin.getByTestId('audit-row')
  const write = rows.filter({ hasText: 'batch.register' })
  await expect(write).toContainText('二号登记台')
  await expect(write).toContainText('王登记')
  const full = rows.filter({ hasText: '查看完整个人信息：batch.get' })
  await expect(full).toContainText('二号登记台')
  await expect(full).toContainText(`batch #${batchId}`)
  // The wrong PIN and the sign-in are there too.
  await expect(rows.filter({ hasText: 'people.signInFailed' })).toHaveCount(1)
  await expect(rows.filter({ hasText: 'people.signIn' })).toHaveCount(2)
  if (shots) await admin.screenshot({ path: `${shots}/audit-1920.png` })

  if (shots) {
    await admin.setViewportSize({ width: 1366, height: 768 })
    await admin.screenshot({ path: `${shots}/audit-1366.png` })
    await admin.goto(hub.at('/settings?tab=people'))
    await expect(admin.getByTestId('person-row')).toHaveCount(1)
    await admin.screenshot({ path: `${shots}/people-1366.png` })
    await desk.getByRole('button', { name: '退出登录' }).click()
    await expect(desk.getByRole('heading', { name: '登录' })).toBeVisible()
    await desk.setViewportSize({ width: 1366, height: 768 })
    await desk.screenshot({ path: `${shots}/sign-in-1366.png` })
  } else {
    await desk.getByRole('button', { name: '退出登录' }).click()
    await expect(desk.getByRole('heading', { name: '登录' })).toBeVisible()
  }
  await context.close()
})
