import { chromium } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnHub } from './test/support/spawnHub'

const dir = mkdtempSync(join(tmpdir(), 'halls-shots-'))
const dbFile = join(dir, 'city.db')
const env = { ...process.env, RECEPTION_DAY_CLOCK: '2026-10-21T10:30:00+08:00', RECEPTION_DAY_TZ: 'Asia/Shanghai' }
const a = await spawnHub({ dbFile, hall: '330726', env })
const b = await spawnHub({ dbFile, hall: '330782', env })
async function seed(h: typeof a, county: string, leader: string, people: object[]) {
  await h.call('reference.updateSettings', { countyCode: county, hallName: '' }).catch(() => undefined)
  const { id: leaderId } = await h.call<{ id: number }>('leader.create', { name: leader })
  const day = await h.call<{ id: number }>('day.plan', { date: '2026-10-21', place: '县人民来访接待中心', duties: [{ leaderId, tableNo: 1, isLead: true }] })
  for (const p of people)
    await h.call('batch.register', { dayId: day.id, kind: 'individual', headcount: 1, members: [p], nature: 'appeal', summary: '宅基地审批拖了半年' })
  return day.id
}
await seed(a, '330726', '王建国', [{ name: '张三', idNumber: '11010519491231002X' }, { name: '赵六' }])
const dayB = await seed(b, '330782', '李秀英', [{ name: '李四' }])
console.log(dayB)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
for (const [w, h] of [[1920, 1080], [1366, 768]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, locale: 'zh-CN' })
  await page.goto(`${b.url}#/city`)
  await page.getByRole('table').waitFor()
  await page.screenshot({ path: `/work/shots/s3-halls/city-${w}x${h}.png` })
  await page.goto(`${b.url}#/desk`)
  await page.getByLabel('身份证号').fill('11010519491231002X')
  await page.getByText('浦江县接访大厅').first().waitFor({ timeout: 15000 })
  await page.screenshot({ path: `/work/shots/s3-halls/desk-repeat-${w}x${h}.png` })
  await page.close()
}
await browser.close()
await a.stop()
await b.stop()
