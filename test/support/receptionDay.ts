import { ChangeBus } from '../../src/main/services/core/changeBus'
import { HALL_TIME_ZONE } from './tempStore'
import type { ServiceContext } from '../../src/main/services/core/context'
import { HUB_ADMIN, type Device } from '../../src/main/hub/access'
import { createMaintenance } from '../../src/main/hub/maintenance'
import type { Store } from '../../src/main/store/openStore'
import type { OutcomeKind } from '@shared/contract'
import { idCheckCharacter } from '@shared/person/idNumber'
import { hallCaller, type HallCaller } from './hallCaller'
import type { Locale } from '@shared/i18n'

// A whole reception day with known numbers, driven through the hub's API (the tRPC router,
// in-process: the contract's validation, the middleware, the services), on a clock the test
// moves. 36 registrations round-robin over three tables, one every 10 minutes from 08:30
// (Asia/Shanghai); groups of 2 to 12, transfers (waiting and in session), no-shows (waiting
// and called), two cancellations, and every outcome, some batches with two matters.

export type Fate =
  | 'concluded'
  | 'transferred' // moved while waiting, then concluded at the other table
  | 'transferredInSession' // moved after its session had begun, concluded at the other table
  | 'leftWaiting' // no-show before being called
  | 'leftCalled' // called, then no-show
  | 'cancelled'

export interface PlannedBatch {
  headcount: number
  nature: 'suggestion' | 'accusation' | 'appeal'
  category: string | null
  township: string | null
  fate: Fate
  outcomes: OutcomeKind[]
  /** Minutes from registration to the (first) call. */
  wait: number | null
  /** Minutes from start to end of the session. */
  session: number | null
  transferTo?: number
}

const b = (
  headcount: number,
  nature: PlannedBatch['nature'],
  category: string | null,
  township: string | null,
  fate: Fate,
  outcomes: OutcomeKind[] = [],
  wait: number | null = null,
  session: number | null = null,
  transferTo?: number,
): PlannedBatch => ({
  headcount,
  nature,
  category,
  township,
  fate,
  outcomes,
  wait,
  session,
  ...(transferTo ? { transferTo } : {}),
})

/** Ticket i (from 1) registers at 08:30 + 10·(i−1) min at table ((i−1) mod 3) + 1. */
export const DAY_PLAN: PlannedBatch[] = [
  b(1, 'appeal', '城乡建设', '浦南街道', 'concluded', ['resolved_on_spot'], 2, 4),
  b(1, 'appeal', '劳动社保', '仙华街道', 'concluded', ['assigned'], 3, 5),
  b(6, 'appeal', '农村农业', '黄宅镇', 'concluded', ['assigned', 'explained'], 4, 6),
  b(1, 'suggestion', '城乡建设', null, 'concluded', ['explained'], 2, 3),
  b(1, 'appeal', null, '浦南街道', 'leftWaiting'),
  b(1, 'accusation', '国土资源', '仙华街道', 'concluded', ['forwarded'], 3, 5),
  b(2, 'appeal', '劳动社保', '浦南街道', 'concluded', ['resolved_on_spot'], 4, 5),
  b(1, 'appeal', '城乡建设', '黄宅镇', 'cancelled'),
  b(1, 'appeal', '农村农业', '黄宅镇', 'transferred', ['not_accepted'], 3, 4, 1),
  b(8, 'appeal', '城乡建设', '浦南街道', 'concluded', ['resolved_on_spot'], 2, 6),
  b(1, 'suggestion', '劳动社保', null, 'concluded', ['explained'], 3, 3),
  b(1, 'appeal', null, null, 'leftCalled', [], 4),
  b(1, 'appeal', '国土资源', '仙华街道', 'concluded', ['assigned'], 3, 5),
  b(1, 'appeal', '劳动社保', '仙华街道', 'transferred', ['assigned'], 2, 5, 3),
  b(3, 'appeal', '农村农业', '黄宅镇', 'concluded', ['resolved_on_spot', 'resolved_on_spot'], 4, 4),
  b(1, 'accusation', '城乡建设', '浦南街道', 'concluded', ['forwarded'], 2, 5),
  b(1, 'appeal', '城乡建设', '浦南街道', 'concluded', ['not_accepted'], 3, 4),
  b(1, 'appeal', '劳动社保', null, 'leftWaiting'),
  b(5, 'appeal', '国土资源', '黄宅镇', 'transferredInSession', ['assigned'], 2, 3, 2),
  b(1, 'appeal', '农村农业', '黄宅镇', 'concluded', ['explained'], 4, 5),
  b(1, 'suggestion', null, '仙华街道', 'concluded', ['explained'], 3, 6),
  b(1, 'appeal', '城乡建设', '浦南街道', 'cancelled'),
  b(1, 'appeal', '劳动社保', '仙华街道', 'concluded', ['resolved_on_spot'], 2, 3),
  b(12, 'appeal', '城乡建设', '浦南街道', 'concluded', ['assigned', 'forwarded'], 3, 6),
  b(1, 'appeal', '农村农业', '黄宅镇', 'leftCalled', [], 3),
  b(1, 'appeal', '国土资源', null, 'concluded', ['resolved_on_spot'], 4, 5),
  b(1, 'appeal', '劳动社保', '仙华街道', 'concluded', ['not_accepted'], 2, 4),
  b(1, 'accusation', '城乡建设', '浦南街道', 'concluded', ['assigned'], 3, 5),
  b(1, 'appeal', '城乡建设', '黄宅镇', 'concluded', ['resolved_on_spot'], 2, 3),
  b(2, 'appeal', '农村农业', '黄宅镇', 'concluded', ['explained'], 4, 6),
  b(1, 'appeal', null, null, 'concluded', ['resolved_on_spot'], 2, 4),
  b(1, 'suggestion', '劳动社保', '仙华街道', 'concluded', ['explained'], 3, 5),
  b(1, 'appeal', '国土资源', '浦南街道', 'transferred', ['assigned'], 3, 4, 2),
  b(1, 'appeal', '城乡建设', '浦南街道', 'concluded', ['resolved_on_spot'], 4, 5),
  b(7, 'appeal', '劳动社保', '仙华街道', 'concluded', ['assigned'], 2, 6),
  b(1, 'appeal', '农村农业', '黄宅镇', 'leftWaiting'),
]

export const DAY_DATE = '2026-10-21'
/** 08:30 in Shanghai. */
export const DAY_START = Date.parse('2026-10-21T00:30:00Z')
export const LEADERS = [
  { name: '王建国', title: '县长', tableNo: 1 },
  { name: '李秀英', title: '副县长', tableNo: 2 },
  { name: '张志强', title: '副县长', tableNo: 3 },
] as const

const SURNAMES = '张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗'

/** A valid GB 11643 ID number for the n-th person (Pujiang, born 1970). */
export function idNumberFor(n: number): string {
  const body = `330726${1970 + (n % 30)}0${1 + (n % 9)}1${n % 10}${String(100 + (n % 900)).padStart(3, '0')}`
  return body + idCheckCharacter(body)
}

export interface InProcessHub {
  /** The hub's API, typed by its router (test/support/hallCaller.ts). */
  caller: HallCaller
  /** A procedure by its path, for tests that walk every procedure of the contract. */
  call(path: string, input?: unknown): Promise<unknown>
  services: ServiceContext
  /** Moves the clock the services read. */
  setClock(at: number): void
  maintenance: ReturnType<typeof createMaintenance>
}

/** The hub's router, called in-process over a store, with a clock the test moves. */
export function inProcessHub(
  store: Store,
  actor = 'desk-1',
  device: Device = HUB_ADMIN,
  locale: Locale = 'zh-CN',
  /** The hall served on a store of several halls (its county's code); none: the local hall. */
  hall?: string,
): InProcessHub {
  let now = DAY_START
  const services: ServiceContext = {
    db: store.db,
    bus: new ChangeBus(),
    now: () => new Date(now),
    timeZone: HALL_TIME_ZONE,
    hall,
  }
  const maintenance = createMaintenance({
    store: () => store,
    now: () => new Date(now),
    timeZone: HALL_TIME_ZONE,
    swap: () => Promise.reject(new Error('no swap in-process')),
  })
  const caller = hallCaller(services, {
    actor,
    device,
    locale,
    migrations: store.migrations,
    maintenance,
  })
  const byPath = caller as unknown as Record<
    string,
    Record<string, ((input?: unknown) => Promise<unknown>) | undefined> | undefined
  >
  return {
    caller,
    call: (path, input) => {
      const [domain, name] = path.split('.') as [string, string]
      const procedure = byPath[domain]?.[name]
      if (!procedure) throw new Error(`no procedure ${path}`)
      return procedure(input)
    },
    services,
    setClock: (at) => {
      now = at
    },
    maintenance,
  }
}

interface Event {
  at: number
  seq: number
  run: () => Promise<unknown>
}

const MIN = 60_000

/**
 * Plans the day, registers and handles every batch of DAY_PLAN through the API in time order,
 * and returns the ids it made. The day is left open (every batch concluded, left or cancelled).
 */
export async function runReceptionDay(hub: InProcessHub) {
  const { caller } = hub
  hub.setClock(DAY_START - 60 * MIN)
  await caller.reference.importTownships({ countyCode: '330726' })
  const townships = await caller.reference.townships()
  const categories = await caller.reference.categories()
  // A second hall's day on the same store finds the county's department already there.
  const department =
    (await caller.reference.departments({})).find((d) => d.name === '县住建局') ??
    (await caller.reference.createDepartment({ name: '县住建局' }))
  const leaders = []
  for (const l of LEADERS) {
    const created = await caller.leader.create({ name: l.name, title: l.title })
    leaders.push({ leaderId: created.id, tableNo: l.tableNo, isLead: l.tableNo === 1 })
  }
  const day = await caller.day.plan({
    date: DAY_DATE,
    place: '县人民来访接待中心',
    duties: leaders,
  })

  const categoryId = (name: string | null) =>
    name === null ? undefined : categories.find((c) => c.name === name)?.id
  const townshipCode = (name: string | null) =>
    name === null ? undefined : townships.find((t) => t.name === name)?.code
  const batchIds: number[] = []
  const events: Event[] = []
  let seq = 0
  let person = 0
  const at = (minutes: number, run: () => Promise<unknown>) =>
    events.push({ at: minutes, seq: seq++, run })

  DAY_PLAN.forEach((plan, index) => {
    const registered = 10 * index
    const tableNo = (index % 3) + 1
    const finalTable = plan.transferTo ?? tableNo
    const id = () => batchIds[index] ?? 0
    at(registered, async () => {
      const named = Math.min(plan.headcount, 5)
      const members = Array.from({ length: named }, () => {
        person += 1
        return {
          name: `${SURNAMES[person % SURNAMES.length]}${'明华强芳军'[person % 5]}${person}`,
          idNumber: idNumberFor(person),
        }
      })
      const registeredBatch = await caller.batch.register({
        dayId: day.id,
        kind: plan.headcount > 1 ? 'group' : 'individual',
        headcount: plan.headcount,
        members,
        nature: plan.nature,
        categoryId: categoryId(plan.category),
        townshipCode: townshipCode(plan.township),
        summary: `第 ${index + 1} 批反映的问题`,
        tableNo,
      })
      batchIds[index] = registeredBatch.batchId
    })
    const record = () =>
      caller.outcome.record({
        batchId: id(),
        decision: '经会商，依法依规处理',
        matters: plan.outcomes.map((outcome, m) => ({
          summary: `第 ${index + 1} 批第 ${m + 1} 件事项`,
          nature: plan.nature,
          categoryId: categoryId(plan.category),
          townshipCode: townshipCode(plan.township),
          outcome,
          ...(outcome === 'assigned' || outcome === 'forwarded'
            ? { departmentId: department.id }
            : {}),
          ...(outcome === 'not_accepted' ? { channel: 'litigation' as const } : {}),
        })),
      })
    const wait = plan.wait ?? 0
    const session = plan.session ?? 0
    switch (plan.fate) {
      case 'cancelled':
        at(registered + 1, () => caller.batch.cancel({ batchId: id(), reason: '重复登记' }))
        break
      case 'leftWaiting':
        at(registered + 5, () => caller.queue.noShow({ batchId: id() }))
        break
      case 'leftCalled':
        at(registered + wait, () =>
          caller.queue.callNext({ dayId: day.id, tableNo, batchId: id() }),
        )
        at(registered + wait + 2, () => caller.queue.noShow({ batchId: id() }))
        break
      case 'transferredInSession':
        at(registered + wait, () =>
          caller.queue.callNext({ dayId: day.id, tableNo, batchId: id() }),
        )
        at(registered + wait + 1, () => caller.queue.start({ batchId: id() }))
        at(registered + wait + 2, () =>
          caller.queue.transfer({ batchId: id(), toTableNo: finalTable, reason: '涉及分管领域' }),
        )
        at(registered + wait + 3, () =>
          caller.queue.callNext({ dayId: day.id, tableNo: finalTable, batchId: id() }),
        )
        at(registered + wait + 4, () => caller.queue.start({ batchId: id() }))
        at(registered + wait + 4 + session, record)
        break
      default:
        if (plan.fate === 'transferred')
          at(registered + 1, () =>
            caller.queue.transfer({ batchId: id(), toTableNo: finalTable, reason: '联系乡镇' }),
          )
        at(registered + wait, () =>
          caller.queue.callNext({ dayId: day.id, tableNo: finalTable, batchId: id() }),
        )
        at(registered + wait + 1, () => caller.queue.start({ batchId: id() }))
        at(registered + wait + 1 + session, record)
    }
  })

  events.sort((a, b) => a.at - b.at || a.seq - b.seq)
  for (const event of events) {
    hub.setClock(DAY_START + event.at * MIN)
    await event.run()
  }
  return { dayId: day.id, batchIds, departmentId: department.id }
}
