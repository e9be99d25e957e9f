import { TRPCError } from '@trpc/server'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CaseNature } from '@shared/contract'
import { formatError } from '../../../src/main/hub/errors'
import { concludeAtTable, typedHub, type TypedHub } from '../../support/followUpHall'
import { hallCaller, type HallCaller } from '../../support/hallCaller'
import { idNumberFor } from '../../support/receptionDay'
import { tempStore, type TempStore } from '../../support/tempStore'

// The cases page's search (issue 14 item 10, services/case/caseSearch.ts), on each database:
// every way a case is found (number, member's name, full ID number, phone, department, summary),
// an accusation never found by its summary nor by who brought it, the search ANDed with the
// state filter, another hall's cases never found, and a text too long refused.

const DATE = '2026-10-21'
const OTHER_HALL = '330782'

interface Planned {
  name: string
  idNumber: string
  phone: string
  summary: string
  nature: CaseNature
  outcome: 'assigned' | 'resolved_on_spot'
  department?: string
}

// An ID number whose check character is X (typed in lower case below).
const WITH_X = Array.from({ length: 200 }, (_, i) => idNumberFor(i + 1)).find((id) =>
  id.endsWith('X'),
)!

const PLAN: Planned[] = [
  {
    name: '欧阳明华',
    idNumber: idNumberFor(201),
    phone: '13912345566',
    summary: '小区拆迁补偿款未到位',
    nature: 'appeal',
    outcome: 'assigned',
    department: '县住建局',
  },
  {
    name: '李雪梅',
    idNumber: WITH_X,
    phone: '0579-84123456',
    summary: '工资拖欠三个月',
    nature: 'appeal',
    outcome: 'resolved_on_spot',
  },
  {
    name: '赵刚',
    idNumber: idNumberFor(203),
    phone: '13700001111',
    summary: '举报村干部挪用拆迁补偿款',
    nature: 'accusation',
    outcome: 'assigned',
    department: '县纪委监委',
  },
]

let hall: TempStore
let hub: TypedHub
let staff: HallCaller
let caseNos: string[] = []
let caseIds: number[] = []

/** A day at the hall with one batch per planned case, registered, seen and concluded. */
async function dayWithCases(api: HallCaller, leaderNames: string[], plan: Planned[]) {
  const departments = new Map(
    (await api.reference.departments({})).map((d) => [d.name, d.id] as const),
  )
  for (const p of plan)
    if (p.department && !departments.has(p.department))
      departments.set(
        p.department,
        (await api.reference.createDepartment({ name: p.department })).id,
      )
  const leaders = []
  for (const name of leaderNames)
    leaders.push((await api.leader.create({ name, title: '副县长' })).id)
  const day = await api.day.plan({
    date: DATE,
    place: '县人民来访接待中心',
    duties: leaders.map((leaderId, i) => ({ leaderId, tableNo: i + 1, isLead: i === 0 })),
  })
  const made: { caseId: number; caseNo: string }[] = []
  for (const p of plan) {
    const batch = await api.batch.register({
      dayId: day.id,
      kind: 'individual',
      headcount: 1,
      members: [{ name: p.name, idNumber: p.idNumber, phone: p.phone }],
      nature: p.nature,
      summary: p.summary,
      tableNo: 1,
    })
    const recorded = await concludeAtTable(api, {
      dayId: day.id,
      tableNo: 1,
      batchId: batch.batchId,
      decision: '经会商，依法依规处理',
      matters: [
        {
          summary: p.summary,
          nature: p.nature,
          outcome: p.outcome,
          ...(p.department ? { departmentId: departments.get(p.department) } : {}),
        },
      ],
    })
    const caseId = recorded.cases[0]?.caseId ?? 0
    const row = (await api.case.get({ caseId })) as { caseNo: string }
    made.push({ caseId, caseNo: row.caseNo })
  }
  return made
}

/** The case numbers a search finds, in the list's order. */
const found = async (query: string, state: 'all' | 'open' | 'replied' | 'closed' = 'all') =>
  (await staff.case.list({ state, query })).rows.map((r) => r.caseNo)

beforeAll(async () => {
  hall = await tempStore()
  hub = typedHub(hall.store, DATE)
  staff = hub.api('staff-1')
  const made = await dayWithCases(staff, ['王建国'], PLAN)
  caseNos = made.map((m) => m.caseNo)
  caseIds = made.map((m) => m.caseId)
  // Another hall on the same server, the same date: the same name, phone, department and words.
  const other = hallCaller({ ...hub.services, hall: OTHER_HALL }, { actor: 'staff-b' })
  await dayWithCases(
    other,
    ['钱志远'],
    [{ ...PLAN[0]!, idNumber: idNumberFor(204), summary: '小区拆迁补偿款问题' }],
  )
}, 120_000)

afterAll(async () => {
  await hall?.close()
})

describe('the case list search', () => {
  it('finds a case by its number: whole (any case) or a part of it', async () => {
    const [first, second] = caseNos
    expect(await found(first!.toLowerCase())).toEqual([first])
    expect(await found(second!.slice(-6))).toEqual([second])
    expect(await found('JF')).toHaveLength(3)
  })

  it("finds a case by a member's name, a part of it too", async () => {
    expect(await found('欧阳明华')).toEqual([caseNos[0]])
    expect(await found('欧阳')).toEqual([caseNos[0]])
    expect(await found('雪')).toEqual([caseNos[1]])
  })

  it('finds a case by the full ID number only, x or X', async () => {
    expect(await found(WITH_X.toLowerCase())).toEqual([caseNos[1]])
    expect(await found(` ${WITH_X} `)).toEqual([caseNos[1]])
    expect(await found(WITH_X.slice(0, 17))).toEqual([])
  })

  it('finds a case by the whole phone as typed, or its last 4+ digits', async () => {
    expect(await found('139 1234 5566')).toEqual([caseNos[0]])
    expect(await found('057984123456')).toEqual([caseNos[1]])
    expect(await found('5566')).toEqual([caseNos[0]])
    expect(await found('123456')).toEqual([caseNos[1]])
    expect(await found('566')).toEqual([])
  })

  it("finds a case by its department's name", async () => {
    expect(await found('住建')).toEqual([caseNos[0]])
  })

  it('finds a case by the words of its summary, 2 and 3+ characters', async () => {
    expect(await found('拖欠')).toEqual([caseNos[1]])
    expect(await found('工资 三个月')).toEqual([caseNos[1]])
    expect(await found('补偿款')).toEqual([caseNos[0]])
  })

  it('never finds an accusation by its summary nor by who brought it, and never shows it', async () => {
    const accusation = caseNos[2]
    for (const query of ['拆迁', '补偿款', '村干部', '挪用拆迁', '赵刚', '赵', PLAN[2]!.idNumber])
      expect(await found(query), query).not.toContain(accusation)
    expect(await found('13700001111')).toEqual([])
    expect(await found('1111')).toEqual([])
    // By its number or its department it is found, its summary still withheld.
    const byDepartment = (await staff.case.list({ state: 'all', query: '纪委' })).rows
    expect(byDepartment.map((r) => [r.caseNo, r.summary])).toEqual([[accusation, null]])
    expect(await found(accusation!)).toEqual([accusation])
  })

  it('ANDs the search with the state filter', async () => {
    const all = (await staff.case.list({ state: 'all' })).rows
    const stateOf = new Map(all.map((r) => [r.caseNo, r.state]))
    const resolved = stateOf.get(caseNos[1]!)!
    expect(stateOf.get(caseNos[0]!)).not.toBe(resolved)
    expect(await found('JF', resolved)).toEqual(
      caseNos.filter((no) => stateOf.get(no) === resolved),
    )
    expect(await found('李雪梅', stateOf.get(caseNos[0]!))).toEqual([])
    expect(await found('欧阳', stateOf.get(caseNos[0]!))).toEqual([caseNos[0]])
  })

  it("never finds another hall's case, whatever matches there", async () => {
    const other = hallCaller({ ...hub.services, hall: OTHER_HALL }, { actor: 'staff-b' })
    const theirs = (await other.case.list({ state: 'all', query: '欧阳' })).rows
    expect(theirs).toHaveLength(1)
    expect(theirs[0]?.caseNo).toMatch(/^JF330782-/)
    for (const query of ['欧阳', '拆迁', '补偿款', '住建', '13912345566', 'JF'])
      expect(await found(query), query).not.toContain(theirs[0]?.caseNo)
    expect(await found('330782')).toEqual([])
  })

  it('takes wildcards literally, and an empty text as no search', async () => {
    expect(await found('%')).toEqual([])
    expect(await found('_')).toEqual([])
    expect((await staff.case.list({ state: 'all', query: '   ' })).rows).toHaveLength(3)
  })

  it('refuses a text over 50 characters, with the localized message, changing nothing', async () => {
    const count = sql<number>`select count(*) from audit_log`
    const before = Number(await hall.value(count))
    const error = await staff.case.list({ state: 'all', query: '拆'.repeat(51) }).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(TRPCError)
    expect((error as TRPCError).code).toBe('BAD_REQUEST')
    // As the hub answers it (its error formatter), in the caller's language.
    const shape = { message: '', code: -32600, data: {} } as never
    for (const [locale, message] of [
      ['zh-CN', '内容过长：最多 50 个字'],
      ['en', 'Too long: at most 50 characters'],
    ] as const)
      expect(formatError(shape, error as TRPCError, locale).data.issues).toMatchObject([
        { path: 'query', key: 'validation.tooLong', message },
      ])
    expect(await found('拆'.repeat(50))).toEqual([])
    expect(Number(await hall.value(count))).toBe(before)
    expect((await staff.case.list({ state: 'all' })).rows.map((r) => r.caseId).sort()).toEqual(
      [...caseIds].sort(),
    )
  })
})
