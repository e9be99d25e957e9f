import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { computeRoute } from '../../../src/main/services/batch/routing'
import { registerBatch } from '../../../src/main/services/batch/registration'
import { planWithLeaders, registration } from '../../support/fixtures'
import { tempStore, type TempStore } from '../../support/tempStore'
import { actingAs } from '../../../src/main/services/core/context'

let hall: TempStore
beforeEach(async () => {
  hall = await tempStore(() => new Date('2026-10-21T01:30:00Z'))
})
afterEach(() => hall.close())

describe('routing a batch (DESIGN.md order)', () => {
  it('gives each reason: owner leader, lead leader, township, category, shortest wait', async () => {
    const { db } = hall.store
    const day = await planWithLeaders(hall.services, '2026-10-21', [
      { name: '王县长', tableNo: 1, isLead: true },
      { name: '李副县长', tableNo: 2 },
      { name: '赵副县长', tableNo: 3 },
      { name: '钱副县长', tableNo: 4 },
    ])
    const leader = (tableNo: number) => day.duties.find((d) => d.tableNo === tableNo)!.leader.id
    await db
      .insertInto('township')
      .values({ code: '330726101', name: '黄宅镇', county_code: '330726' })
      .execute()
    const category = await db
      .insertInto('category')
      .values({ name: '测试分类' })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db
      .insertInto('leader_township')
      .values({ leader_id: leader(2), township_code: '330726101' })
      .execute()
    await db
      .insertInto('leader_area')
      .values({ leader_id: leader(3), category_id: category.id })
      .execute()

    const base = { dayId: day.id, personIds: [], collective: false, hard: false }
    expect(
      await computeRoute(db, { ...base, townshipCode: '330726101', categoryId: category.id }),
    ).toMatchObject({
      tableNo: 2,
      rule: 'township',
    })
    expect(await computeRoute(db, { ...base, categoryId: category.id })).toMatchObject({
      tableNo: 3,
      rule: 'category',
    })
    expect(
      await computeRoute(db, { ...base, collective: true, townshipCode: '330726101' }),
    ).toMatchObject({
      tableNo: 1,
      rule: 'lead_leader',
    })

    // Table 1 gets a batch, so the shortest wait is table 2.
    const first = await registerBatch(
      actingAs(hall.services, 'desk'),
      registration({
        dayId: day.id,
        kind: 'individual',
        headcount: 1,
        members: [{ name: '张三', idNumber: '11010519491231002X' }],
        summary: '旧事',
        tableNo: 1,
      }),
    )
    expect(await computeRoute(db, base)).toMatchObject({ tableNo: 2, rule: 'shortest_wait' })

    // An open case owned by the leader at table 4 draws its petitioner there first.
    await db
      .insertInto('petition_case')
      .values({
        case_no: 'C-1',
        batch_id: first.batchId,
        day_id: day.id,
        nature: 'appeal',
        summary: '旧事',
        owner_leader_id: leader(4),
        created_at: 'x',
        updated_at: 'x',
      })
      .execute()
    const person = await db.selectFrom('person').select('id').executeTakeFirstOrThrow()
    expect(
      await computeRoute(db, {
        ...base,
        personIds: [person.id],
        townshipCode: '330726101',
        collective: true,
      }),
    ).toMatchObject({ tableNo: 4, rule: 'owner_leader' })

    // Of two owners on duty the newest open case's leads; a closed case leads nowhere.
    const caseOf = (no: string, tableNo: number, createdAt: string, state: 'open' | 'closed') =>
      db
        .insertInto('petition_case')
        .values({
          case_no: no,
          batch_id: first.batchId,
          day_id: day.id,
          nature: 'appeal',
          summary: '旧事',
          owner_leader_id: leader(tableNo),
          state,
          created_at: createdAt,
          updated_at: createdAt,
        })
        .execute()
    await caseOf('C-2', 3, 'y', 'open')
    await caseOf('C-3', 2, 'z', 'closed')
    const withOwners = { ...base, personIds: [person.id], categoryId: category.id }
    expect(await computeRoute(db, withOwners)).toMatchObject({ tableNo: 3, rule: 'owner_leader' })
    await caseOf('C-4', 1, 'w', 'open')
    expect(await computeRoute(db, withOwners)).toMatchObject({ tableNo: 3, rule: 'owner_leader' })
  })
})

describe('the route the desk showed (issue 12 item 5: computed once per registration)', () => {
  it('is taken when its table is on duty, and computed afresh when the table has ended', async () => {
    const { db } = hall.store
    const day = await planWithLeaders(hall.services, '2026-10-21', [
      { name: '王县长', tableNo: 1, isLead: true },
      { name: '李副县长', tableNo: 2 },
    ])
    const desk = actingAs(hall.services, 'desk')
    const register = (name: string, suggested: { tableNo: number; rule: string }) =>
      registerBatch(
        desk,
        registration({
          dayId: day.id,
          kind: 'individual',
          headcount: 1,
          members: [{ name }],
          summary: '咨询政策',
          suggested,
        }),
      )
    // The desk showed table 2 by the shortest wait: the hub takes it as shown.
    const followed = await register('张三', { tableNo: 2, rule: 'shortest_wait' })
    expect(followed).toMatchObject({
      tableNo: 2,
      routeRule: 'shortest_wait',
      leaderName: '李副县长',
    })
    // Table 2 ended meanwhile: the hub does not send anyone there, it routes afresh.
    await db.updateTable('duty').set({ state: 'ended' }).where('table_no', '=', 2).execute()
    const rerouted = await register('李四', { tableNo: 2, rule: 'shortest_wait' })
    expect(rerouted).toMatchObject({ tableNo: 1, routeRule: 'shortest_wait' })
    // Only the desk's rules may be claimed: a "manual" or "same day" route is refused.
    expect(() =>
      registration({
        dayId: day.id,
        kind: 'individual',
        headcount: 1,
        members: [{ name: '王五' }],
        summary: '咨询政策',
        suggested: { tableNo: 1, rule: 'same_day' },
      }),
    ).toThrow()
  })
})
