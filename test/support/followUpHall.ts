import { ChangeBus } from '../../src/main/services/core/changeBus'
import type { ServiceContext } from '../../src/main/services/core/context'
import { hallCaller, type HallCaller } from './hallCaller'
import type { Store } from '../../src/main/store/openStore'
import { addDays } from '@shared/plan/notices'
import { idNumberFor } from './receptionDay'
import { HALL_TIME_ZONE } from './tempStore'

// A hall for the follow-up tests: the hub's router called in-process through its typed caller
// (the contract's validation, the middleware, the services) on a clock the test moves a day at
// a time, 10:00 in the hall (Asia/Shanghai) on each day.

export function typedHub(store: Store, start: string) {
  let today = start
  const services: ServiceContext = {
    db: store.db,
    bus: new ChangeBus(),
    now: () => new Date(`${today}T02:00:00Z`),
    timeZone: HALL_TIME_ZONE,
  }
  const api = (actor = 'staff-1') => hallCaller(services, { actor, migrations: store.migrations })
  return {
    api,
    services,
    get today() {
      return today
    },
    /** The hall's date `n` days after the start. */
    day: (n: number) => addDays(start, n),
    goTo(n: number) {
      today = addDays(start, n)
    },
  }
}

export type TypedHub = ReturnType<typeof typedHub>

type RecordInput = Parameters<HallCaller['outcome']['record']>[0]

/** A registered batch seen at its table and concluded there: called, started, its outcome
 * recorded with `matters`. */
export async function concludeAtTable(
  table: HallCaller,
  at: { dayId: number; tableNo: number; batchId: number } & Pick<
    RecordInput,
    'decision' | 'matters'
  >,
) {
  const { dayId, tableNo, batchId, decision, matters } = at
  await table.queue.callNext({ dayId, tableNo, batchId })
  await table.queue.start({ batchId })
  return table.outcome.record({ batchId, decision, matters })
}

export interface PlannedCase {
  outcome: 'assigned' | 'resolved_on_spot'
  department?: number
  promisedDeadline?: string
}

/**
 * A reception day on the hub's start date: three leaders at tables 1–3, `departments`
 * departments, and one batch per planned case, registered, called, seen and concluded with it.
 */
export async function receptionDayWithCases(
  hub: TypedHub,
  departments: string[],
  plan: PlannedCase[],
) {
  const staff = hub.api('desk-1')
  const deptIds: number[] = []
  for (const name of departments)
    deptIds.push((await staff.reference.createDepartment({ name })).id)
  const leaders: number[] = []
  for (const name of ['王建国', '李秀英', '张志强'])
    leaders.push((await staff.leader.create({ name, title: '副县长' })).id)
  const day = await staff.day.plan({
    date: hub.today,
    place: '县人民来访接待中心',
    duties: leaders.map((leaderId, i) => ({ leaderId, tableNo: i + 1, isLead: i === 0 })),
  })
  const cases: { caseId: number; ownerLeaderId: number; tableNo: number }[] = []
  for (const [i, p] of plan.entries()) {
    const tableNo = (i % 3) + 1
    const batch = await staff.batch.register({
      dayId: day.id,
      kind: 'individual',
      headcount: 1,
      members: [{ name: `来访人${i + 1}`, idNumber: idNumberFor(i + 1), phone: '13812345678' }],
      nature: 'appeal',
      summary: `第 ${i + 1} 件反映的问题`,
      tableNo,
    })
    const recorded = await concludeAtTable(hub.api(`table-${tableNo}`), {
      dayId: day.id,
      tableNo,
      batchId: batch.batchId,
      decision: '经会商，依法依规处理',
      matters: [
        {
          summary: `第 ${i + 1} 件事项`,
          nature: 'appeal',
          outcome: p.outcome,
          ...(p.outcome === 'assigned' ? { departmentId: deptIds[p.department ?? 0] } : {}),
          ...(p.promisedDeadline ? { promisedDeadline: p.promisedDeadline } : {}),
        },
      ],
    })
    const caseId = recorded.cases[0]?.caseId ?? 0
    cases.push({ caseId, ownerLeaderId: leaders[tableNo - 1] ?? 0, tableNo })
  }
  return { dayId: day.id, deptIds, leaders, cases }
}
