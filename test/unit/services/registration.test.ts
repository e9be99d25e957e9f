import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { registerBatch } from '../../../src/main/services/batch/registration'
import { createAppointment } from '../../../src/main/services/appointment/appointments'
import { findRepeats } from '../../../src/main/services/desk/findRepeats'
import { CreateAppointmentInput, LookupInput } from '@shared/contract'
import { tableQueue } from '../../../src/main/services/queue'
import { DomainError } from '../../../src/main/services/core/domainError'
import { planWithLeaders, registration } from '../../support/fixtures'
import { tempStore, type TempStore } from '../../support/tempStore'
import { actingAs } from '../../../src/main/services/core/context'

let hall: TempStore
beforeEach(async () => {
  hall = await tempStore(() => new Date('2026-10-21T01:30:00Z'))
})
afterEach(() => hall.close())

describe('registering a batch', () => {
  it('gives day-unique tickets, routes to the shortest queue and queues the batch', async () => {
    const day = await planWithLeaders(hall.services, '2026-10-21', [
      { name: '王建国', title: '县长', tableNo: 1 },
      { name: '李秀英', title: '副县长', tableNo: 2 },
    ])
    const first = await registerBatch(
      actingAs(hall.services, 'desk-1'),
      registration({
        dayId: day.id,
        kind: 'individual',
        headcount: 1,
        members: [{ name: '张三', phone: '13812345678' }],
        summary: '宅基地审批迟迟未办理',
      }),
    )
    const second = await registerBatch(
      actingAs(hall.services, 'desk-1'),
      registration({
        dayId: day.id,
        kind: 'individual',
        headcount: 1,
        members: [{ name: '李四' }],
        summary: '工资拖欠',
      }),
    )
    expect([first.ticket, second.ticket]).toEqual(['001', '002'])
    expect(first).toMatchObject({ tableNo: 1, routeRule: 'shortest_wait', leaderName: '王建国' })
    expect(second).toMatchObject({ tableNo: 2, routeRule: 'shortest_wait' })

    const queue = await tableQueue(actingAs(hall.services, 'test'), { dayId: day.id, tableNo: 1 })
    expect(queue.waiting.map((b) => b.ticket)).toEqual(['001'])
    expect(queue.waiting[0]?.maskedNames).toEqual(['张*'])
    expect(JSON.stringify(queue)).not.toContain('13812345678')

    const audit = await hall.value(
      sql`select count(*) from audit_log where action = 'batch.register'`,
    )
    expect(audit).toBe(2)
    expect(hall.events.filter((e) => e.topic === 'queue').map((e) => e.tableNos)).toEqual([
      [1],
      [2],
    ])
  })

  it('honours the clerk’s choice of table', async () => {
    const day = await planWithLeaders(hall.services, '2026-10-21', [
      { name: '王建国', tableNo: 1 },
      { name: '李秀英', tableNo: 2 },
    ])
    const batch = await registerBatch(
      actingAs(hall.services, 'desk-1'),
      registration({
        dayId: day.id,
        kind: 'individual',
        headcount: 1,
        members: [{ name: '张三' }],
        summary: '咨询',
        tableNo: 2,
      }),
    )
    expect(batch).toMatchObject({ tableNo: 2, routeRule: 'manual' })
  })

  it('publishes nothing and saves nothing when the action fails', async () => {
    const day = await planWithLeaders(hall.services, '2026-10-21', [{ name: '王建国', tableNo: 1 }])
    const before = hall.events.length
    const error = await registerBatch(
      actingAs(hall.services, 'desk-1'),
      registration({
        dayId: day.id,
        kind: 'individual',
        headcount: 1,
        members: [{ name: '张三' }],
        summary: '咨询',
        tableNo: 7,
      }),
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DomainError)
    expect((error as DomainError).key).toBe('batch.noSuchTable')
    expect(hall.events.length).toBe(before)
    expect(await hall.value(sql`select count(*) from person`)).toBe(0)
  })

  it('links a returning person by ID number and flags a different name', async () => {
    const day = await planWithLeaders(hall.services, '2026-10-21', [{ name: '王建国', tableNo: 1 }])
    const base = { dayId: day.id, kind: 'individual', headcount: 1, summary: '宅基地' }
    await registerBatch(
      actingAs(hall.services, 'desk-1'),
      registration({ ...base, members: [{ name: '张三', idNumber: '11010519491231002x' }] }),
    )
    const again = await registerBatch(
      actingAs(hall.services, 'desk-1'), // Still waiting from the first registration: registered again only deliberately.
      registration({
        ...base,
        members: [{ name: '张叁', idNumber: '11010519491231002X' }],
        sameDayRepeat: { reason: '核对身份' },
      }),
    )
    expect(again.nameMismatches).toEqual([{ index: 0, registeredAs: '张三' }])
    const persons = await hall.rows(sql`select id_number, sex from person`)
    expect(persons).toEqual([{ id_number: '11010519491231002X', sex: 'female' }])
  })
})

describe('an arrival with an appointment', () => {
  it('is found by the repeat check and marks the appointment arrived when registered', async () => {
    const day = await planWithLeaders(hall.services, '2026-10-21', [
      { name: '王建国', tableNo: 1 },
      { name: '李秀英', tableNo: 2 },
    ])
    const leaderId = day.duties[1]!.leader.id
    const booked = await createAppointment(
      actingAs(hall.services, 'staff'),
      CreateAppointmentInput.parse({
        dayId: day.id,
        person: { name: '张三', idNumber: '440524188001010014' },
        leaderId,
        summary: '征地补偿',
      }),
    )
    const found = await findRepeats(
      actingAs(hall.services, 'test'),
      LookupInput.parse({ dayId: day.id, idNumber: '440524188001010014' }),
    )
    expect(found.appointments).toEqual([
      expect.objectContaining({ appointmentId: booked.id, leaderId, summary: '征地补偿' }),
    ])
    const input = registration({
      dayId: day.id,
      kind: 'individual',
      headcount: 1,
      members: [{ name: '张三', idNumber: '440524188001010014' }],
      summary: '征地补偿',
      tableNo: 2,
      appointmentId: booked.id,
    })
    await registerBatch(actingAs(hall.services, 'desk'), input)
    const state = await hall.value(sql`select state from appointment`)
    expect(state).toBe('arrived')
    const again = { ...input, sameDayRepeat: { reason: '另一事项' } }
    const twice = await registerBatch(actingAs(hall.services, 'desk'), again).catch(
      (e: unknown) => e,
    )
    expect((twice as DomainError).key).toBe('batch.appointmentNotBooked')
  })
})
