import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAppointment } from '../../../src/main/services/appointment/appointments'
import { actingAs, writeAction } from '../../../src/main/services/core/context'
import {
  boardView,
  callNext,
  endSession,
  endTableDay,
  markNoShow,
  pauseTable,
  recall,
  resumeTable,
  startSession,
  tableQueue,
  transfer,
} from '../../../src/main/services/queue'
import { registerBatch } from '../../../src/main/services/batch/registration'
import { computeRoute } from '../../../src/main/services/batch/routing'
import { CreateAppointmentInput } from '@shared/contract'
import { idCheckCharacter } from '@shared/person/idNumber'
import { planWithLeaders, registration } from '../../support/fixtures'
import { tempStore, type TempStore } from '../../support/tempStore'

/** A valid resident ID number of Yiwu county (330726) for a birth date YYYYMMDD. */
const idFor = (birth: string, seq = '123') => {
  const first17 = `330726${birth}${seq}`
  return first17 + idCheckCharacter(first17)
}

const DATE = '2026-10-21'
let clock: Date
let hall: TempStore
/** Moves the hall's clock on by some minutes. */
const later = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000))

beforeEach(async () => {
  clock = new Date('2026-10-21T01:00:00Z') // 09:00 on the day in the hall (Asia/Shanghai)
  hall = await tempStore(() => clock)
})
afterEach(() => hall.close())

async function hallWithTables() {
  const day = await planWithLeaders(hall.services, DATE, [
    { name: '王建国', tableNo: 1, isLead: true },
    { name: '李秀英', tableNo: 2 },
  ])
  const register = async (
    name: string,
    extra: Record<string, unknown> = {},
    member: Record<string, unknown> = {},
  ) => {
    later(1)
    return registerBatch(
      actingAs(hall.services, 'desk'),
      registration({
        dayId: day.id,
        kind: 'individual',
        headcount: 1,
        members: [{ name, ...member }],
        summary: `${name}的诉求`,
        tableNo: 1,
        ...extra,
      }),
    )
  }
  return { day, register }
}

const transitions = async (batchId: number) =>
  await hall.rows(sql`select from_status as "from", to_status as "to", from_duty_id as "fromDuty",
         to_duty_id as "toDuty", reason, actor from batch_transition where batch_id = ${batchId} order by id`)
const batchRow = async (batchId: number) =>
  (await hall.row(sql`select * from batch where id = ${batchId}`)) as Record<string, unknown>
const auditActions = async () => await hall.values(sql`select action from audit_log order by id`)

describe('the queue at a table', () => {
  it('orders waiting batches by priority, then arrival, with expected times', async () => {
    const { day, register } = await hallWithTables()
    const booked = await createAppointment(
      actingAs(hall.services, 'plan'),
      CreateAppointmentInput.parse({
        dayId: day.id,
        person: { name: '预约人' },
        slot: '09:00',
        summary: '预约事项',
        dossier: '前期调查：已核实。',
      }),
    )
    const plain = await register('甲一')
    const elderly = await register('乙老', {}, { idNumber: idFor('19501001') }) // 76
    const young = await register('丙青', {}, { idNumber: idFor('19900101') })
    const disabled = await register('丁残', { flags: { disabled: true } })
    const urgent = await register('戊急', { flags: { urgent: true } })
    const appointment = await register('预约人', { appointmentId: booked.id })

    const queue = await tableQueue(actingAs(hall.services, 'test'), { dayId: day.id, tableNo: 1 })
    expect(queue.current).toBeNull()
    expect(queue.waiting.map((b) => [b.ticket, b.priority])).toEqual([
      [urgent.ticket, 'urgent'],
      [appointment.ticket, 'appointment'],
      [elderly.ticket, 'elderly'],
      [disabled.ticket, 'disabled'],
      [plain.ticket, null],
      [young.ticket, null],
    ])
    expect(queue.waiting.find((b) => b.ticket === elderly.ticket)?.flags.elderly).toBe(true)
    expect(queue.sessionMinutes).toBe(15)
    expect(queue.sessionBasis).toBe(0)
    expect(queue.waiting.map((b) => b.expectedWaitMinutes)).toEqual([0, 15, 30, 45, 60, 75])
    expect(queue.waiting[1]?.expectedAt).toBe(new Date(clock.getTime() + 15 * 60_000).toISOString())

    // Call next takes the head of that order.
    const called = await callNext(actingAs(hall.services, 'table-1'), { dayId: day.id, tableNo: 1 })
    expect(called.ticket).toBe(urgent.ticket)
    const after = await tableQueue(actingAs(hall.services, 'test'), { dayId: day.id, tableNo: 1 })
    expect(after.current?.ticket).toBe(urgent.ticket)
    expect(after.waiting.map((b) => b.expectedWaitMinutes)).toEqual([15, 30, 45, 60, 75])
  })

  it('calls, starts, recalls and concludes with timestamps, transitions and audit', async () => {
    const { day, register } = await hallWithTables()
    const a = await register('张三', {}, { idNumber: idFor('19800101'), phone: '13812345678' })
    const b = await register('李四')
    hall.events.length = 0

    later(2)
    const calledAt = clock.toISOString()
    const call = await callNext(actingAs(hall.services, 'table-1'), { dayId: day.id, tableNo: 1 })
    expect(call).toMatchObject({ batchId: a.batchId, status: 'called', tableNo: 1, at: calledAt })
    expect(await batchRow(a.batchId)).toMatchObject({ status: 'called', called_at: calledAt })
    expect(hall.events).toEqual([{ topic: 'queue', dayId: day.id, tableNos: [1] }])

    // A second call while 001 is in front of the table is refused.
    await expect(
      callNext(actingAs(hall.services, 'table-1'), { dayId: day.id, tableNo: 1 }),
    ).rejects.toMatchObject({ key: 'queue.tableBusy', params: { ticket: a.ticket } })

    // The board shows the call; a recall changes its announcement key and counts.
    const board1 = await boardView(actingAs(hall.services, 'test'), { dayId: day.id })
    expect(board1.calls).toEqual([
      { ticket: a.ticket, tableNo: 1, calledAt, announceKey: expect.any(Number), recalls: 0 },
    ])
    later(1)
    const again = await recall(actingAs(hall.services, 'table-1'), {
      batchId: a.batchId,
      tableNo: 1,
    })
    expect(again.recalls).toBe(1)
    const board2 = await boardView(actingAs(hall.services, 'test'), { dayId: day.id })
    expect(board2.calls[0]?.announceKey).toBeGreaterThan(board1.calls[0]?.announceKey ?? 0)
    expect(board2.calls[0]?.recalls).toBe(1)
    expect(
      (await tableQueue(actingAs(hall.services, 'test'), { dayId: day.id, tableNo: 1 })).current
        ?.recalls,
    ).toBe(1)
    expect((await batchRow(a.batchId))['called_at']).toBe(calledAt) // the first call stays

    later(1)
    const startedAt = clock.toISOString()
    await startSession(actingAs(hall.services, 'table-1'), { batchId: a.batchId })
    expect(await batchRow(a.batchId)).toMatchObject({ status: 'in_session', started_at: startedAt })
    await expect(
      recall(actingAs(hall.services, 'table-1'), { batchId: a.batchId }),
    ).rejects.toMatchObject({
      key: 'queue.status.in_session',
    })
    const board3 = await boardView(actingAs(hall.services, 'test'), { dayId: day.id })
    expect(board3.calls).toEqual([])
    expect(board3.tables[0]?.current).toEqual({ ticket: a.ticket, status: 'in_session' })

    // The leader's view of the batch in session: masked persons, age, no full numbers.
    const inSession = await tableQueue(actingAs(hall.services, 'test'), {
      dayId: day.id,
      tableNo: 1,
    })
    expect(inSession.current?.persons).toEqual([
      {
        maskedName: '张*',
        maskedIdNumber: '330726********1234'.replace('1234', idFor('19800101').slice(-4)),
        maskedPhone: '138****5678',
        age: 46,
        role: 'petitioner',
      },
    ])
    expect(JSON.stringify(inSession)).not.toContain('13812345678')
    expect(JSON.stringify(inSession)).not.toContain(idFor('19800101'))

    // 12 minutes later the outcome is recorded (issue 5) through endSession.
    later(12)
    const endedAt = clock.toISOString()
    const ended = await writeAction(hall.services, ({ trx, at, today }) =>
      endSession(trx, at, a.batchId, 'table-1', today),
    )
    expect(ended).toEqual({ batchId: a.batchId, dayId: day.id, tableNo: 1, ticket: a.ticket })
    expect(await batchRow(a.batchId)).toMatchObject({ status: 'concluded', ended_at: endedAt })

    expect(await transitions(a.batchId)).toEqual([
      { from: null, to: 'waiting', fromDuty: null, toDuty: 1, reason: 'manual', actor: 'desk' },
      { from: 'waiting', to: 'called', fromDuty: 1, toDuty: 1, reason: null, actor: 'table-1' },
      { from: 'called', to: 'called', fromDuty: 1, toDuty: 1, reason: 'recall', actor: 'table-1' },
      { from: 'called', to: 'in_session', fromDuty: 1, toDuty: 1, reason: null, actor: 'table-1' },
      {
        from: 'in_session',
        to: 'concluded',
        fromDuty: 1,
        toDuty: 1,
        reason: null,
        actor: 'table-1',
      },
    ])
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['queue.call', 'queue.recall', 'queue.start', 'queue.endSession']),
    )

    // The 12-minute session now sets the table's expected waits.
    const next = await tableQueue(actingAs(hall.services, 'test'), { dayId: day.id, tableNo: 1 })
    expect(next).toMatchObject({ sessionMinutes: 12, sessionBasis: 1, current: null })
    expect(next.waiting.map((w) => [w.ticket, w.expectedWaitMinutes])).toEqual([[b.ticket, 0]])
  })

  it('marks a batch that left before being seen as no-show', async () => {
    const { day, register } = await hallWithTables()
    const a = await register('张三')
    const b = await register('李四')
    const left = await markNoShow(actingAs(hall.services, 'table-1'), { batchId: b.batchId })
    expect(left.status).toBe('no_show')
    expect((await transitions(b.batchId)).at(-1)).toMatchObject({
      from: 'waiting',
      to: 'no_show',
      reason: 'left before being called',
    })
    await callNext(actingAs(hall.services, 'table-1'), { dayId: day.id, tableNo: 1 })
    await markNoShow(actingAs(hall.services, 'table-1'), {
      batchId: a.batchId,
      reason: '叫号三次未到',
    })
    expect((await transitions(a.batchId)).at(-1)).toMatchObject({
      from: 'called',
      to: 'no_show',
      reason: '叫号三次未到',
    })
    await expect(
      markNoShow(actingAs(hall.services, 'table-1'), { batchId: a.batchId }),
    ).rejects.toMatchObject({ key: 'queue.status.no_show' })
    await expect(
      callNext(actingAs(hall.services, 'table-1'), { dayId: day.id, tableNo: 1 }),
    ).rejects.toMatchObject({ key: 'queue.nobodyWaiting' })
  })

  it('transfers a batch keeping its ticket, arrival and history', async () => {
    const { day, register } = await hallWithTables()
    const a = await register('张三')
    const b = await register('李四', { tableNo: 2 })
    await callNext(actingAs(hall.services, 'table-1'), { dayId: day.id, tableNo: 1 })
    await startSession(actingAs(hall.services, 'table-1'), { batchId: a.batchId })
    hall.events.length = 0

    // Guard: a screen acting on a batch that meanwhile moved is refused.
    await expect(
      transfer(actingAs(hall.services, 'table-1'), {
        batchId: a.batchId,
        tableNo: 2,
        toTableNo: 1,
        reason: 'x',
      }),
    ).rejects.toMatchObject({ key: 'queue.movedElsewhere' })

    const moved = await transfer(actingAs(hall.services, 'table-1'), {
      batchId: a.batchId,
      tableNo: 1,
      toTableNo: 2,
      reason: '属劳动社保，由李副县长接待',
    })
    expect(moved).toMatchObject({ ticket: a.ticket, tableNo: 2, status: 'waiting' })
    expect(hall.events).toEqual([{ topic: 'queue', dayId: day.id, tableNos: [1, 2] }])
    expect(await batchRow(a.batchId)).toMatchObject({
      ticket_no: 1,
      status: 'waiting',
      started_at: null,
      registered_at: a.registeredAt,
    })
    expect((await transitions(a.batchId)).at(-1)).toEqual({
      from: 'in_session',
      to: 'waiting',
      fromDuty: 1,
      toDuty: 2,
      reason: '属劳动社保，由李副县长接待',
      actor: 'table-1',
    })
    // At table 2 it keeps its place by arrival: ahead of 002, registered later.
    const two = await tableQueue(actingAs(hall.services, 'test'), { dayId: day.id, tableNo: 2 })
    expect(two.waiting.map((w) => w.ticket)).toEqual([a.ticket, b.ticket])
    expect(
      (await tableQueue(actingAs(hall.services, 'test'), { dayId: day.id, tableNo: 1 })).current,
    ).toBeNull()

    await expect(
      transfer(actingAs(hall.services, 'x'), { batchId: a.batchId, toTableNo: 2, reason: 'x' }),
    ).rejects.toMatchObject({ key: 'queue.sameTable' })
    await expect(
      transfer(actingAs(hall.services, 'x'), { batchId: a.batchId, toTableNo: 9, reason: 'x' }),
    ).rejects.toMatchObject({ key: 'queue.noSuchTable' })
  })

  it('pauses and resumes a table; a paused table is not called and is routed to last', async () => {
    const { day, register } = await hallWithTables()
    await register('张三')
    hall.events.length = 0
    const paused = await pauseTable(actingAs(hall.services, 'table-1'), {
      dayId: day.id,
      tableNo: 1,
      reason: '临时离开',
    })
    expect(paused.duty.state).toBe('paused')
    expect(hall.events.map((e) => e.topic)).toEqual(['day', 'queue'])
    await expect(
      callNext(actingAs(hall.services, 'table-1'), { dayId: day.id, tableNo: 1 }),
    ).rejects.toMatchObject({ key: 'queue.table.paused' })
    await expect(
      pauseTable(actingAs(hall.services, 'table-1'), { dayId: day.id, tableNo: 1 }),
    ).rejects.toMatchObject({ key: 'queue.table.paused' })

    // Table 2 is busier, but table 1 is paused: the shortest wait goes to table 2.
    await register('李四', { tableNo: 2 })
    await register('王五', { tableNo: 2 })
    const route = { dayId: day.id, personIds: [], collective: false, hard: false }
    expect(await computeRoute(hall.store.db, route)).toMatchObject({ tableNo: 2 })
    expect(
      (await boardView(actingAs(hall.services, 'test'), { dayId: day.id })).tables[0]?.state,
    ).toBe('paused')

    await resumeTable(actingAs(hall.services, 'table-1'), { dayId: day.id, tableNo: 1 })
    expect(await computeRoute(hall.store.db, route)).toMatchObject({
      tableNo: 1,
      rule: 'shortest_wait',
    })
    expect(
      await callNext(actingAs(hall.services, 'table-1'), { dayId: day.id, tableNo: 1 }),
    ).toMatchObject({
      status: 'called',
    })
    expect(await auditActions()).toEqual(expect.arrayContaining(['queue.pause', 'queue.resume']))
  })

  it('ends a leader’s day, offering the waiting batches for transfer', async () => {
    const { day, register } = await hallWithTables()
    const a = await register('张三')
    const b = await register('李四')
    const c = await register('王五')
    await callNext(actingAs(hall.services, 'table-1'), { dayId: day.id, tableNo: 1 })
    await startSession(actingAs(hall.services, 'table-1'), { batchId: a.batchId })
    await expect(
      endTableDay(actingAs(hall.services, 'table-1'), { dayId: day.id, tableNo: 1 }),
    ).rejects.toMatchObject({ key: 'queue.sessionOpen' })
    await writeAction(hall.services, ({ trx, at, today }) =>
      endSession(trx, at, a.batchId, 'table-1', today),
    )

    // Without a target the batches stay, listed for transfer.
    const ended = await endTableDay(actingAs(hall.services, 'table-1'), {
      dayId: day.id,
      tableNo: 1,
    })
    expect(ended.duty.state).toBe('ended')
    expect(ended.left.map((l) => l.ticket)).toEqual([b.ticket, c.ticket])
    expect(ended.transferred).toEqual([])
    await expect(
      endTableDay(actingAs(hall.services, 'table-1'), { dayId: day.id, tableNo: 1 }),
    ).rejects.toMatchObject({ key: 'queue.table.ended' })
    await expect(
      resumeTable(actingAs(hall.services, 'table-1'), { dayId: day.id, tableNo: 1 }),
    ).rejects.toMatchObject({ key: 'queue.table.ended' })
    // An ended table is no target and no route.
    const route = { dayId: day.id, personIds: [], collective: false, hard: false }
    expect(await computeRoute(hall.store.db, route)).toMatchObject({ tableNo: 2 })
    await transfer(actingAs(hall.services, 'table-1'), {
      batchId: b.batchId,
      toTableNo: 2,
      reason: '转桌',
    })
    await expect(
      transfer(actingAs(hall.services, 'table-2'), {
        batchId: b.batchId,
        toTableNo: 1,
        reason: '回原桌',
      }),
    ).rejects.toMatchObject({ key: 'queue.table.ended' })
    expect(
      (
        await tableQueue(actingAs(hall.services, 'test'), { dayId: day.id, tableNo: 2 })
      ).waiting.map((w) => w.ticket),
    ).toEqual([b.ticket])
    expect(
      (
        await tableQueue(actingAs(hall.services, 'test'), { dayId: day.id, tableNo: 1 })
      ).waiting.map((w) => w.ticket),
    ).toEqual([c.ticket])
  })

  it('ends a day moving every waiting batch to another table in one action', async () => {
    const { day, register } = await hallWithTables()
    const a = await register('张三')
    const b = await register('李四')
    await callNext(actingAs(hall.services, 'table-1'), { dayId: day.id, tableNo: 1 })
    const ended = await endTableDay(actingAs(hall.services, 'table-1'), {
      dayId: day.id,
      tableNo: 1,
      transferTo: 2,
    })
    expect(ended.transferred).toEqual([a.ticket, b.ticket])
    expect(ended.left).toEqual([])
    expect((await transitions(a.batchId)).at(-1)).toMatchObject({
      from: 'called',
      to: 'waiting',
      fromDuty: 1,
      toDuty: 2,
      reason: 'leader ended the day',
    })
    const two = await tableQueue(actingAs(hall.services, 'test'), { dayId: day.id, tableNo: 2 })
    expect(two.waiting.map((w) => w.ticket)).toEqual([a.ticket, b.ticket])
  })
})

describe('what each view may show', () => {
  it('keeps accusations at the table handling them and personal numbers off every view', async () => {
    const { day, register } = await hallWithTables()
    const id = idFor('19700101')
    const earlier = await register(
      '赵六',
      { nature: 'accusation', summary: '举报某村干部侵占补偿款' },
      { idNumber: id, phone: '13900001111' },
    )
    await markNoShow(actingAs(hall.services, 'desk'), { batchId: earlier.batchId })
    const now = await register(
      '赵六',
      { nature: 'accusation', summary: '再次举报：村干部侵占补偿款' },
      { idNumber: id },
    )
    await callNext(actingAs(hall.services, 'table-1'), { dayId: day.id, tableNo: 1 })

    const handling = await tableQueue(actingAs(hall.services, 'test'), {
      dayId: day.id,
      tableNo: 1,
    })
    expect(handling.current?.summary).toBe('再次举报：村干部侵占补偿款')
    // The earlier visit is listed, but its accusation content is not repeated.
    expect(handling.current?.earlierVisits).toEqual([
      expect.objectContaining({ batchId: earlier.batchId, summary: null }),
    ])
    const other = await tableQueue(actingAs(hall.services, 'test'), { dayId: day.id, tableNo: 2 })
    const board = await boardView(actingAs(hall.services, 'test'), { dayId: day.id })
    for (const view of [handling, other, board]) {
      const json = JSON.stringify(view)
      expect(json).not.toContain(id)
      expect(json).not.toContain('13900001111')
      expect(json).not.toContain('赵六')
    }
    for (const view of [other, board]) expect(JSON.stringify(view)).not.toContain('举报')
    expect(board.tables[0]?.current).toEqual({ ticket: now.ticket, status: 'called' })
    expect(Object.keys(board.tables[0] ?? {}).sort()).toEqual([
      'current',
      'leaderName',
      'next',
      'state',
      'tableNo',
      'waitingCount',
    ])
  })

  it('shows the appointment dossier and the open cases of the people in front', async () => {
    const { day, register } = await hallWithTables()
    const id = idFor('19700101')
    const first = await register('孙七', {}, { idNumber: id })
    await hall.store.db
      .insertInto('petition_case')
      .values({
        case_no: 'JF-1',
        batch_id: first.batchId,
        day_id: day.id,
        nature: 'appeal',
        summary: '征地补偿',
        outcome: 'assigned',
        deadline: '2026-12-20',
        state: 'open',
        created_at: 'x',
        updated_at: 'x',
      })
      .execute()
    await markNoShow(actingAs(hall.services, 'desk'), { batchId: first.batchId })
    const booked = await createAppointment(
      actingAs(hall.services, 'plan'),
      CreateAppointmentInput.parse({
        dayId: day.id,
        person: { name: '孙七', idNumber: id },
        slot: '10:00',
        summary: '征地补偿复查',
        dossier: '镇政府已提交补偿明细。',
      }),
    )
    await register('孙七', { appointmentId: booked.id }, { idNumber: id })
    await callNext(actingAs(hall.services, 'table-1'), { dayId: day.id, tableNo: 1 })
    const view = await tableQueue(actingAs(hall.services, 'test'), { dayId: day.id, tableNo: 1 })
    expect(view.current?.appointment).toEqual({
      slot: '10:00',
      summary: '征地补偿复查',
      dossier: '镇政府已提交补偿明细。',
    })
    expect(view.current?.appointmentSlot).toBe('10:00')
    expect(view.current?.openCases.map((c) => c.caseNo)).toEqual(['JF-1'])
  })
})
