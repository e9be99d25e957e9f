import type { Db } from '../core/context'
import type { BatchStatus, OutcomeKind } from '@shared/contract/enums'
import type { AssignedMatter, VisitCounts } from '@shared/contract/tally'
import { DomainError } from '../core/domainError'
import { hallInfo } from '../batch/receipt'
import { secondsBetween } from './figures'
import { loadAssignedMatters, loadVisits } from './visits'

export interface LoadedBatch {
  id: number
  ticketNo: number
  kind: 'individual' | 'group'
  headcount: number
  status: BatchStatus
  dutyId: number
  nature: 'suggestion' | 'accusation' | 'appeal'
  categoryId: number | null
  categoryName: string | null
  categorySort: number | null
  townshipCode: string | null
  townshipName: string | null
  townshipSort: number | null
  registeredAt: string
  calledAt: string | null
  startedAt: string | null
  endedAt: string | null
  outcomes: (OutcomeKind | null)[]
  /** Table-to-table moves of this batch, oldest first. */
  transfers: { fromDutyId: number; toDutyId: number }[]
  waitSeconds: number | null
  sessionSeconds: number | null
}

export interface LoadedDuty {
  id: number
  tableNo: number
  leaderId: number
  leaderName: string
  leaderTitle: string
}

export interface LoadedDay {
  id: number
  date: string
  place: string
  opensAt: string
  closesAt: string
  state: 'planned' | 'open' | 'closed'
  closedAt: string | null
  hallName: string
  countyName: string | null
  duties: LoadedDuty[]
  /** Every batch of the day, cancelled ones included, by ticket. */
  batches: LoadedBatch[]
  visits: VisitCounts
  assignedMatters: AssignedMatter[]
}

/** Reads what a day's tally is made of, in a handful of queries (no per-batch round trips). */
export async function loadDay(db: Db, dayId: number): Promise<LoadedDay> {
  const day = await db
    .selectFrom('reception_day')
    .select(['id', 'date', 'place', 'opens_at', 'closes_at', 'state', 'closed_at'])
    .where('id', '=', dayId)
    .executeTakeFirst()
  if (!day) throw new DomainError('errors.day.notFound', {}, 'not_found')

  const duties = await db
    .selectFrom('duty')
    .innerJoin('leader', 'leader.id', 'duty.leader_id')
    .select([
      'duty.id as id',
      'duty.table_no as tableNo',
      'leader.id as leaderId',
      'leader.name as leaderName',
      'leader.title as leaderTitle',
    ])
    // Every table of the plan, and (defensively) any other a batch of the day points at.
    .where((eb) =>
      eb.or([
        eb('duty.day_id', '=', dayId),
        eb(
          'duty.id',
          'in',
          eb.selectFrom('batch').select('batch.duty_id').where('batch.day_id', '=', dayId),
        ),
      ]),
    )
    .orderBy('duty.table_no')
    .execute()

  const rows = await db
    .selectFrom('batch')
    .leftJoin('category', 'category.id', 'batch.category_id')
    .leftJoin('township', 'township.code', 'batch.township_code')
    .select([
      'batch.id',
      'batch.ticket_no',
      'batch.kind',
      'batch.headcount',
      'batch.status',
      'batch.duty_id',
      'batch.nature',
      'batch.category_id',
      'batch.township_code',
      'batch.registered_at',
      'batch.called_at',
      'batch.started_at',
      'batch.ended_at',
      'category.name as categoryName',
      'category.sort as categorySort',
      'township.name as townshipName',
      'township.sort as townshipSort',
    ])
    .where('batch.day_id', '=', dayId)
    .orderBy('batch.ticket_no')
    .execute()

  const cases = await db
    .selectFrom('petition_case')
    .innerJoin('batch', 'batch.id', 'petition_case.batch_id')
    .select(['petition_case.batch_id as batchId', 'petition_case.outcome as outcome'])
    .where('batch.day_id', '=', dayId)
    .orderBy('petition_case.id')
    .execute()
  const outcomesOf = new Map<number, (OutcomeKind | null)[]>()
  for (const c of cases)
    outcomesOf.set(c.batchId, [...(outcomesOf.get(c.batchId) ?? []), c.outcome])

  // A transfer is a transition from one table to another (registration has no "from" table).
  const moves = await db
    .selectFrom('batch_transition')
    .innerJoin('batch', 'batch.id', 'batch_transition.batch_id')
    .select([
      'batch_transition.batch_id as batchId',
      'batch_transition.from_duty_id as fromDutyId',
      'batch_transition.to_duty_id as toDutyId',
    ])
    .where('batch.day_id', '=', dayId)
    .where('batch_transition.from_duty_id', 'is not', null)
    .where('batch_transition.to_duty_id', 'is not', null)
    .whereRef('batch_transition.from_duty_id', '!=', 'batch_transition.to_duty_id')
    .orderBy('batch_transition.id')
    .execute()
  const movesOf = new Map<number, LoadedBatch['transfers']>()
  for (const m of moves)
    movesOf.set(m.batchId, [
      ...(movesOf.get(m.batchId) ?? []),
      { fromDutyId: m.fromDutyId ?? 0, toDutyId: m.toDutyId ?? 0 },
    ])

  const hall = await hallInfo(db)
  const counted = rows.filter((r) => r.status !== 'cancelled')
  const visits = await loadVisits(db, day, counted)
  const assignedMatters = await loadAssignedMatters(db, dayId)
  return {
    id: day.id,
    date: day.date,
    place: day.place,
    opensAt: day.opens_at,
    closesAt: day.closes_at,
    state: day.state,
    closedAt: day.closed_at,
    hallName: hall.hallName,
    countyName: hall.countyName,
    duties,
    batches: rows.map((r) => ({
      id: r.id,
      ticketNo: r.ticket_no,
      kind: r.kind,
      headcount: r.headcount,
      status: r.status,
      dutyId: r.duty_id,
      nature: r.nature,
      categoryId: r.category_id,
      categoryName: r.categoryName,
      categorySort: r.categorySort,
      townshipCode: r.township_code,
      townshipName: r.townshipName,
      townshipSort: r.townshipSort,
      registeredAt: r.registered_at,
      calledAt: r.called_at,
      startedAt: r.started_at,
      endedAt: r.ended_at,
      outcomes: outcomesOf.get(r.id) ?? [],
      transfers: movesOf.get(r.id) ?? [],
      waitSeconds: secondsBetween(r.registered_at, r.called_at),
      sessionSeconds: secondsBetween(r.started_at, r.ended_at),
    })),
    visits,
    assignedMatters,
  }
}
