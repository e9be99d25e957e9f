import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Figures, RateGroup, RatesView, Ratio } from '@shared/contract'
import { addDays } from '@shared/plan/notices'
import { tempStore, type TempStore } from '../../support/tempStore'
import { receptionDayWithCases, typedHub, type TypedHub } from '../../support/followUpHall'

// THE TEST of issue 14: 90 days after a reception day on a moving clock, through the typed API
// only. 40 cases assigned over 5 departments with notices, progress, reminders, 督办, 2
// extensions, 3 objections (reassigned), replies on time and late, call-backs (valid,
// unreachable, refused; every satisfaction), 2 reviews and 1 re-review, and 4 on-the-spot cases
// called back. Every figure — the three rates, the composite, 按期办结率, 及时告知率 — is then
// checked against a hand count kept from the script of what was done (the ledger below, never
// from the hub), by department and by month; July is closed on day 50 and stays as it was.

const START = '2026-06-17' // a Wednesday
// Hand-computed from the State Council's 2026 arrangement (no calendar code in this test):
const STATUTE = '2026-08-17' // 60 days → Sunday 16 August → Monday 17 August
const PROMISED = '2026-07-17' // a Friday, promised at the table
const EXTENDED = '2026-09-16' // 30 days after 17 August, a Wednesday
const NOTICE_DUE = '2026-07-02' // 15 days, a Thursday
const ASSIGNED = 40
const ON_SPOT = 4

type Sat = 'satisfied' | 'basically_satisfied' | 'dissatisfied'
interface Call {
  i: number
  on: string
  result: 'reached' | 'unreachable' | 'refused'
  contacted?: boolean
  resolved?: boolean
  satisfaction?: Sat
}
interface Ledger {
  department: (number | null)[]
  owner: number[]
  deadline: (string | null)[]
  noticeOn: (string | null)[]
  closedOn: (string | null)[]
  calls: Call[]
}

let hall: TempStore
let hub: TypedHub
let caseIds: number[] = []
const ledger: Ledger = {
  department: [],
  owner: [],
  deadline: [],
  noticeOn: [],
  closedOn: [],
  calls: [],
}
let julyAtClose: RatesView
let deptIds: number[] = []

const schedule = new Map<number, (() => Promise<unknown>)[]>()
const at = (day: number, run: () => Promise<unknown>) =>
  schedule.set(day, [...(schedule.get(day) ?? []), run])

beforeAll(async () => {
  hall = await tempStore()
  hub = typedHub(hall.store, START)
  const plan = [
    ...Array.from({ length: ASSIGNED }, (_, i) => ({
      outcome: 'assigned' as const,
      department: i % 5,
      ...(i % 4 === 0 ? { promisedDeadline: PROMISED } : {}),
    })),
    ...Array.from({ length: ON_SPOT }, () => ({ outcome: 'resolved_on_spot' as const })),
  ]
  const made = await receptionDayWithCases(
    hub,
    ['县住建局', '县自然资源局', '县人力社保局', '县农业农村局', '县市场监管局'],
    plan,
  )
  deptIds = made.deptIds
  caseIds = made.cases.map((c) => c.caseId)
  const staff = hub.api('staff-1')
  const date = (day: number) => addDays(START, day)
  const step = (input: Parameters<typeof staff.followUp.step>[0]) => staff.followUp.step(input)

  for (const [i, c] of made.cases.entries()) {
    const caseId = c.caseId
    ledger.owner[i] = c.ownerLeaderId
    if (i >= ASSIGNED) {
      // On the spot: the 现场处理记录 the same day, called back two days later.
      ledger.department[i] = null
      ledger.deadline[i] = null
      ledger.noticeOn[i] = null
      at(0, () =>
        step({
          kind: 'onSpotRecord',
          caseId,
          decided: '当场协调解决',
          present: '接访领导及相关部门',
        }),
      )
      const k = i - ASSIGNED
      const call: Omit<Call, 'i' | 'on'> =
        k === 0
          ? { result: 'reached', contacted: true, resolved: true, satisfaction: 'satisfied' }
          : k === 1
            ? {
                result: 'reached',
                contacted: true,
                resolved: true,
                satisfaction: 'basically_satisfied',
              }
            : k === 2
              ? {
                  result: 'reached',
                  contacted: true,
                  resolved: false,
                  satisfaction: 'dissatisfied',
                }
              : { result: 'unreachable' }
      const calls =
        k === 3
          ? [
              call,
              {
                result: 'reached' as const,
                contacted: true,
                resolved: true,
                satisfaction: 'satisfied' as const,
              },
            ]
          : [call]
      let day = 2
      for (const cb of calls) {
        const d = day
        ledger.calls.push({ i, on: date(d), ...cb })
        at(d, () =>
          step({
            kind: 'callback',
            caseId,
            ...cb,
            ...(cb.satisfaction === 'dissatisfied' ? { next: 'review_guidance' } : {}),
          }),
        )
        day += 1
      }
      ledger.closedOn[i] = date(day)
      at(day, () => step({ kind: 'close', caseId }))
      continue
    }

    // Objections (cases 1–3) on day 1, reassigned to the next department on day 2.
    let department = i % 5
    if (i >= 1 && i <= 3) {
      department = (i + 1) % 5
      at(1, () => step({ kind: 'objection', caseId, reason: '不属本单位职责' }))
      at(2, () =>
        hub.api('table-1').outcome.amend({
          caseId,
          reason: '责任单位异议，重新交办',
          decision: '重新交办',
          outcome: 'assigned',
          departmentId: deptIds[department],
        }),
      )
    }
    ledger.department[i] = department
    const extension = i === 5 || i === 6
    ledger.deadline[i] = extension ? EXTENDED : i % 4 === 0 ? PROMISED : STATUTE
    const deadlineDay = i % 4 === 0 ? 30 : 61

    // Notices: late for 7, 15, 23, 31, 39; never for 38; else within days 3–12.
    const noticeDay = i === 38 ? null : i % 8 === 7 ? 20 : 3 + (i % 10)
    ledger.noticeOn[i] = noticeDay === null ? null : date(noticeDay)
    if (noticeDay !== null) at(noticeDay, () => step({ kind: 'notice', caseId }))
    at(10, () => step({ kind: 'progress', caseId, note: '已约谈来访人，正在核查' }))
    if (i % 5 === 0) at(20, () => step({ kind: 'reminder', caseId, note: '请抓紧办理' }))
    if (i % 10 === 1)
      at(21, () =>
        hub.api('table-x').followUp.step({
          kind: 'supervision',
          caseId,
          leaderId: c.ownerLeaderId,
          note: '包案督办',
        }),
      )
    if (extension)
      at(50, () =>
        step({
          kind: 'extension',
          caseId,
          reason: '需多部门会同调查',
          approvedBy: '王建国',
          days: 30,
        }),
      )

    const replyDay =
      i === 39
        ? null
        : i === 38
          ? 70
          : extension
            ? 80
            : i % 4 === 0
              ? i % 8 === 0
                ? 25
                : deadlineDay + 3
              : i % 7 === 6
                ? 66
                : 30 + (i % 20)
    if (replyDay === null) {
      ledger.closedOn[i] = null
      continue
    }
    at(replyDay, () =>
      step({ kind: 'reply', caseId, content: '经调查，依法答复如下……', delivery: 'post' }),
    )
    const pattern = i % 6
    const yes = { result: 'reached' as const }
    const callsFor: {
      day: number
      call: Omit<Call, 'i' | 'on'>
      next?: 'reopen' | 'review_guidance'
    }[] =
      pattern === 0
        ? [{ day: 2, call: { ...yes, contacted: true, resolved: true, satisfaction: 'satisfied' } }]
        : pattern === 1
          ? [
              {
                day: 2,
                call: {
                  ...yes,
                  contacted: true,
                  resolved: false,
                  satisfaction: 'basically_satisfied',
                },
              },
            ]
          : pattern === 2
            ? [
                { day: 2, call: { result: 'unreachable' } },
                {
                  day: 3,
                  call: { ...yes, contacted: true, resolved: true, satisfaction: 'satisfied' },
                },
              ]
            : pattern === 3
              ? [
                  { day: 2, call: { result: 'refused' } },
                  {
                    day: 3,
                    call: {
                      ...yes,
                      contacted: false,
                      resolved: true,
                      satisfaction: 'basically_satisfied',
                    },
                  },
                ]
              : pattern === 4
                ? [
                    {
                      day: 2,
                      call: {
                        ...yes,
                        contacted: true,
                        resolved: false,
                        satisfaction: 'dissatisfied',
                      },
                      next: 'review_guidance',
                    },
                  ]
                : [
                    {
                      day: 2,
                      call: {
                        ...yes,
                        contacted: true,
                        resolved: false,
                        satisfaction: 'dissatisfied',
                      },
                      next: 'reopen',
                    },
                    {
                      day: 7,
                      call: { ...yes, contacted: true, resolved: true, satisfaction: 'satisfied' },
                    },
                  ]
    for (const { day, call, next } of callsFor) {
      ledger.calls.push({ i, on: date(replyDay + day), ...call })
      at(replyDay + day, () =>
        step({ kind: 'callback', caseId, ...call, ...(next ? { next } : {}) }),
      )
    }
    if (pattern === 5) {
      at(replyDay + 3, () => step({ kind: 'progress', caseId, note: '重新办理' }))
      at(replyDay + 5, () =>
        step({ kind: 'reply', caseId, content: '重新办理后答复', delivery: 'phone' }),
      )
    }
    const closeDay = replyDay + (callsFor.at(-1)?.day ?? 0) + 1
    ledger.closedOn[i] = date(closeDay)
    at(closeDay, () => step({ kind: 'close', caseId }))
    // 复查 for cases 10 and 16 (dissatisfied, told of the review), 复核 for 16.
    if (i === 10 || i === 16) {
      at(closeDay + 5, () =>
        step({ kind: 'reviewRequest', caseId, level: 'review', body: '县人民政府' }),
      )
      at(closeDay + 15, () =>
        step({ kind: 'reviewAnswer', caseId, level: 'review', content: '维持原处理意见' }),
      )
    }
    if (i === 16) {
      at(closeDay + 20, () =>
        step({ kind: 'reviewRequest', caseId, level: 're_review', body: '市人民政府' }),
      )
      at(closeDay + 30, () =>
        step({ kind: 'reviewAnswer', caseId, level: 're_review', content: '维持复查意见' }),
      )
    }
  }

  for (let day = 0; day <= 90; day += 1) {
    hub.goTo(day)
    for (const run of schedule.get(day) ?? []) await run()
    if (day === 50) {
      await staff.followUp.closeMonth({ month: '2026-06' })
      await staff.followUp.closeMonth({ month: '2026-07' })
      julyAtClose = await staff.followUp.rates({ month: '2026-07' })
    }
    if (day === 60) {
      // A notice made on 1 July, entered only now: July's figures stay as they were closed.
      await step({ kind: 'notice', caseId: caseIds[38] ?? 0, on: '2026-07-01' })
    }
  }
}, 300_000)

afterAll(() => hall.close())

// ── the hand count ────────────────────────────────────────────────────────────────────────

const sorted = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b)
const ratio = (count: number[], of: number[], n: number, d: number): Ratio => ({
  count: n,
  of: d,
  rate: d === 0 ? null : n / d,
  caseIds: sorted(count),
  ofCaseIds: sorted(of),
})

/** `withLateEntry`: count the notice of case 38 entered on day 60 (dated 1 July). */
function handCount(month: string, keep: (i: number) => boolean, withLateEntry = false): Figures {
  const id = (i: number) => caseIds[i] ?? 0
  const calls = ledger.calls.filter((c) => c.on.startsWith(month) && keep(c.i))
  const valid = calls.filter((c) => c.result === 'reached')
  const by = (test: (c: Call) => boolean) => valid.filter(test)
  const contacted = by((c) => c.contacted === true)
  const resolved = by((c) => c.resolved === true)
  const sat = by((c) => c.satisfaction === 'satisfied')
  const basic = by((c) => c.satisfaction === 'basically_satisfied')
  const dis = by((c) => c.satisfaction === 'dissatisfied')
  const n = valid.length
  const satisfactionRate = n === 0 ? null : (sat.length + 0.9 * basic.length) / n
  const assigned = Array.from({ length: ASSIGNED }, (_, i) => i).filter(keep)
  const closedBy = (i: number) => {
    const closed = ledger.closedOn[i]
    const deadline = ledger.deadline[i]
    return closed != null && deadline != null && closed <= deadline
  }
  // A deadline counts once it has passed (day 90 is 15 September), or once it was met.
  const due = assigned.filter((i) => {
    const deadline = ledger.deadline[i]
    return deadline?.startsWith(month) && (deadline < addDays(START, 90) || closedBy(i))
  })
  const onTime = due.filter(closedBy)
  const noticeDue = NOTICE_DUE.startsWith(month) ? assigned : []
  const timely = noticeDue.filter((i) => {
    const on = i === 38 && withLateEntry ? '2026-07-01' : ledger.noticeOn[i]
    return on != null && on <= NOTICE_DUE
  })
  const response = ratio(
    contacted.map((c) => id(c.i)),
    valid.map((c) => id(c.i)),
    contacted.length,
    n,
  )
  const resolution = ratio(
    resolved.map((c) => id(c.i)),
    valid.map((c) => id(c.i)),
    resolved.length,
    n,
  )
  return {
    valid: n,
    failed: calls.length - n,
    satisfied: sat.length,
    basicallySatisfied: basic.length,
    dissatisfied: dis.length,
    response,
    resolution,
    satisfaction: {
      ...ratio(
        [...sat, ...basic].map((c) => id(c.i)),
        valid.map((c) => id(c.i)),
        sat.length + basic.length,
        n,
      ),
      rate: satisfactionRate,
    },
    composite:
      n === 0
        ? null
        : (10 * (response.rate ?? 0) + 50 * (resolution.rate ?? 0) + 40 * (satisfactionRate ?? 0)) /
          100,
    onTime: ratio(onTime.map(id), due.map(id), onTime.length, due.length),
    timelyNotice: ratio(timely.map(id), noticeDue.map(id), timely.length, noticeDue.length),
  }
}

/** The hub's figures with drill-down ids sorted and rates to 12 places, to compare. */
function normal(f: Figures) {
  const r = (x: Ratio) => ({
    ...x,
    rate: x.rate === null ? null : Number(x.rate.toFixed(12)),
    caseIds: sorted(x.caseIds),
    ofCaseIds: sorted(x.ofCaseIds),
  })
  return {
    ...f,
    composite: f.composite === null ? null : Number(f.composite.toFixed(12)),
    response: r(f.response),
    resolution: r(f.resolution),
    satisfaction: r(f.satisfaction),
    onTime: r(f.onTime),
    timelyNotice: r(f.timelyNotice),
  }
}

const MONTHS = ['2026-06', '2026-07', '2026-08', '2026-09']

describe('90 days after a reception day: the three rates and the follow-up figures', () => {
  it('the script did what it says: deadlines, extensions and the log agree with the hand dates', async () => {
    const staff = hub.api()
    for (const i of [0, 5, 6, 7]) {
      const f = await staff.followUp.log({ caseId: caseIds[i] ?? 0 })
      expect(f.deadline?.date, `case ${i}`).toBe(ledger.deadline[i])
    }
    const f16 = await staff.followUp.log({ caseId: caseIds[16] ?? 0 })
    expect(f16).toMatchObject({ state: 'closed', final: true })
    const f39 = await staff.followUp.log({ caseId: caseIds[39] ?? 0 })
    expect(f39.state).toBe('in_progress')
    const work = await staff.followUp.workList({})
    expect(work.rows.find((r) => r.caseId === caseIds[39])?.reasons).toEqual(['overdue'])
    expect(ledger.calls.filter((c) => c.result !== 'reached')).toHaveLength(
      // patterns 2 and 3 of 39 replied cases, and one on-the-spot case
      Array.from({ length: 39 }, (_, i) => i).filter((i) => i % 6 === 2 || i % 6 === 3).length + 1,
    )
  })

  it('overall and by month, every figure equals the hand count', async () => {
    const staff = hub.api()
    for (const month of MONTHS) {
      const view = await staff.followUp.rates({ month })
      expect(normal(view.overall), month).toEqual(normal(handCount(month, () => true)))
    }
    // A few of them by hand, read off the script: August.
    const august = await staff.followUp.rates({ month: '2026-08' })
    expect(august.overall.onTime.of).toBe(ASSIGNED - 10 - 2) // the statute's 17 August
    expect(august.overall.timelyNotice.of).toBe(0)
    const july = await staff.followUp.rates({ month: '2026-07' })
    expect(july.overall.timelyNotice).toMatchObject({ count: 34, of: 40 })
    expect(july.overall.onTime.of).toBe(10)
  })

  it('by department (and by owner leader), every figure equals the hand count', async () => {
    const staff = hub.api()
    for (const month of MONTHS) {
      const view = await staff.followUp.rates({ month })
      const dept = (g: RateGroup) => deptIds.indexOf(Number(g.key))
      for (const g of view.byDepartment) {
        const d = g.key === '-' ? null : dept(g)
        expect(normal(g.figures), `${month} ${g.name ?? '-'}`).toEqual(
          normal(handCount(month, (i) => ledger.department[i] === d)),
        )
      }
      const counted = [null, 0, 1, 2, 3, 4].filter((d) => {
        const f = handCount(month, (i) => ledger.department[i] === d)
        return f.valid + f.failed + f.onTime.of + f.timelyNotice.of > 0
      })
      expect(view.byDepartment).toHaveLength(counted.length)
      for (const g of view.byOwnerLeader)
        expect(normal(g.figures), `${month} leader ${g.name ?? '-'}`).toEqual(
          normal(handCount(month, (i) => String(ledger.owner[i]) === g.key)),
        )
    }
  })

  it('July, closed on day 50, does not change when a case changes later', async () => {
    const staff = hub.api()
    const july = await staff.followUp.rates({ month: '2026-07' })
    expect(july.frozen).toBe(true)
    expect(july).toEqual(julyAtClose)
    // The notice entered on day 60 would have changed July: 35 timely of 40, not 34.
    expect(handCount('2026-07', () => true, true).timelyNotice.count).toBe(35)
    expect(july.overall.timelyNotice.count).toBe(34)
    expect((await staff.followUp.months()).map((m) => m.month)).toEqual(['2026-07', '2026-06'])
    await expect(staff.followUp.closeMonth({ month: '2026-09' })).rejects.toThrow(
      'followUpError.monthNotOver',
    )
  })
})
