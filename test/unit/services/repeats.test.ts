import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LookupInput, SearchInput } from '@shared/contract'
import { findRepeats } from '../../../src/main/services/desk/findRepeats'
import { searchVisits } from '../../../src/main/services/desk/searchVisits'
import { searchSummaries } from '../../../src/main/services/desk/searchSummaries'
import { registerBatch } from '../../../src/main/services/batch/registration'
import { cancelBatch } from '../../../src/main/services/batch/correction'
import { planWithLeaders, registration } from '../../support/fixtures'
import { tempStore, type TempStore } from '../../support/tempStore'
import { actingAs } from '../../../src/main/services/core/context'

let hall: TempStore
let now = new Date('2026-10-21T01:30:00Z')
beforeEach(async () => {
  now = new Date('2026-10-21T01:30:00Z')
  hall = await tempStore(() => now)
})
afterEach(() => hall.close())

async function visit(dayId: number, member: Record<string, string>, summary: string, extra = {}) {
  return registerBatch(
    actingAs(hall.services, 'desk'),
    registration({ dayId, kind: 'individual', headcount: 1, members: [member], summary, ...extra }),
  )
}

describe('the repeat check', () => {
  it('finds an earlier visit by ID number, by phone, and by name with township', async () => {
    const earlier = await planWithLeaders(hall.services, '2026-10-21', [
      { name: '王建国', tableNo: 1 },
    ])
    await hall.store.db
      .insertInto('township')
      .values({ code: '330726101', name: '黄宅镇', county_code: '330726' })
      .execute()
    await visit(
      earlier.id,
      { name: '张三', idNumber: '440524188001010014', phone: '13812345678' },
      '宅基地审批两年未办理',
      { townshipCode: '330726101' },
    )

    const byId = await findRepeats(
      actingAs(hall.services, 'test'),
      LookupInput.parse({ idNumber: '440524188001010014' }),
    )
    expect(byId.persons).toHaveLength(1)
    expect(byId.persons[0]).toMatchObject({
      name: '张三',
      maskedIdNumber: '440524********0014',
      maskedPhone: '138****5678',
      matchedBy: ['idNumber'],
    })
    expect(byId.visits[0]).toMatchObject({
      date: '2026-10-21',
      ticket: '001',
      leaderName: '王建国',
    })
    expect(JSON.stringify(byId)).not.toContain('440524188001010014')

    const byPhone = await findRepeats(
      actingAs(hall.services, 'test'),
      LookupInput.parse({ phone: '138 1234 5678' }),
    )
    expect(byPhone.persons[0]?.matchedBy).toEqual(['phone'])

    const byName = await findRepeats(
      actingAs(hall.services, 'test'),
      LookupInput.parse({ name: '张三', townshipCode: '330726101' }),
    )
    expect(byName.persons[0]?.matchedBy).toEqual(['nameTownship'])

    const stranger = await findRepeats(
      actingAs(hall.services, 'test'),
      LookupInput.parse({ phone: '13900000000' }),
    )
    expect(stranger).toEqual({ persons: [], visits: [], appointments: [] })
  })

  it('flags an ID number on file under another name, and says when a case is within its deadline', async () => {
    const day = await planWithLeaders(hall.services, '2026-10-21', [{ name: '王建国', tableNo: 1 }])
    const first = await visit(day.id, { name: '张三', idNumber: '11010519491231002X' }, '工资拖欠')
    const leaderId = day.duties[0]!.leader.id
    await hall.store.db
      .insertInto('petition_case')
      .values([
        {
          case_no: 'JF20261021-001-1',
          batch_id: first.batchId,
          day_id: day.id,
          nature: 'appeal',
          summary: '工资拖欠',
          outcome: 'assigned',
          owner_leader_id: leaderId,
          deadline: '2026-12-20',
          state: 'open',
          review_stage: 'none',
          created_at: 'x',
          updated_at: 'x',
        },
        {
          case_no: 'JF20240101-002-1',
          batch_id: first.batchId,
          day_id: day.id,
          nature: 'appeal',
          summary: '旧案',
          outcome: 'assigned',
          deadline: null,
          owner_leader_id: null,
          state: 'closed',
          review_stage: 're_review',
          created_at: 'x',
          updated_at: 'x',
        },
      ])
      .execute()

    const result = await findRepeats(
      actingAs(hall.services, 'test'),
      LookupInput.parse({ name: '张叁', idNumber: '11010519491231002X' }),
    )
    expect(result.persons[0]?.registeredAs).toBe('张三')
    const cases = result.visits.flatMap((v) => v.cases)
    expect(cases.find((c) => c.caseNo === 'JF20261021-001-1')).toMatchObject({
      withinDeadline: true,
      ownerLeaderName: '王建国',
    })
    expect(cases.find((c) => c.caseNo === 'JF20240101-002-1')).toMatchObject({
      withinDeadline: false,
      closedAfterReReview: true,
    })

    now = new Date('2026-12-21T01:00:00Z')
    const later = await findRepeats(
      actingAs(hall.services, 'test'),
      LookupInput.parse({ idNumber: '11010519491231002X' }),
    )
    expect(later.visits.flatMap((v) => v.cases).every((c) => !c.withinDeadline)).toBe(true)
  })

  it('lists the 20 newest visits that were not cancelled, each with its own cases and no others', async () => {
    const day = await planWithLeaders(hall.services, '2026-10-21', [{ name: '王建国', tableNo: 1 }])
    const member = { name: '赵六', idNumber: '11010519491231002X' }
    const batchIds: number[] = []
    for (let i = 0; i < 23; i++) {
      // Every third visit brings the neighbour along: one visit, two persons on it.
      const members = i % 3 === 0 ? [member, { name: '钱七', phone: '13700000002' }] : [member]
      const kind = members.length > 1 ? 'group' : 'individual'
      const registered = await registerBatch(
        actingAs(hall.services, 'desk'),
        registration({
          dayId: day.id,
          kind,
          headcount: members.length,
          members,
          summary: `第${i + 1}次`,
          sameDayRepeat: { reason: '补充材料' },
        }),
      )
      batchIds.push(registered.batchId)
    }
    const newest = batchIds.at(-1)!
    await cancelBatch(actingAs(hall.services, 'desk'), { batchId: newest, reason: '登记错误' })
    await hall.store.db
      .insertInto('petition_case')
      .values(
        batchIds.map((batchId, i) => ({
          case_no: `JF20261021-${String(i + 1).padStart(3, '0')}-1`,
          batch_id: batchId,
          day_id: day.id,
          nature: 'appeal' as const,
          summary: `第${i + 1}次`,
          outcome: 'assigned' as const,
          owner_leader_id: null,
          deadline: null,
          state: 'open' as const,
          review_stage: 'none' as const,
          created_at: 'x',
          updated_at: 'x',
        })),
      )
      .execute()

    const result = await findRepeats(
      actingAs(hall.services, 'test'),
      LookupInput.parse({ idNumber: member.idNumber, phone: '13700000002' }),
    )
    expect(result.persons.map((p) => p.name).sort()).toEqual(['赵六', '钱七'].sort())
    // The cancelled newest visit is left out; of the other 22, the 20 newest, newest first.
    const listed = batchIds.slice(2, 22).reverse()
    expect(result.visits.map((v) => v.batchId)).toEqual(listed)
    for (const v of result.visits) {
      const i = batchIds.indexOf(v.batchId)
      expect(v.cases.map((c) => c.caseNo)).toEqual([
        `JF20261021-${String(i + 1).padStart(3, '0')}-1`,
      ])
      expect(v.personIds).toHaveLength(i % 3 === 0 ? 2 : 1)
    }
  })

  it('withholds the content of accusations', async () => {
    const day = await planWithLeaders(hall.services, '2026-10-21', [{ name: '王建国', tableNo: 1 }])
    await visit(day.id, { name: '李四', phone: '13700000001' }, '举报村干部侵占补偿款', {
      nature: 'accusation',
    })
    const result = await findRepeats(
      actingAs(hall.services, 'test'),
      LookupInput.parse({ phone: '13700000001' }),
    )
    expect(result.visits[0]?.summary).toBeNull()
    expect(JSON.stringify(result)).not.toContain('侵占')
    const hits = await searchVisits(
      actingAs(hall.services, 'test'),
      SearchInput.parse({ query: '补偿款' }),
    )
    expect(hits).toHaveLength(1)
    expect(hits[0]?.summary).toBeNull()
  })
})

describe('searching earlier requests', () => {
  it('finds Chinese phrases of 3+ characters and terms of 1–2 characters without scanning', async () => {
    const day = await planWithLeaders(hall.services, '2026-10-21', [{ name: '王建国', tableNo: 1 }])
    const a = await visit(day.id, { name: '甲' }, '宅基地审批两年未办理')
    const b = await visit(day.id, { name: '乙' }, '低保资格被取消，要求恢复低保')
    const c = await visit(day.id, { name: '丙' }, '拖欠工资三个月')

    expect(await searchSummaries(hall.store.db, '宅基地')).toEqual([a.batchId])
    expect(await searchSummaries(hall.store.db, '低保')).toEqual([b.batchId])
    expect(await searchSummaries(hall.store.db, '资')).toEqual([c.batchId, b.batchId])
    expect(await searchSummaries(hall.store.db, '工资 三个月')).toEqual([c.batchId])
    expect(await searchSummaries(hall.store.db, '宅基地 低保')).toEqual([])
    expect(await searchSummaries(hall.store.db, '  ')).toEqual([])

    // Latin letters in any case, a phrase with them as one without (each database its way).
    const d = await visit(day.id, { name: '丁' }, 'ABC厂排污，村民投诉')
    expect(await searchSummaries(hall.store.db, 'abc厂')).toEqual([d.batchId])
    expect(await searchSummaries(hall.store.db, 'Abc')).toEqual([d.batchId])
    expect(await searchSummaries(hall.store.db, '厂排污')).toEqual([d.batchId])

    // SQLite's plan; PostgreSQL's are asserted at a realistic size in postgres/searchPlans.test.ts.
    if (hall.store.kind !== 'sqlite') return
    const plan = await sql<{ detail: string }>`explain query plan
      select rowid from batch_summary_grams where batch_summary_grams match '"低保"'`.execute(
      hall.store.db,
    )
    expect(plan.rows.map((r) => r.detail).join(' ')).toMatch(/VIRTUAL TABLE INDEX/)
  })
})
