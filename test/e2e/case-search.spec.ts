import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { hallToday } from './support/dates'
import { expect, test, type HubProcess } from './support/hub'

// The cases page's search (issue 14 item 10) through the screen: the field found by its label,
// a search as typing stops and at once on Enter, the count of cases found, an empty result told
// apart from an empty list, the clear button. Screenshots in /work/notes/shots/search/.

const SHOTS = '/work/notes/shots/search'

interface Id {
  id: number
}

const PEOPLE = [
  { name: '欧阳明华', summary: '小区拆迁补偿款未到位', department: '县住建局', nature: 'appeal' },
  { name: '李雪梅', summary: '工资拖欠三个月', department: '县人社局', nature: 'appeal' },
  { name: '王海涛', summary: '农田灌溉渠道损坏', department: '县农业农村局', nature: 'appeal' },
  { name: '陈丽', summary: '老旧小区加装电梯', department: '县住建局', nature: 'suggestion' },
  {
    name: '赵刚',
    summary: '举报村干部挪用拆迁补偿款',
    department: '县纪委监委',
    nature: 'accusation',
  },
] as const

/** A reception day on the hub's today, one batch per person concluded with one assigned case. */
async function dayWithCases(hub: HubProcess) {
  const leaderId = (await hub.call<Id>('leader.create', { name: '王建国', title: '县长' })).id
  const departments = new Map<string, number>()
  for (const { department } of PEOPLE)
    if (!departments.has(department))
      departments.set(
        department,
        (await hub.call<Id>('reference.createDepartment', { name: department })).id,
      )
  const day = await hub.call<Id>('day.plan', {
    date: hallToday(),
    place: '县人民来访接待中心',
    duties: [{ leaderId, tableNo: 1, isLead: true }],
  })
  const caseNos: string[] = []
  for (const p of PEOPLE) {
    const batch = await hub.call<{ batchId: number }>('batch.register', {
      dayId: day.id,
      kind: 'individual',
      headcount: 1,
      members: [{ name: p.name }],
      nature: p.nature,
      summary: p.summary,
      tableNo: 1,
    })
    await hub.call('queue.callNext', { dayId: day.id, tableNo: 1, batchId: batch.batchId })
    await hub.call('queue.start', { batchId: batch.batchId, tableNo: 1 })
    const recorded = await hub.call<{ cases: { caseNo: string }[] }>('outcome.record', {
      batchId: batch.batchId,
      decision: '交责任单位限期办理',
      matters: [
        {
          summary: p.summary,
          nature: p.nature,
          outcome: 'assigned',
          departmentId: departments.get(p.department),
        },
      ],
    })
    caseNos.push(recorded.cases[0]?.caseNo ?? '')
  }
  return caseNos
}

async function shoot(page: Page, name: string, sizes = [1920, 1366]) {
  mkdirSync(SHOTS, { recursive: true })
  for (const width of sizes) {
    await page.setViewportSize(width === 1920 ? { width, height: 1080 } : { width, height: 768 })
    await page.waitForTimeout(300)
    await page.screenshot({ path: join(SHOTS, `cases-${name}-${width}.png`) })
  }
}

test('staff search the cases by name, department and summary, and clear the search', async ({
  page,
  hub,
}) => {
  const caseNos = await dayWithCases(hub)
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto(hub.at('/cases?state=all'))
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows).toHaveCount(PEOPLE.length + 1)
  const field = page.getByLabel('搜索案件')
  const count = page.getByRole('status').filter({ hasText: '找到' })
  await expect(count).toHaveCount(0)
  await expect(field).toHaveAttribute(
    'placeholder',
    '编号、姓名、身份证号、电话、责任单位或事项内容',
  )
  await shoot(page, 'before', [1366])

  // By the department, as typing stops: the count and only those rows.
  await field.fill('住建')
  await expect(count).toHaveText('找到 2 件')
  await expect(rows).toHaveCount(3)
  await expect(page.getByRole('row').filter({ hasText: caseNos[0]! })).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: caseNos[3]! })).toBeVisible()
  await expect(page).toHaveURL(/q=%E4%BD%8F%E5%BB%BA/)
  await shoot(page, 'department')

  // By a summary word, at once on Enter: the accusation that mentions it is not found.
  await field.fill('拆迁')
  await field.press('Enter')
  await expect(count).toHaveText('找到 1 件')
  await expect(rows).toHaveCount(2)
  await expect(page.getByRole('row').filter({ hasText: caseNos[0]! })).toBeVisible()

  // By a member's name, within the state filter still in force.
  await field.fill('李雪')
  await field.press('Enter')
  await expect(count).toHaveText('找到 1 件')
  await expect(page.getByRole('row').filter({ hasText: caseNos[1]! })).toBeVisible()

  // Nothing matches: said so, not "no cases".
  await field.fill('无此内容')
  await field.press('Enter')
  await expect(count).toHaveText('找到 0 件')
  await expect(page.getByText('在当前状态和期限下，没有与“无此内容”匹配的信访事项')).toBeVisible()
  await expect(page.getByText('没有符合条件的信访事项')).toHaveCount(0)
  await expect(page.getByRole('table')).toHaveCount(0)
  await shoot(page, 'no-match', [1366])

  // The clear button, by its name, from the keyboard: the whole list again, focus in the field.
  await page.getByRole('button', { name: '清除搜索' }).focus()
  await page.keyboard.press('Enter')
  await expect(field).toHaveValue('')
  await expect(field).toBeFocused()
  await expect(rows).toHaveCount(PEOPLE.length + 1)
  await expect(count).toHaveCount(0)
  await expect(page).not.toHaveURL(/q=/)

  // Escape clears as well; a search survives a reload (it is in the address).
  await field.fill('欧阳')
  await field.press('Enter')
  await expect(count).toHaveText('找到 1 件')
  await page.reload()
  await expect(page.getByLabel('搜索案件')).toHaveValue('欧阳')
  await expect(count).toHaveText('找到 1 件')
  await page.getByLabel('搜索案件').press('Escape')
  await expect(rows).toHaveCount(PEOPLE.length + 1)
})
