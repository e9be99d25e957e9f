import { UpdateLeaderInput } from '@shared/contract'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dayAnnouncement } from '../../../src/main/services/day/announcement'
import { cancelBatch } from '../../../src/main/services/batch/correction'
import { listDays, markAnnounced } from '../../../src/main/services/day/dayList'
import type { DomainError } from '../../../src/main/services/core/domainError'
import { updateLeader } from '../../../src/main/services/leader/leaders'
import { batchReceipt } from '../../../src/main/services/batch/receipt'
import { registerBatch } from '../../../src/main/services/batch/registration'
import { writeSettings } from '../../../src/main/services/reference/settings'
import { addDays, noticeStatus, noticeToMark } from '@shared/plan/notices'
import { planWithLeaders, registration } from '../../support/fixtures'
import { tempStore, type TempStore } from '../../support/tempStore'
import { actingAs } from '../../../src/main/services/core/context'

let hall: TempStore
let now = new Date('2026-11-17T02:00:00Z')
beforeEach(async () => {
  now = new Date('2026-11-17T02:00:00Z')
  hall = await tempStore(() => now)
})
afterEach(() => hall.close())

const categoryId = async (name: string) =>
  (await hall.value(sql`select id from category where name = ${name}`)) as number

async function plannedDay(date = '2026-11-27') {
  const day = await planWithLeaders(hall.services, date, [
    { name: '李秀英', title: '县长', tableNo: 1, isLead: true },
    { name: '王建明', title: '副县长', tableNo: 3 },
    { name: '陈志强', title: '副县长', tableNo: 2 },
  ])
  const wang = day.duties.find((d) => d.leader.name === '王建明')?.leader
  if (!wang) throw new Error('fixture')
  await updateLeader(
    actingAs(hall.services, 'test'),
    UpdateLeaderInput.parse({
      id: wang.id,
      name: wang.name,
      title: wang.title,
      areaIds: [await categoryId('国土资源'), await categoryId('城乡建设')],
    }),
  )
  return day
}

describe('the announcement (公告) of a reception day', () => {
  it('lists when, where, and each leader with title and areas in table order', async () => {
    const day = await plannedDay()
    const a = await dayAnnouncement(actingAs(hall.services, 'test'), { dayId: day.id })
    expect(a).toMatchObject({
      date: '2026-11-27',
      opensAt: '08:30',
      closesAt: '17:00',
      place: '县人民来访接待中心',
      hallName: '',
      hallPhone: null,
      issuedOn: '2026-11-17',
    })
    expect(a.leaders).toEqual([
      { tableNo: 1, name: '李秀英', title: '县长', isLead: true, areas: [] },
      { tableNo: 2, name: '陈志强', title: '副县长', isLead: false, areas: [] },
      // In the categories' own order, not the order they were given.
      {
        tableNo: 3,
        name: '王建明',
        title: '副县长',
        isLead: false,
        areas: ['城乡建设', '国土资源'],
      },
    ])
    expect(a.notices).toEqual([
      { notice: 10, dueOn: '2026-11-17', printedAt: null, status: 'due' },
      { notice: 3, dueOn: '2026-11-24', printedAt: null, status: 'upcoming' },
    ])
    expect(a.noticeToMark).toBe(10)
  })

  it('uses the hall’s name and phone from the settings', async () => {
    const day = await plannedDay()
    await hall.services.db
      .transaction()
      .execute((trx) =>
        writeSettings(trx, { hallName: '浦江县人民来访接待中心', hallPhone: '0579-84123456' }),
      )
    const a = await dayAnnouncement(actingAs(hall.services, 'test'), { dayId: day.id })
    expect(a).toMatchObject({ hallName: '浦江县人民来访接待中心', hallPhone: '0579-84123456' })
  })

  it('records the first print of each notice, and the plan shows it', async () => {
    const day = await plannedDay()
    const marked = await markAnnounced(actingAs(hall.services, 'plan'), {
      dayId: day.id,
      notice: 10,
    })
    expect(marked.notices[0]).toMatchObject({
      notice: 10,
      printedAt: '2026-11-17T02:00:00.000Z',
      status: 'printed',
    })
    // A reprint keeps the first time.
    now = new Date('2026-11-18T02:00:00Z')
    const again = await markAnnounced(actingAs(hall.services, 'plan'), {
      dayId: day.id,
      notice: 10,
    })
    expect(again.notices[0]?.printedAt).toBe('2026-11-17T02:00:00.000Z')
    expect(
      (await dayAnnouncement(actingAs(hall.services, 'test'), { dayId: day.id })).noticeToMark,
    ).toBeNull()

    now = new Date('2026-11-24T02:00:00Z')
    expect(
      (await dayAnnouncement(actingAs(hall.services, 'test'), { dayId: day.id })).noticeToMark,
    ).toBe(3)
    await markAnnounced(actingAs(hall.services, 'plan'), { dayId: day.id, notice: 3 })
    const list = await listDays(actingAs(hall.services, 'test'), {})
    expect(list.upcoming[0]?.notices.map((n) => n.status)).toEqual(['printed', 'printed'])
    expect(
      await hall.value(sql`select count(*) from audit_log where action = 'day.announce'`),
    ).toBe(3)
    expect(hall.events.filter((e) => e.topic === 'day' && e.dayId === day.id)).toHaveLength(4)

    const error = await markAnnounced(actingAs(hall.services, 'plan'), {
      dayId: 999,
      notice: 3,
    }).catch((e: unknown) => e)
    expect((error as DomainError).key).toBe('errors.day.notFound')
  })

  it('lists upcoming days soonest first, then recent ones latest first, overdue flagged', async () => {
    await planWithLeaders(hall.services, '2026-11-10', [{ name: '甲', tableNo: 1 }])
    await planWithLeaders(hall.services, '2026-12-04', [{ name: '乙', tableNo: 1 }])
    await planWithLeaders(hall.services, '2026-11-03', [{ name: '丙', tableNo: 1 }])
    await planWithLeaders(hall.services, '2026-11-19', [{ name: '丁', tableNo: 1 }])
    await planWithLeaders(hall.services, '2026-11-17', [{ name: '戊', tableNo: 1 }])
    const list = await listDays(actingAs(hall.services, 'test'), {})
    expect(list.today).toBe('2026-11-17')
    expect(list.upcoming.map((d) => d.date)).toEqual(['2026-11-17', '2026-11-19', '2026-12-04'])
    expect(list.recent.map((d) => d.date)).toEqual(['2026-11-10', '2026-11-03'])
    // 2026-11-19: the 10-day notice was due 11-09 and the 3-day one 11-16: both overdue.
    expect(list.upcoming[1]?.notices).toEqual([
      { notice: 10, dueOn: '2026-11-09', printedAt: null, status: 'overdue' },
      { notice: 3, dueOn: '2026-11-16', printedAt: null, status: 'overdue' },
    ])
    expect(list.upcoming[1]?.duties[0]?.leader.name).toBe('丁')
    expect(
      (await listDays(actingAs(hall.services, 'test'), { recentLimit: 1 })).recent,
    ).toHaveLength(1)
  })
})

describe('the registration receipt (登记回执)', () => {
  it('carries the ticket, table and leader, masked identities and the query code only', async () => {
    const day = await plannedDay()
    now = new Date('2026-11-27T01:30:00Z') // registration happens on the day (the hall's today)
    const batch = await registerBatch(
      actingAs(hall.services, 'desk-1'),
      registration({
        dayId: day.id,
        kind: 'group',
        headcount: 12,
        members: [
          { name: '张三丰', idNumber: '11010519491231002X', phone: '13812345678' },
          { name: '欧阳娜娜', phone: '13987654321' },
        ],
        summary: '征地补偿款未到位',
        tableNo: 3,
      }),
    )
    const receipt = await batchReceipt(actingAs(hall.services, 'test'), { batchId: batch.batchId })
    expect(receipt).toMatchObject({
      ticket: '001',
      tableNo: 3,
      leaderName: '王建明',
      leaderTitle: '副县长',
      kind: 'group',
      headcount: 12,
      collective: true,
      members: [
        { maskedName: '张**', maskedIdNumber: '110105********002X' },
        { maskedName: '欧***', maskedIdNumber: null },
      ],
      queryCode: batch.queryCode,
      qrText: `JFR:${batch.queryCode}`,
      dayDate: '2026-11-27',
    })
    const printed = JSON.stringify(receipt)
    for (const secret of ['11010519491231002X', '13812345678', '13987654321', '张三丰', '欧阳娜娜'])
      expect(printed).not.toContain(secret)

    const missing = await batchReceipt(actingAs(hall.services, 'test'), { batchId: 999 }).catch(
      (e: unknown) => e,
    )
    expect((missing as DomainError).key).toBe('receipt.notFound')

    // A cancelled registration has no receipt any more.
    await cancelBatch(actingAs(hall.services, 'desk-1'), {
      batchId: batch.batchId,
      reason: '重复登记',
    })
    const cancelled = await batchReceipt(actingAs(hall.services, 'test'), {
      batchId: batch.batchId,
    }).catch((e: unknown) => e)
    expect((cancelled as DomainError).key).toBe('receipt.cancelled')
  })
})

describe('notice dates (浦江经验: 10 and 3 days ahead)', () => {
  it('counts back across months, years and leap days', () => {
    expect(addDays('2026-11-27', -10)).toBe('2026-11-17')
    expect(addDays('2026-12-02', -3)).toBe('2026-11-29')
    expect(addDays('2027-01-05', -10)).toBe('2026-12-26')
    expect(addDays('2028-03-02', -3)).toBe('2028-02-28')
    expect(addDays('2028-03-10', -10)).toBe('2028-02-29')
  })

  it('reports printed, due, overdue and upcoming', () => {
    expect(noticeStatus('2026-11-17', '2026-11-16T08:00:00Z', '2026-11-20')).toBe('printed')
    expect(noticeStatus('2026-11-17', null, '2026-11-17')).toBe('due')
    expect(noticeStatus('2026-11-17', null, '2026-11-18')).toBe('overdue')
    expect(noticeStatus('2026-11-17', null, '2026-11-16')).toBe('upcoming')
  })

  it('lets a print count for the notice that is due when it is made', () => {
    const none = { 10: null, 3: null }
    expect(noticeToMark('2026-11-27', none, '2026-11-01')).toBe(10)
    expect(noticeToMark('2026-11-27', none, '2026-11-23')).toBe(10)
    expect(noticeToMark('2026-11-27', none, '2026-11-24')).toBe(3)
    expect(noticeToMark('2026-11-27', none, '2026-11-27')).toBe(3)
    expect(noticeToMark('2026-11-27', none, '2026-11-28')).toBeNull()
    expect(noticeToMark('2026-11-27', { 10: 'x', 3: null }, '2026-11-20')).toBeNull()
    expect(noticeToMark('2026-11-27', { 10: 'x', 3: null }, '2026-11-25')).toBe(3)
  })
})
