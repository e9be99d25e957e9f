import { addDays } from '../../src/shared/plan/notices'
import { hallToday } from './support/dates'
import { expect, test, type HubProcess } from './support/hub'
import { MM, pageSize, renderPdf } from './support/pdf'

// The print templates rendered to PDF by Chromium and read back with poppler, as the hall's
// printer would get them; PNGs of each land in /tmp/shots for a look.

interface Leader {
  id: number
  name: string
  title: string
}
interface Day {
  id: number
  date: string
}

async function leader(hub: HubProcess, name: string, title: string, areaIds: number[] = []) {
  return hub.call<Leader>('leader.create', { name, title, areaIds })
}

test('the registration receipt prints ticket, table, masked identity and no full ID or phone', async ({
  hub,
  page,
}) => {
  await hub.call('reference.updateSettings', {
    hallName: '浦江县人民来访接待中心',
    hallPhone: '0579-84123456',
  })
  const li = await leader(hub, '李秀英', '县长')
  const wang = await leader(hub, '王建明', '副县长')
  const day = await hub.call<Day>('day.plan', {
    date: hallToday(),
    place: '县人民来访接待中心一楼大厅',
    duties: [
      { leaderId: li.id, tableNo: 1, isLead: true },
      { leaderId: wang.id, tableNo: 3 },
    ],
  })
  const batch = await hub.call<{ batchId: number; ticket: string; queryCode: string }>(
    'batch.register',
    {
      dayId: day.id,
      kind: 'individual',
      headcount: 1,
      members: [{ name: '张三丰', idNumber: '11010519491231002X', phone: '13812345678' }],
      summary: '宅基地审批两年未办理',
      tableNo: 3,
    },
  )

  const { text, flat, info } = await renderPdf(
    page,
    hub.at(`/print/receipt/${batch.batchId}`),
    'receipt.pdf',
    { width: '80mm' },
  )
  expect(flat).toContain('浦江县人民来访接待中心')
  expect(flat).toContain('登记回执')
  expect(text).toContain(batch.ticket)
  expect(flat).toContain('3号接待桌·王建明副县长')
  expect(flat).toContain('张**')
  expect(flat).toContain('110105********002X')
  expect(flat).toContain(batch.queryCode)
  expect(flat).toContain('咨询电话：0579-84123456')
  expect(flat).toMatch(/\d{4}年\d{1,2}月\d{1,2}日\d{2}:\d{2}/)
  expect(flat).not.toContain('11010519491231002X')
  expect(flat).not.toContain('13812345678')
  expect(flat).not.toContain('张三丰')

  // One 80 mm page, as long as the receipt.
  expect(info).toMatch(/Pages:\s+1\n/)
  const size = pageSize(info)
  expect(size.width).toBeCloseTo(80 * MM, 0)
  expect(size.height).toBeGreaterThan(80 * MM)
  expect(size.height).toBeLessThan(200 * MM)

  // The QR code is there, as an image named for what it encodes.
  await expect(page.getByRole('img', { name: '查询码二维码' })).toBeVisible()
})

test('the announcement prints on A4 with title, date, place and the leaders with their areas', async ({
  hub,
  page,
}) => {
  const categories = await hub.call<{ id: number; name: string }[]>('reference.categories')
  const area = (name: string) => categories.find((c) => c.name === name)?.id ?? 0
  const li = await leader(hub, '李秀英', '县长')
  const wang = await leader(hub, '王建明', '副县长', [area('国土资源'), area('城乡建设')])
  const chen = await leader(hub, '陈志强', '副县长', [area('劳动社保'), area('教育')])
  const date = addDays(hallToday(), 14)
  const day = await hub.call<Day>('day.plan', {
    date,
    place: '县人民来访接待中心一楼大厅',
    opensAt: '08:30',
    closesAt: '16:30',
    duties: [
      { leaderId: li.id, tableNo: 1, isLead: true },
      { leaderId: wang.id, tableNo: 2 },
      { leaderId: chen.id, tableNo: 3 },
    ],
  })

  const { flat, info } = await renderPdf(
    page,
    hub.at(`/print/announcement/${day.id}`),
    'announcement.pdf',
  )
  const [y, m, d] = date.split('-').map(Number)
  expect(flat).toContain(`关于${m}月${d}日县领导公开接访的公告`)
  expect(flat).toContain(`${y}年${m}月${d}日`)
  expect(flat).toContain('08:30—16:30')
  expect(flat).toContain('县人民来访接待中心一楼大厅')
  for (const name of ['李秀英', '王建明', '陈志强']) expect(flat).toContain(name)
  expect(flat).toContain('城乡建设、国土资源')
  expect(flat).toContain('身份证原件')
  expect(flat).toContain('不超过5人')
  expect(flat).toContain('依法逐级走访')
  expect(info).toMatch(/Pages:\s+1\n/)
  const size = pageSize(info)
  expect(size.width).toBeCloseTo(210 * MM, 0)
  expect(size.height).toBeCloseTo(297 * MM, 0)
})
