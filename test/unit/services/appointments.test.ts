import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  appointmentsForPerson,
  cancelAppointment,
  createAppointment,
  listAppointments,
  markAppointmentArrived,
} from '../../../src/main/services/appointment/appointments'
import { DomainError } from '../../../src/main/services/core/domainError'
import {
  CancelAppointmentInput,
  CreateAppointmentInput,
  type CreateAppointmentInput as CreateInput,
} from '@shared/contract'
import { planWithLeaders } from '../../support/fixtures'
import { tempStore, type TempStore } from '../../support/tempStore'
import { actingAs } from '../../../src/main/services/core/context'

let hall: TempStore
beforeEach(async () => {
  hall = await tempStore(() => new Date('2026-11-17T01:30:00Z'))
})
afterEach(() => hall.close())

const book = (input: CreateInput) =>
  createAppointment(actingAs(hall.services, 'plan'), CreateAppointmentInput.parse(input))

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal')
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(DomainError)
      return (error as DomainError).key
    },
  )

async function plannedDay() {
  return planWithLeaders(hall.services, '2026-11-27', [
    { name: '王建明', title: '副县长', tableNo: 3 },
    { name: '李秀英', title: '县长', tableNo: 1, isLead: true },
  ])
}

describe('appointments (约访)', () => {
  it('books a person by ID number, lists them masked and finds them for the desk', async () => {
    const day = await plannedDay()
    const wang = day.duties.find((d) => d.tableNo === 3)?.leader
    const created = await book({
      dayId: day.id,
      person: { name: '张三丰', idNumber: '11010519491231002x', phone: '13812345678' },
      leaderId: wang?.id,
      slot: '09:30',
      summary: '宅基地审批两年未办理',
      dossier: '2025 年已两次来访，乡里答复未落实',
    })
    expect(created).toMatchObject({
      maskedName: '张**',
      maskedIdNumber: '110105********002X',
      maskedPhone: '138****5678',
      leader: { name: '王建明', title: '副县长' },
      slot: '09:30',
      state: 'booked',
      registeredAs: null,
    })

    const list = await listAppointments(actingAs(hall.services, 'test'), { dayId: day.id })
    expect(list).toHaveLength(1)
    const shown = JSON.stringify(list)
    expect(shown).not.toContain('11010519491231002X')
    expect(shown).not.toContain('13812345678')
    expect(shown).not.toContain('张三丰')

    // The person record is the one the desk will resolve on arrival.
    const person = (await hall.row(sql`select id, name, id_number, sex from person`)) as {
      id: number
      name: string
      id_number: string
      sex: string
    }
    expect(person).toMatchObject({ name: '张三丰', id_number: '11010519491231002X', sex: 'female' })
    const found = await appointmentsForPerson(hall.services.db, day.id, [person.id, 999])
    expect(found).toEqual([
      {
        id: created.id,
        personId: person.id,
        summary: '宅基地审批两年未办理',
        leaderId: wang?.id,
        leaderName: '王建明',
        slot: '09:30',
      },
    ])
    expect(await appointmentsForPerson(hall.services.db, day.id, [])).toEqual([])

    expect(hall.events.at(-1)).toEqual({ topic: 'day', dayId: day.id, tableNos: [] })
    const audit = (await hall.value(
      sql`select after_json from audit_log where action = 'appointment.create'`,
    )) as string
    expect(audit).not.toContain('11010519491231002X')
  })

  it('orders booked appointments by time slot, unslotted last', async () => {
    const day = await plannedDay()
    await book({ dayId: day.id, person: { name: '赵六' }, summary: '工资拖欠' })
    await book({ dayId: day.id, person: { name: '钱七' }, slot: '14:00', summary: '低保' })
    await book({ dayId: day.id, person: { name: '孙八' }, slot: '09:00', summary: '拆迁补偿' })
    const list = await listAppointments(actingAs(hall.services, 'test'), { dayId: day.id })
    expect(list.map((a) => a.summary)).toEqual(['拆迁补偿', '低保', '工资拖欠'])
  })

  it('flags an ID number on file under another name, without refusing', async () => {
    const day = await plannedDay()
    await book({
      dayId: day.id,
      person: { name: '张三', idNumber: '440524188001010014' },
      summary: '土地承包',
    })
    const other = await planWithLeaders(hall.services, '2026-12-04', [{ name: '周九', tableNo: 1 }])
    const again = await book({
      dayId: other.id,
      person: { name: '张叁', idNumber: '440524188001010014' },
      summary: '土地承包',
    })
    expect(again.registeredAs).toBe('张三')
    expect(await hall.value(sql`select count(*) from person`)).toBe(1)
  })

  it('refuses a second booking of the same person on the same day', async () => {
    const day = await plannedDay()
    const person = { name: '张三', idNumber: '440524188001010014' }
    await book({ dayId: day.id, person, summary: '土地承包' })
    expect(await refusal(book({ dayId: day.id, person, summary: '又一件' }))).toBe(
      'appointment.alreadyBooked',
    )
  })

  it('refuses a leader not on duty that day and a time outside the day’s hours', async () => {
    const day = await plannedDay()
    const other = await planWithLeaders(hall.services, '2026-12-04', [{ name: '周九', tableNo: 1 }])
    const zhou = other.duties[0]?.leader.id
    expect(
      await refusal(book({ dayId: day.id, person: { name: '甲' }, leaderId: zhou, summary: 'x' })),
    ).toBe('appointment.leaderNotOnDuty')
    expect(
      await refusal(book({ dayId: day.id, person: { name: '乙' }, slot: '18:00', summary: 'x' })),
    ).toBe('appointment.slotOutsideHours')
    expect(await refusal(book({ dayId: 999, person: { name: '丙' }, summary: 'x' }))).toBe(
      'errors.day.notFound',
    )
    expect(await hall.value(sql`select count(*) from appointment`)).toBe(0)
  })

  it('rejects wrong input at the schema with i18n keys', () => {
    const result = CreateAppointmentInput.safeParse({
      dayId: 1,
      person: { name: ' ', idNumber: '110105194912310021' },
      slot: '9:3',
      summary: '',
    })
    expect(result.success).toBe(false)
    const issues = result.error?.issues.map((i) => [i.path.join('.'), i.message])
    expect(issues).toEqual(
      expect.arrayContaining([
        ['person.name', 'validation.required'],
        ['person.idNumber', 'id.checkDigit'],
        ['slot', 'validation.time'],
        ['summary', 'validation.required'],
      ]),
    )
  })

  it('cancels with a reason; a cancelled appointment is no longer found for the desk', async () => {
    const day = await plannedDay()
    const person = { name: '张三', idNumber: '440524188001010014' }
    const created = await book({ dayId: day.id, person, summary: '土地承包' })
    const cancelled = await cancelAppointment(
      actingAs(hall.services, 'plan'),
      CancelAppointmentInput.parse({ id: created.id, reason: '本人来电改期' }),
    )
    expect(cancelled).toMatchObject({
      state: 'cancelled',
      cancelReason: '本人来电改期',
      cancelledAt: '2026-11-17T01:30:00.000Z',
    })
    const personId = (await hall.value(sql`select id from person`)) as number
    expect(await appointmentsForPerson(hall.services.db, day.id, [personId])).toEqual([])
    expect(
      await refusal(
        cancelAppointment(actingAs(hall.services, 'plan'), {
          id: created.id,
          reason: '再取消一次',
        }),
      ),
    ).toBe('appointment.cannotCancel.cancelled')
    expect(
      await refusal(cancelAppointment(actingAs(hall.services, 'plan'), { id: 999, reason: 'x' })),
    ).toBe('appointment.notFound')
    expect(CancelAppointmentInput.safeParse({ id: 1, reason: '  ' }).success).toBe(false)
    // Rebooking after a cancellation is allowed.
    const rebooked = await book({ dayId: day.id, person, summary: '土地承包' })
    expect(await appointmentsForPerson(hall.services.db, day.id, [personId])).toMatchObject([
      { id: rebooked.id },
    ])
  })

  it('marks an appointment arrived inside the desk’s transaction, once', async () => {
    const day = await plannedDay()
    const person = { name: '张三', idNumber: '440524188001010014' }
    const created = await book({ dayId: day.id, person, summary: '土地承包' })
    const arrive = (dayId: number) =>
      hall.services.db
        .transaction()
        .execute((trx) => markAppointmentArrived(trx, created.id, dayId))
    expect(await arrive(day.id + 1)).toBe(false)
    expect(await arrive(day.id)).toBe(true)
    expect(await arrive(day.id)).toBe(false)
    expect(
      (await listAppointments(actingAs(hall.services, 'test'), { dayId: day.id }))[0]?.state,
    ).toBe('arrived')
    expect(
      await refusal(
        cancelAppointment(actingAs(hall.services, 'plan'), { id: created.id, reason: '改期' }),
      ),
    ).toBe('appointment.cannotCancel.arrived')
  })
})
