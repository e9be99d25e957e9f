import { sql } from 'kysely'
import { TRPCError } from '@trpc/server'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { QueryAnswer } from '@shared/contract'
import type { Device } from '../../../src/main/hub/access'
import { QUERY_LIMITS } from '../../../src/main/services/followUp/queryCode'
import { hallCaller } from '../../support/hallCaller'
import {
  concludeAtTable,
  receptionDayWithCases,
  typedHub,
  type TypedHub,
} from '../../support/followUpHall'
import { idNumberFor } from '../../support/receptionDay'
import { tempStore, type TempStore } from '../../support/tempStore'

// The petitioner's query code at the kiosk (issue 14, item 9) and a leader's own cases (item
// 7), through the hub's typed router on both databases: the masked answer, the same answer for
// a wrong code and wrong digits, the lock-out per kiosk and per code, the rating once per
// answer, and a leader's 包案 with accusations kept to the handling leader.

const START = '2026-06-17' // a Wednesday
const PHONE_LAST = '5678' // receptionDayWithCases registers 13812345678

let hall: TempStore
let hub: TypedHub
let made: Awaited<ReturnType<typeof receptionDayWithCases>>
/** The hall's clock, moved by minutes for the lock-out windows. */
let now: Date

const kioskDevice = (id: number): Device => ({
  id,
  name: `kiosk-${id}`,
  role: 'kiosk',
  tableNo: null,
})
const kiosk = (id = 31) =>
  hallCaller(hub.services, { actor: `kiosk-${id}`, device: kioskDevice(id) }).followUp
const later = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000)
}

const codeOf = async (caseId: number) =>
  (await hall.value<string>(
    sql`SELECT b.query_code FROM batch b JOIN petition_case c ON c.batch_id = b.id WHERE c.id = ${caseId}`,
  )) ?? ''

const found = (answer: QueryAnswer) => {
  if (answer.status !== 'found') throw new Error(`not found: ${JSON.stringify(answer)}`)
  return answer
}

/** A code of the alphabet that no batch has. */
const unknownCode = (n: number) => `ZZZZZZZZ${'23456789'[n % 8]}${'ABCDEFGH'[n % 8]}`

beforeEach(async () => {
  hall = await tempStore()
  hub = typedHub(hall.store, START)
  now = new Date(`${START}T02:00:00Z`)
  hub.services.now = () => now
  made = await receptionDayWithCases(
    hub,
    ['县住建局', '县自然资源局'],
    [
      { outcome: 'assigned', department: 0 },
      { outcome: 'assigned', department: 1 },
      { outcome: 'resolved_on_spot' },
    ],
  )
}, 60_000)
afterEach(() => hall.close())

describe('the query code at the kiosk', () => {
  it('shows a visit’s progress, masked, for its code and the last digits of the phone or ID number', async () => {
    const [first] = made.cases
    const code = await codeOf(first?.caseId ?? 0)
    const byPhone = found(await kiosk().query({ code, lastDigits: PHONE_LAST }))
    expect(byPhone.visitedOn).toBe(START)
    expect(byPhone.cases).toHaveLength(1)
    const [c] = byPhone.cases
    expect(c).toMatchObject({
      state: 'accepted',
      followed: true,
      acceptedOn: START,
      departmentName: '县住建局',
      noticeOn: null,
      deadline: { date: '2026-08-17', provisional: false },
      replyOn: null,
      rating: null,
      mayRate: false,
    })
    // The ID number's last 4, lower-case x, the QR's text, spaces: the same visit.
    const id = idNumberFor(1)
    const scanned = found(
      await kiosk().query({
        code: ` jfr:${code.toLowerCase()} `,
        lastDigits: id.slice(-4).toLowerCase(),
      }),
    )
    expect(scanned).toEqual(byPhone)
    // Nothing personal, nothing of what was raised, nothing of another case.
    const text = JSON.stringify(byPhone)
    for (const secret of ['来访人1', id, '13812345678', '第 1 件', '第 2 件', '王建国', code])
      expect(text).not.toContain(secret)
    expect(Object.keys(c ?? {}).sort()).toEqual(
      [
        'acceptedOn',
        'caseNo',
        'closedOn',
        'deadline',
        'departmentName',
        'extended',
        'followed',
        'mayRate',
        'noticeOn',
        'rating',
        'replyOn',
        'state',
      ].sort(),
    )
  })

  it('answers a wrong code and wrong digits alike, and counts both', async () => {
    const code = await codeOf(made.cases[0]?.caseId ?? 0)
    const wrongCode = await kiosk(41).query({ code: unknownCode(1), lastDigits: PHONE_LAST })
    const wrongDigits = await kiosk(42).query({ code, lastDigits: '0000' })
    expect(wrongCode).toEqual({
      status: 'notFound',
      attemptsLeft: QUERY_LIMITS.device.failures - 1,
    })
    expect(wrongDigits).toEqual(wrongCode)
    expect(await hall.values(sql`SELECT ok FROM query_attempt ORDER BY id`)).toEqual([0, 0])
  })

  it('locks a kiosk out after 5 wrong tries, right ones too, until the window has passed', async () => {
    const code = await codeOf(made.cases[0]?.caseId ?? 0)
    const answers: QueryAnswer[] = []
    for (let i = 0; i < QUERY_LIMITS.device.failures; i++) {
      answers.push(await kiosk(51).query({ code: unknownCode(i), lastDigits: '1111' }))
      later(1)
    }
    expect(answers.map((a) => a.status)).toEqual([
      'notFound',
      'notFound',
      'notFound',
      'notFound',
      'locked',
    ])
    expect(answers.at(-1)).toEqual({ status: 'locked', minutes: 6 })
    // Locked: even the right code and digits get the lock-out, and the try is not counted.
    expect(await kiosk(51).query({ code, lastDigits: PHONE_LAST })).toEqual({
      status: 'locked',
      minutes: 5,
    })
    expect(await hall.value(sql`SELECT COUNT(*) FROM query_attempt`)).toEqual(
      expect.toSatisfy((n) => Number(n) === 5),
    )
    // Another kiosk is not locked.
    found(await kiosk(52).query({ code, lastDigits: PHONE_LAST }))
    // The lock is in the caller's language through the i18n plural (kiosk.locked).
    later(5)
    found(await kiosk(51).query({ code, lastDigits: PHONE_LAST }))
  })

  it('locks a code out after 5 wrong digits from any kiosks; other codes still answer', async () => {
    const code = await codeOf(made.cases[0]?.caseId ?? 0)
    const other = await codeOf(made.cases[1]?.caseId ?? 0)
    for (let i = 0; i < QUERY_LIMITS.code.failures; i++)
      await kiosk(60 + i).query({ code, lastDigits: `000${i}` })
    expect(await kiosk(70).query({ code, lastDigits: PHONE_LAST })).toEqual({
      status: 'locked',
      minutes: QUERY_LIMITS.code.minutes,
    })
    found(await kiosk(70).query({ code: other, lastDigits: PHONE_LAST }))
    later(QUERY_LIMITS.code.minutes)
    found(await kiosk(71).query({ code, lastDigits: PHONE_LAST }))
  })

  it('takes one rating per answer, logged in the case log and the audit log, the state unchanged', async () => {
    const [first] = made.cases
    const caseId = first?.caseId ?? 0
    const code = await codeOf(caseId)
    const ask = { code, lastDigits: PHONE_LAST }
    const [before] = found(await kiosk().query(ask)).cases
    const caseNo = before?.caseNo ?? ''
    const refusal = await kiosk()
      .rate({ ...ask, caseNo, satisfaction: 'satisfied' })
      .catch((e: unknown) => e)
    expect(refusal).toBeInstanceOf(TRPCError)
    expect((refusal as TRPCError).code).toBe('CONFLICT')

    const staff = hub.api('staff-1').followUp
    await staff.step({ kind: 'notice', caseId })
    await staff.step({ kind: 'reply', caseId, content: '已依法答复', delivery: 'in_person' })
    const [replied] = found(await kiosk().query(ask)).cases
    expect(replied).toMatchObject({
      state: 'replied',
      replyOn: START,
      noticeOn: START,
      mayRate: true,
    })

    const [rated] = found(
      await kiosk().rate({ ...ask, caseNo, satisfaction: 'basically_satisfied' }),
    ).cases
    expect(rated).toMatchObject({
      state: 'replied',
      mayRate: false,
      rating: { satisfaction: 'basically_satisfied', on: START },
    })
    const again = await kiosk()
      .rate({ ...ask, caseNo, satisfaction: 'dissatisfied' })
      .catch((e: unknown) => e)
    expect((again as TRPCError).code).toBe('CONFLICT')

    const log = await staff.log({ caseId })
    expect(log.entries.map((e) => e.kind)).toEqual(['notice', 'reply', 'rating'])
    expect(log.entries.at(-1)).toMatchObject({
      actor: 'kiosk-31',
      state: 'replied',
      data: { satisfaction: 'basically_satisfied', via: 'kiosk' },
    })
    expect(log.state).toBe('replied')
    expect(log.next).toContain('callback')
    const audit = await hall.rows<{ action: string; entity_id: number }>(
      sql`SELECT action, entity_id FROM audit_log WHERE action = 'followUp.rating'`,
    )
    expect(audit).toEqual([{ action: 'followUp.rating', entity_id: caseId }])
    // Not a call-back: the three rates count valid call-backs only.
    expect((await staff.rates({ month: '2026-06' })).overall.valid).toBe(0)

    // 不满意 at the call-back reopens it; the next reply may be rated again.
    await staff.step({
      kind: 'callback',
      caseId,
      result: 'reached',
      contacted: true,
      resolved: false,
      satisfaction: 'dissatisfied',
      next: 'reopen',
    })
    expect(found(await kiosk().query(ask)).cases[0]).toMatchObject({
      state: 'reopened',
      mayRate: false,
    })
    await staff.step({ kind: 'reply', caseId, content: '重新办理后答复', delivery: 'post' })
    expect(found(await kiosk().query(ask)).cases[0]).toMatchObject({ mayRate: true, rating: null })
  })

  it('rates only with the right code and digits, counted like a look-up', async () => {
    const code = await codeOf(made.cases[2]?.caseId ?? 0)
    const wrong = await kiosk(81).rate({
      code,
      lastDigits: '9999',
      caseNo: '2026-0001',
      satisfaction: 'satisfied',
    })
    expect(wrong).toEqual({ status: 'notFound', attemptsLeft: 4 })
    expect(await hall.value(sql`SELECT COUNT(*) FROM case_log WHERE kind = 'rating'`)).toEqual(
      expect.toSatisfy((n) => Number(n) === 0),
    )
  })
})

describe('a leader’s own cases (包案)', () => {
  it('lists the cases the leader on duty at the table owns, with clock and next step; accusations only where handled', async () => {
    const [leader1, leader2] = made.leaders
    const desk = hub.api('desk-1')
    // An accusation taken at table 2, owned by leader 1: it stays with table 2's leader.
    const batch = await desk.batch.register({
      dayId: made.dayId,
      kind: 'individual',
      headcount: 1,
      members: [{ name: '检举人', idNumber: idNumberFor(9), phone: '13900001111' }],
      nature: 'accusation',
      summary: '检举某村干部侵占补偿款',
      tableNo: 2,
    })
    const recorded = await concludeAtTable(hub.api('table-2'), {
      dayId: made.dayId,
      tableNo: 2,
      batchId: batch.batchId,
      decision: '转县纪委监委',
      matters: [
        {
          summary: '检举事项',
          nature: 'accusation',
          outcome: 'assigned',
          departmentId: made.deptIds[1],
          ownerLeaderId: leader1,
        },
      ],
    })
    const accusationId = recorded.cases[0]?.caseId ?? 0

    const asLeader = (tableNo: number) =>
      hallCaller(hub.services, {
        actor: `leader-${tableNo}`,
        device: { id: 90 + tableNo, name: `table-${tableNo}`, role: 'leader', tableNo },
      }).followUp
    const own1 = await asLeader(1).owned({ tableNo: 1 })
    expect(own1.leader).toEqual({ id: leader1, name: '王建国' })
    const mine = made.cases.filter((c) => c.ownerLeaderId === leader1).map((c) => c.caseId)
    expect(own1.rows.map((r) => r.caseId)).toEqual(mine)
    expect(own1.rows.map((r) => r.caseId)).not.toContain(accusationId)
    expect(own1.rows[0]).toMatchObject({
      state: 'accepted',
      departmentName: '县住建局',
      deadline: { date: '2026-08-17', provisional: false },
      workingDaysLeft: 42,
      nextStep: 'notice',
      reasons: ['notice'],
    })
    expect(JSON.stringify(own1)).not.toMatch(/来访人|检举|13812345678/)

    // Table 2's leader handled the accusation, but does not own it: not listed there either.
    const own2 = await asLeader(2).owned({ tableNo: 2 })
    expect(own2.leader?.id).toBe(leader2)
    expect(own2.rows.map((r) => r.caseId)).not.toContain(accusationId)
    // Owned by the handling leader, it is listed (without its content).
    await hub.api('staff-1').outcome.amend({
      caseId: accusationId,
      reason: '改由接访领导包案',
      decision: '转县纪委监委',
      outcome: 'assigned',
      departmentId: made.deptIds[1],
      ownerLeaderId: leader2,
      consultedDepartmentIds: [],
      shareContact: false,
    })
    const own2After = await asLeader(2).owned({ tableNo: 2 })
    expect(own2After.rows.find((r) => r.caseId === accusationId)).toMatchObject({
      nature: 'accusation',
    })
    expect(JSON.stringify(own2After)).not.toMatch(/检举某村干部|检举人/)

    // Another table's leader device is refused, before anything is read.
    const refused = await asLeader(2)
      .owned({ tableNo: 1 })
      .catch((e: unknown) => e)
    expect((refused as TRPCError).code).toBe('FORBIDDEN')
  })

  it('answers no leader for a table without duty today, and moves the next step on', async () => {
    const staff = hub.api('staff-1').followUp
    expect(await staff.owned({ tableNo: 9 })).toEqual({ today: START, leader: null, rows: [] })
    const caseId = made.cases[0]?.caseId ?? 0
    await staff.step({ kind: 'notice', caseId })
    const rows = (await staff.owned({ tableNo: 1 })).rows
    expect(rows.find((r) => r.caseId === caseId)).toMatchObject({ nextStep: 'reply', reasons: [] })
  })
})
