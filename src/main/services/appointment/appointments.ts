import type { AppointmentView, CreatedAppointment, Input } from '@shared/contract'
import { maskIdNumber, maskName, maskPhone } from '@shared/person/mask'
import { appendAudit } from '../core/audit'
import { writeAction, type Trx, type Db, type CallContext } from '../core/context'
import { assertDayAllows, assertDayOpen } from '../core/dayGuard'
import { DomainError } from '../core/domainError'
import { resolvePerson } from '../batch/persons'

// Appointments (约访): known petitioners booked before the day, with the matter and the
// leader they are to see, so their dossiers can be prepared (访前调查准备).

function selectAppointments(db: Db) {
  return db
    .selectFrom('appointment')
    .innerJoin('person', 'person.id', 'appointment.person_id')
    .leftJoin('leader', 'leader.id', 'appointment.leader_id')
    .select([
      'appointment.id',
      'appointment.day_id',
      'appointment.slot',
      'appointment.summary',
      'appointment.dossier',
      'appointment.state',
      'appointment.created_at',
      'appointment.cancelled_at',
      'appointment.cancel_reason',
      'person.name as personName',
      'person.id_number as personIdNumber',
      'person.phone as personPhone',
      'leader.id as leaderId',
      'leader.name as leaderName',
      'leader.title as leaderTitle',
    ])
}

type Row = Awaited<ReturnType<ReturnType<typeof selectAppointments>['execute']>>[number]

/** Lists show the person masked; the full data is only ever typed into the form. */
const toView = (row: Row): AppointmentView => ({
  id: row.id,
  dayId: row.day_id,
  maskedName: maskName(row.personName),
  maskedIdNumber: row.personIdNumber ? maskIdNumber(row.personIdNumber) : null,
  maskedPhone: row.personPhone ? maskPhone(row.personPhone) : null,
  leader:
    row.leaderId !== null && row.leaderName !== null
      ? { id: row.leaderId, name: row.leaderName, title: row.leaderTitle ?? '' }
      : null,
  slot: row.slot,
  summary: row.summary,
  dossier: row.dossier,
  state: row.state,
  createdAt: row.created_at,
  cancelledAt: row.cancelled_at,
  cancelReason: row.cancel_reason,
})

async function readAppointment(db: Db, id: number): Promise<AppointmentView> {
  const row = await selectAppointments(db).where('appointment.id', '=', id).executeTakeFirst()
  if (!row) throw new DomainError('appointment.notFound', {}, 'not_found')
  return toView(row)
}

/** A day's appointments: booked ones by time slot (unslotted last), then arrived, cancelled. */
export async function listAppointments(
  ctx: CallContext,
  input: Input<'appointment', 'list'>,
): Promise<AppointmentView[]> {
  const rows = await selectAppointments(ctx.db)
    .where('appointment.day_id', '=', input.dayId)
    .orderBy((eb) =>
      eb
        .case()
        .when('appointment.state', '=', 'booked')
        .then(0)
        .when('appointment.state', '=', 'arrived')
        .then(1)
        .else(2)
        .end(),
    )
    .orderBy((eb) => eb.fn.coalesce('appointment.slot', eb.val('99:99')))
    .orderBy('appointment.id')
    .execute()
  return rows.map(toView)
}

export async function createAppointment(
  ctx: CallContext,
  input: Input<'appointment', 'create'>,
): Promise<CreatedAppointment> {
  return writeAction(ctx, async ({ trx, at, today, emit }) => {
    const day = await trx
      .selectFrom('reception_day')
      .select(['id', 'state', 'date', 'opens_at', 'closes_at'])
      .where('id', '=', input.dayId)
      .executeTakeFirst()
    if (!day) throw new DomainError('errors.day.notFound', {}, 'not_found')
    assertDayAllows(day, today, 'todayOrFuture')
    if (input.leaderId !== undefined) {
      const duty = await trx
        .selectFrom('duty')
        .select('id')
        .where('day_id', '=', day.id)
        .where('leader_id', '=', input.leaderId)
        .executeTakeFirst()
      if (!duty) throw new DomainError('appointment.leaderNotOnDuty')
    }
    if (input.slot !== undefined && (input.slot < day.opens_at || input.slot >= day.closes_at))
      throw new DomainError('appointment.slotOutsideHours', {
        opensAt: day.opens_at,
        closesAt: day.closes_at,
      })

    const person = await resolvePerson(trx, at, input.person, undefined, today)
    const already = await trx
      .selectFrom('appointment')
      .select('id')
      .where('day_id', '=', day.id)
      .where('person_id', '=', person.personId)
      .where('state', '=', 'booked')
      .executeTakeFirst()
    if (already) throw new DomainError('appointment.alreadyBooked', {}, 'conflict')

    const created = await trx
      .insertInto('appointment')
      .values({
        day_id: day.id,
        person_id: person.personId,
        leader_id: input.leaderId ?? null,
        slot: input.slot ?? null,
        summary: input.summary,
        dossier: input.dossier ?? '',
        created_at: at,
        cancelled_at: null,
        cancel_reason: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const view = await readAppointment(trx, created.id)
    // The audit keeps the appointment as lists show it: no full identity in the log.
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'appointment.create',
      entity: 'appointment',
      entityId: created.id,
      after: { ...view, personId: person.personId },
    })
    emit({ topic: 'day', dayId: day.id, tableNos: [] })
    return { ...view, registeredAs: person.registeredAs ?? null }
  })
}

export async function cancelAppointment(
  ctx: CallContext,
  input: Input<'appointment', 'cancel'>,
): Promise<AppointmentView> {
  return writeAction(ctx, async ({ trx, at, today, emit }) => {
    const before = await readAppointment(trx, input.id)
    await assertDayOpen(trx, before.dayId, today, 'anyDate')
    if (before.state !== 'booked')
      throw new DomainError(`appointment.cannotCancel.${before.state}`, {}, 'conflict')
    await trx
      .updateTable('appointment')
      .set({ state: 'cancelled', cancelled_at: at, cancel_reason: input.reason })
      .where('id', '=', input.id)
      .execute()
    const after = await readAppointment(trx, input.id)
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'appointment.cancel',
      entity: 'appointment',
      entityId: input.id,
      before: { state: before.state },
      after: { state: after.state, reason: input.reason },
    })
    emit({ topic: 'day', dayId: after.dayId, tableNos: [] })
    return after
  })
}

export interface BookedAppointmentRef {
  id: number
  personId: number
  summary: string
  leaderId: number | null
  leaderName: string | null
  slot: string | null
}

/**
 * The booked appointments of these persons on this day, for the desk when they arrive.
 * Cancelled and already-arrived appointments are left out.
 */
export async function appointmentsForPerson(
  db: Db,
  dayId: number,
  personIds: readonly number[],
): Promise<BookedAppointmentRef[]> {
  if (personIds.length === 0) return []
  return db
    .selectFrom('appointment')
    .leftJoin('leader', 'leader.id', 'appointment.leader_id')
    .select([
      'appointment.id as id',
      'appointment.person_id as personId',
      'appointment.summary as summary',
      'appointment.leader_id as leaderId',
      'leader.name as leaderName',
      'appointment.slot as slot',
    ])
    .where('appointment.day_id', '=', dayId)
    .where('appointment.person_id', 'in', personIds)
    .where('appointment.state', '=', 'booked')
    .orderBy((eb) => eb.fn.coalesce('appointment.slot', eb.val('99:99')))
    .orderBy('appointment.id')
    .execute()
}

/**
 * Marks a booked appointment as arrived, inside the caller's transaction (the desk's
 * registration of the batch that came for it). Returns false when it was not booked (already
 * arrived, cancelled, or another day's), so the caller can decide whether that matters.
 */
export async function markAppointmentArrived(
  trx: Trx,
  appointmentId: number,
  dayId: number,
): Promise<boolean> {
  const result = await trx
    .updateTable('appointment')
    .set({ state: 'arrived' })
    .where('id', '=', appointmentId)
    .where('day_id', '=', dayId)
    .where('state', '=', 'booked')
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
