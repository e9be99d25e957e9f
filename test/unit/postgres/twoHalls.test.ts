import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LookupResult, TallyView } from '@shared/contract'
import { spawnHub, type SpawnedHub } from '../../support/spawnHub'
import {
  freshPostgresDatabase,
  postgresAdminUrl,
  type TestDatabase,
} from '../../support/testDatabase'

// Issue 13's proof: two hubs, each a process of its own serving one hall (`--hall`), on one
// PostgreSQL database. A person registered at hall A is found as a repeat at hall B's desk with
// hall A named; hall B's queues and tally never show hall A's batches, and hall A's day is not
// found at hall B.

const HALL_A = '330726'
const HALL_B = '330782'
const DATE = '2026-10-21'
const PERSON = { name: '张三', idNumber: '11010519491231002X', phone: '13800138000' }

describe.skipIf(!postgresAdminUrl())('two halls on one PostgreSQL', () => {
  let database: TestDatabase
  let a: SpawnedHub
  let b: SpawnedHub
  const env = {
    ...process.env,
    RECEPTION_DAY_CLOCK: `${DATE}T09:30:00+08:00`,
    RECEPTION_DAY_TZ: 'Asia/Shanghai',
  }
  const hub = (hall: string) =>
    spawnHub({
      dbFile: database.url,
      entry: ['--import', 'tsx', 'src/main/hub/index.ts'],
      hall,
      env,
      timeoutMs: 60_000,
    })

  /** A hall's day on DATE with one leader at table 1, and one registration. */
  async function dayWithOne(h: SpawnedHub, leader: string, person: object) {
    const { id: leaderId } = await h.call<{ id: number }>('leader.create', { name: leader })
    const day = await h.call<{ id: number }>('day.plan', {
      date: DATE,
      place: '县人民来访接待中心',
      duties: [{ leaderId, tableNo: 1, isLead: true }],
    })
    const { batchId } = await h.call<{ batchId: number }>('batch.register', {
      dayId: day.id,
      kind: 'individual',
      headcount: 1,
      members: [person],
      nature: 'appeal',
      summary: '宅基地审批拖了半年',
    })
    return { dayId: day.id, batchId }
  }

  beforeAll(async () => {
    database = await freshPostgresDatabase()
    // One hub migrates first; the second finds the schema in place.
    a = await hub(HALL_A)
    b = await hub(HALL_B)
  }, 120_000)
  afterAll(async () => {
    await a?.stop()
    await b?.stop()
    await database?.drop()
  })

  it("finds hall A's petitioner at hall B's desk naming hall A; B never shows A's batches", async () => {
    const atA = await dayWithOne(a, '王建国', PERSON)
    const atB = await dayWithOne(b, '李秀英', { name: '李四' })
    expect(atB.dayId).not.toBe(atA.dayId)

    const found = await b.call<LookupResult>('desk.lookup', {
      dayId: atB.dayId,
      idNumber: PERSON.idNumber,
    })
    expect(found.persons).toHaveLength(1)
    expect(found.visits.map((v) => [v.batchId, v.hall])).toEqual([
      [atA.batchId, { code: HALL_A, name: '浦江县', elsewhere: true }],
    ])

    const board = await b.call<{ waiting: { batchId: number }[] }>('queue.board', {
      dayId: atB.dayId,
    })
    expect(JSON.stringify(board)).not.toContain(`"batchId":${atA.batchId}`)
    const queue = await b.call<unknown>('queue.forTable', { dayId: atB.dayId, tableNo: 1 })
    expect(JSON.stringify(queue)).not.toContain(`"batchId":${atA.batchId}`)
    const tally = await b.call<TallyView>('tally.get', { dayId: atB.dayId })
    expect(tally.totals.batches).toBe(1)

    // Hall A's day and batch are not hall B's to read or change.
    await expect(b.call('queue.board', { dayId: atA.dayId })).rejects.toThrow('找不到该接访日')
    await expect(b.call('batch.get', { batchId: atA.batchId })).rejects.toThrow('找不到该登记')
    await expect(b.call('batch.cancel', { batchId: atA.batchId, reason: '试' })).rejects.toThrow(
      '找不到该登记',
    )
    const stillThere = await a.call<{ status: string }[]>('batch.listForDay', {
      dayId: atA.dayId,
    })
    expect(stillThere.map((r) => r.status)).toEqual(['waiting'])
  }, 60_000)
})
