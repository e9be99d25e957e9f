import type {
  CaseBrief,
  CurrentBatch,
  QueueEntry,
  ScreenPerson,
  TableQueueView,
  Input,
} from '@shared/contract'
import { formatTicket } from '@shared/contract/ticket'
import { maskIdNumber, maskName, maskPhone } from '@shared/person/mask'
import { hallDate, hallMoment } from '@shared/time/hallClock'
import type { ServiceContext, CallContext } from '../core/context'
import { readDay } from '../day/days'
import { DomainError } from '../core/domainError'
import { earlierVisits } from '../desk/findRepeats'
import { expectedWaits, sessionMinutesByDuty } from './expectedWait'
import { callStates, openBatches, type OpenBatch } from './openBatches'
import { ageOn, isElderly, orderQueue } from './priority'

const MINUTE = 60_000

/** A batch as a queue list shows it. `summary` only ever goes to the table handling it. */
export function toEntry(
  b: OpenBatch & { priority?: QueueEntry['priority'] },
  dayDate: string,
  wait: { minutes: number; now: Date } | null,
): QueueEntry {
  return {
    batchId: b.batchId,
    ticket: formatTicket(b.ticketNo),
    kind: b.kind,
    headcount: b.headcount,
    status: b.status,
    maskedNames: b.maskedNames,
    nature: b.nature,
    categoryName: b.categoryName,
    townshipName: b.townshipName,
    summary: b.summary,
    flags: { ...b.flags, elderly: isElderly(b, dayDate) },
    registeredAt: b.registeredAt,
    calledAt: b.calledAt,
    priority: b.priority ?? null,
    appointmentSlot: b.appointmentSlot,
    expectedWaitMinutes: wait ? wait.minutes : null,
    expectedAt: wait ? new Date(wait.now.getTime() + wait.minutes * MINUTE).toISOString() : null,
    transferredFrom: null,
  }
}

/** The latest move of each batch to this duty from another table: its table and reason. */
async function transfersInto(
  ctx: ServiceContext,
  dutyId: number,
  batchIds: number[],
): Promise<Map<number, NonNullable<QueueEntry['transferredFrom']>>> {
  if (batchIds.length === 0) return new Map()
  const rows = await ctx.db
    .selectFrom('batch_transition')
    .innerJoin('duty', 'duty.id', 'batch_transition.from_duty_id')
    .select([
      'batch_transition.batch_id',
      'batch_transition.at',
      'batch_transition.reason',
      'duty.table_no',
    ])
    .where('batch_transition.batch_id', 'in', batchIds)
    .where('batch_transition.to_duty_id', '=', dutyId)
    .where('batch_transition.from_duty_id', '!=', dutyId)
    .orderBy('batch_transition.id')
    .execute()
  // Ordered by id, so the latest move into this table wins.
  return new Map(rows.map((r) => [r.batch_id, { tableNo: r.table_no, reason: r.reason, at: r.at }]))
}

/**
 * The leader's screen at a table: the batch in front of the table with its people's history
 * and dossier, and the batches waiting in queue order with their expected times. Everything
 * here belongs to batches routed to this table, which handles them (accusations included).
 */
export async function tableQueue(
  ctx: CallContext,
  input: Input<'queue', 'forTable'>,
): Promise<TableQueueView> {
  const day = await readDay(ctx.db, { id: input.dayId })
  const duty = day?.duties.find((d) => d.tableNo === input.tableNo)
  if (!day || !duty)
    throw new DomainError('queue.noSuchTable', { tableNo: input.tableNo }, 'not_found')
  const now = ctx.now()

  const batches = await openBatches(ctx.db, input.dayId, duty.id)
  const currentBatch =
    batches.find((b) => b.status === 'in_session') ??
    batches.find((b) => b.status === 'called') ??
    null
  const waiting = orderQueue(
    batches.filter((b) => b.status === 'waiting'),
    day.date,
    hallMoment(ctx, now),
  )
  const session = (await sessionMinutesByDuty(ctx.db, input.dayId))(duty.id)
  const waits = expectedWaits(waiting.length, {
    sessionMinutes: session.minutes,
    current: currentBatch
      ? {
          status: currentBatch.status === 'in_session' ? 'in_session' : 'called',
          startedAt: currentBatch.startedAt,
        }
      : null,
    now,
  })

  const moves = await transfersInto(
    ctx,
    duty.id,
    batches.map((b) => b.batchId),
  )
  const current = currentBatch ? await currentDetail(ctx, currentBatch, day.date) : null
  return {
    dayId: input.dayId,
    dayState: day.state,
    duty,
    sessionMinutes: session.minutes,
    sessionBasis: session.basis,
    current: current && { ...current, transferredFrom: moves.get(current.batchId) ?? null },
    waiting: waiting.map((b, i) => ({
      ...toEntry(b, day.date, { minutes: waits[i] ?? 0, now }),
      transferredFrom: moves.get(b.batchId) ?? null,
    })),
  }
}

async function currentDetail(
  ctx: ServiceContext,
  batch: OpenBatch,
  dayDate: string,
): Promise<CurrentBatch> {
  const { db } = ctx
  const people = await db
    .selectFrom('batch_member')
    .innerJoin('person', 'person.id', 'batch_member.person_id')
    .select([
      'person.id',
      'person.name',
      'person.id_number',
      'person.phone',
      'person.birth_date',
      'batch_member.role',
    ])
    .where('batch_member.batch_id', '=', batch.batchId)
    .orderBy('batch_member.sort')
    .execute()
  const persons: ScreenPerson[] = people.map((p) => ({
    maskedName: maskName(p.name),
    maskedIdNumber: p.id_number ? maskIdNumber(p.id_number) : null,
    maskedPhone: p.phone ? maskPhone(p.phone) : null,
    age: ageOn(p.birth_date, dayDate),
    role: p.role,
  }))

  const visits =
    people.length > 0
      ? (
          await earlierVisits(
            ctx,
            people.map((p) => p.id),
            hallDate(ctx),
          )
        ).filter((v) => v.batchId !== batch.batchId)
      : []
  const openCases: CaseBrief[] = visits
    .flatMap((v) => v.cases)
    .filter((c) => c.state !== 'closed')
    .filter((c, i, all) => all.findIndex((o) => o.caseId === c.caseId) === i)

  const appointment = batch.appointmentId
    ? ((await db
        .selectFrom('appointment')
        .select(['slot', 'summary', 'dossier'])
        .where('id', '=', batch.appointmentId)
        .executeTakeFirst()) ?? null)
    : null
  const call = (await callStates(db, [batch.batchId])).get(batch.batchId)

  return {
    ...toEntry({ ...batch, priority: null }, dayDate, null),
    startedAt: batch.startedAt,
    recalls: batch.status === 'called' ? (call?.recalls ?? 0) : 0,
    village: batch.village,
    persons,
    earlierVisits: visits,
    openCases,
    appointment,
  }
}
