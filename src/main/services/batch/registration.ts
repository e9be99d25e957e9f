import { formatTicket, isCollective, type RegisteredBatch, type Input } from '@shared/contract'
import { appendAudit } from '../core/audit'
import { markAppointmentArrived } from '../appointment/appointments'
import type { CallContext, Db } from '../core/context'
import { assertDayAllows } from '../core/dayGuard'
import { DomainError } from '../core/domainError'
import { batchColumns } from './batchColumns'
import { insertMembers, resolveMembers } from './members'
import { newQueryCode } from './queryCode'
import { writeOnce } from '../core/requestLog'
import { openBatchOfPersons } from './sameDayOpen'
import { computeRoute, type RouteSuggestion } from './routing'
import { drawTicket } from './ticket'
import { indexSummary } from '../desk/indexSummary'
import { assertMatterReferences } from '../outcome/decisions'

export type RegistrationResult = RegisteredBatch

/**
 * Registers one arriving batch, routes it to a table and queues it, in one transaction; once
 * per request id (a retry gets the first answer, see requestLog.ts).
 */
export async function registerBatch(
  ctx: CallContext,
  input: Input<'batch', 'register'>,
): Promise<RegistrationResult> {
  // A retry is the same registration whatever the desk suggests by then (the wait changed).
  const once = {
    requestId: input.requestId,
    procedure: 'batch.register',
    input: { ...input, suggested: undefined },
  }
  return writeOnce(ctx, once, async ({ trx, at, today, emit }) => {
    const day = await trx
      .selectFrom('reception_day')
      .select(['id', 'state', 'date'])
      .where('id', '=', input.dayId)
      .executeTakeFirst()
    if (!day) throw new DomainError('errors.day.notFound', {}, 'not_found')
    // Only on the hall's today: a past day's case would be overdue at once, and a future day
    // would be opened before its time (then neither re-planned nor closed until it came).
    assertDayAllows(day, today, 'today')
    if (day.state === 'planned')
      await trx
        .updateTable('reception_day')
        .set({ state: 'open', opened_at: at })
        .where('id', '=', day.id)
        .execute()

    await assertMatterReferences(trx, input)
    const { personIds, nameMismatches } = await resolveMembers(
      trx,
      at,
      input.members,
      input.townshipCode,
      today,
    )

    // The same person twice in the queue only on purpose, and then at the same table.
    const open = await openBatchOfPersons(trx, input.dayId, personIds)
    if (open && !input.sameDayRepeat)
      throw new DomainError(
        'batch.sameDayOpen',
        { ticket: formatTicket(open.ticketNo), tableNo: open.tableNo },
        'conflict',
      )

    const route = open
      ? { ...(await manualRoute(trx, input.dayId, open.tableNo)), rule: 'same_day' as const }
      : input.tableNo
        ? await manualRoute(trx, input.dayId, input.tableNo)
        : ((input.suggested && (await followedRoute(trx, input.dayId, input.suggested))) ??
          (await computeRoute(trx, {
            dayId: input.dayId,
            personIds,
            townshipCode: input.townshipCode,
            categoryId: input.categoryId,
            collective: isCollective(input.headcount),
            hard: input.flags.hard,
            now: new Date(at),
          })))
    if (!route) throw new DomainError('errors.day.noTableOnDuty', {}, 'conflict')

    if (
      input.appointmentId &&
      !(await markAppointmentArrived(trx, input.appointmentId, input.dayId))
    )
      throw new DomainError('batch.appointmentNotBooked', {}, 'conflict')

    const ticketNo = await drawTicket(ctx, trx, input.dayId)
    const queryCode = newQueryCode()
    const batch = await trx
      .insertInto('batch')
      .values({
        day_id: input.dayId,
        ticket_no: ticketNo,
        ...batchColumns(input),
        duty_id: route.dutyId,
        route_rule: route.rule,
        query_code: queryCode,
        appointment_id: input.appointmentId ?? null,
        registered_at: at,
        created_by: ctx.actor,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow()

    await indexSummary(trx, batch.id, input.summary, true)
    await insertMembers(trx, batch.id, input.kind, personIds)
    await trx
      .insertInto('batch_transition')
      .values({
        batch_id: batch.id,
        at,
        from_status: null,
        to_status: 'waiting',
        from_duty_id: null,
        to_duty_id: route.dutyId,
        reason: route.rule,
        actor: ctx.actor,
      })
      .execute()
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'batch.register',
      entity: 'batch',
      entityId: batch.id,
      after: {
        ticketNo,
        tableNo: route.tableNo,
        rule: route.rule,
        headcount: input.headcount,
        ...(open && input.sameDayRepeat
          ? {
              sameDayRepeat: {
                openBatchId: open.batchId,
                openTicket: formatTicket(open.ticketNo),
                reason: input.sameDayRepeat.reason,
              },
            }
          : {}),
      },
    })

    emit({ topic: 'queue', dayId: input.dayId, tableNos: [route.tableNo] })
    return {
      batchId: batch.id,
      dayId: input.dayId,
      ticketNo,
      ticket: formatTicket(ticketNo),
      tableNo: route.tableNo,
      leaderName: route.leaderName,
      routeRule: route.rule,
      queryCode,
      registeredAt: at,
      collective: isCollective(input.headcount),
      nameMismatches,
    }
  })
}

/**
 * The route the desk suggested and the clerk followed, if its table is still on duty; else
 * undefined (the table ended meanwhile), and the route is computed afresh.
 */
async function followedRoute(
  trx: Db,
  dayId: number,
  suggested: { tableNo: number; rule: RouteSuggestion['rule'] },
): Promise<RouteSuggestion | undefined> {
  const duty = await dutyAt(trx, dayId, suggested.tableNo)
  if (!duty || duty.state === 'ended') return undefined
  const { state: _state, ...route } = duty
  return { ...route, tableNo: suggested.tableNo, rule: suggested.rule }
}

const dutyAt = (trx: Db, dayId: number, tableNo: number) =>
  trx
    .selectFrom('duty')
    .innerJoin('leader', 'leader.id', 'duty.leader_id')
    .select([
      'duty.id as dutyId',
      'duty.state as state',
      'leader.id as leaderId',
      'leader.name as leaderName',
    ])
    .where('duty.day_id', '=', dayId)
    .where('duty.table_no', '=', tableNo)
    .executeTakeFirst()

async function manualRoute(trx: Db, dayId: number, tableNo: number): Promise<RouteSuggestion> {
  const duty = await dutyAt(trx, dayId, tableNo)
  if (!duty) throw new DomainError('batch.noSuchTable', { tableNo })
  if (duty.state === 'ended') throw new DomainError('batch.tableEnded', { tableNo }, 'conflict')
  return {
    dutyId: duty.dutyId,
    tableNo,
    leaderId: duty.leaderId,
    leaderName: duty.leaderName,
    rule: 'manual',
  }
}
