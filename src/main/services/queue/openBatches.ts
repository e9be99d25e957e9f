import type { BatchStatus } from '@shared/contract'
import { maskName } from '@shared/person/mask'
import type { Db } from '../core/context'
import { flagsOf } from '../batch/batchColumns'
import type { Queued } from './priority'

export const OPEN_STATUSES = ['waiting', 'called', 'in_session'] as const

/** One open batch as the queue views need it; names already masked, no ID numbers or phones. */
export interface OpenBatch extends Queued {
  dutyId: number
  kind: 'individual' | 'group'
  headcount: number
  status: BatchStatus
  nature: 'suggestion' | 'accusation' | 'appeal'
  summary: string
  village: string | null
  categoryName: string | null
  townshipName: string | null
  flags: { elderly: boolean; disabled: boolean; urgent: boolean; hard: boolean }
  calledAt: string | null
  startedAt: string | null
  appointmentId: number | null
  maskedNames: string[]
}

/** The open (waiting, called, in session) batches of a day, or of one duty of it. */
export async function openBatches(db: Db, dayId: number, dutyId?: number): Promise<OpenBatch[]> {
  const rows = await db
    .selectFrom('batch')
    .leftJoin('category', 'category.id', 'batch.category_id')
    .leftJoin('township', 'township.code', 'batch.township_code')
    .leftJoin('appointment', 'appointment.id', 'batch.appointment_id')
    .select([
      'batch.id',
      'batch.duty_id',
      'batch.ticket_no',
      'batch.kind',
      'batch.headcount',
      'batch.status',
      'batch.nature',
      'batch.summary',
      'batch.village',
      'batch.flag_elderly',
      'batch.flag_disabled',
      'batch.flag_urgent',
      'batch.flag_hard',
      'batch.registered_at',
      'batch.called_at',
      'batch.started_at',
      'batch.appointment_id',
      'appointment.slot as slot',
      'category.name as categoryName',
      'township.name as townshipName',
    ])
    .where('batch.day_id', '=', dayId)
    .$if(dutyId !== undefined, (q) => q.where('batch.duty_id', '=', dutyId ?? -1))
    .where('batch.status', 'in', OPEN_STATUSES)
    .orderBy('batch.ticket_no')
    .execute()
  if (rows.length === 0) return []

  const members = await db
    .selectFrom('batch_member')
    .innerJoin('person', 'person.id', 'batch_member.person_id')
    .select(['batch_member.batch_id', 'person.name', 'person.birth_date'])
    .where(
      'batch_member.batch_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('batch_member.batch_id')
    .orderBy('batch_member.sort')
    .execute()
  const namesOf = new Map<number, { names: string[]; births: (string | null)[] }>()
  for (const m of members) {
    const entry = namesOf.get(m.batch_id) ?? { names: [], births: [] }
    entry.names.push(maskName(m.name))
    entry.births.push(m.birth_date)
    namesOf.set(m.batch_id, entry)
  }

  return rows.map((r) => ({
    batchId: r.id,
    dutyId: r.duty_id,
    ticketNo: r.ticket_no,
    kind: r.kind,
    headcount: r.headcount,
    status: r.status,
    nature: r.nature,
    summary: r.summary,
    village: r.village,
    categoryName: r.categoryName,
    townshipName: r.townshipName,
    flags: flagsOf(r),
    registeredAt: r.registered_at,
    calledAt: r.called_at,
    startedAt: r.started_at,
    appointmentId: r.appointment_id,
    appointmentSlot: r.slot,
    maskedNames: namesOf.get(r.id)?.names ?? [],
    birthDates: namesOf.get(r.id)?.births ?? [],
  }))
}

export interface CallState {
  /** Id of the latest call or recall transition: the board announces each once. */
  announceKey: number
  calledAt: string
  /** Recalls since the latest (first) call to the current table. */
  recalls: number
}

/** How the given batches were last called, from their transitions. */
export async function callStates(db: Db, batchIds: number[]): Promise<Map<number, CallState>> {
  const states = new Map<number, CallState>()
  if (batchIds.length === 0) return states
  const rows = await db
    .selectFrom('batch_transition')
    .select(['id', 'batch_id', 'at', 'reason'])
    .where('batch_id', 'in', batchIds)
    .where('to_status', '=', 'called')
    .orderBy('id')
    .execute()
  for (const r of rows) {
    const known = states.get(r.batch_id)
    const recall = r.reason === RECALL_REASON
    states.set(r.batch_id, {
      announceKey: r.id,
      calledAt: r.at,
      recalls: recall && known ? known.recalls + 1 : 0,
    })
  }
  return states
}

/** batch_transition.reason of a recall (called → called). */
export const RECALL_REASON = 'recall'
