import type { BatchRegistrationView, DeskBatchRow, Input } from '@shared/contract'
import { formatTicket } from '@shared/contract/ticket'
import { maskName } from '@shared/person/mask'
import type { CallContext, Db } from '../core/context'
import { DomainError } from '../core/domainError'
import { batchAtDuty, batchAtTable, membersOfDay } from './batchJoins'
import { flagsOf } from './batchColumns'

/** The day's registrations as the desk lists them, newest first. */
export const listDayBatches = (ctx: CallContext, input: Input<'batch', 'listForDay'>) =>
  readDayBatches(ctx.db, input.dayId)

/** One registration with full identities, for the desk's correction form. */
export const getRegistration = (ctx: CallContext, input: Input<'batch', 'get'>) =>
  readRegistration(ctx.db, input.batchId)

export async function readDayBatches(db: Db, dayId: number): Promise<DeskBatchRow[]> {
  const rows = await batchAtTable(db)
    .select([
      'batch.id',
      'batch.ticket_no',
      'batch.kind',
      'batch.headcount',
      'batch.status',
      'batch.route_rule',
      'batch.registered_at',
      'batch.cancel_reason',
      'duty.table_no',
      'leader.name as leaderName',
    ])
    .where('batch.day_id', '=', dayId)
    .orderBy('batch.ticket_no', 'desc')
    .execute()
  const names = await membersOfDay(db, dayId)
    .select(['batch_member.batch_id', 'person.name'])
    .orderBy('batch_member.sort')
    .execute()
  const namesOf = new Map<number, string[]>()
  for (const n of names)
    namesOf.set(n.batch_id, [...(namesOf.get(n.batch_id) ?? []), maskName(n.name)])
  return rows.map((r) => ({
    batchId: r.id,
    ticket: formatTicket(r.ticket_no),
    kind: r.kind,
    headcount: r.headcount,
    status: r.status,
    tableNo: r.table_no,
    leaderName: r.leaderName,
    routeRule: r.route_rule as DeskBatchRow['routeRule'],
    maskedNames: namesOf.get(r.id) ?? [],
    registeredAt: r.registered_at,
    cancelReason: r.cancel_reason,
  }))
}

export async function readRegistration(db: Db, batchId: number): Promise<BatchRegistrationView> {
  const batch = await batchAtDuty(db)
    .selectAll('batch')
    .select('duty.table_no')
    .where('batch.id', '=', batchId)
    .executeTakeFirst()
  if (!batch) throw new DomainError('batch.notFound', {}, 'not_found')
  const members = await db
    .selectFrom('batch_member')
    .innerJoin('person', 'person.id', 'batch_member.person_id')
    .select(['person.name', 'person.id_number', 'person.phone', 'person.address'])
    .where('batch_member.batch_id', '=', batchId)
    .orderBy('batch_member.sort')
    .execute()
  return {
    batchId: batch.id,
    dayId: batch.day_id,
    ticket: formatTicket(batch.ticket_no),
    status: batch.status,
    kind: batch.kind,
    headcount: batch.headcount,
    members: members.map((m) => ({
      name: m.name,
      idNumber: m.id_number,
      phone: m.phone,
      address: m.address,
    })),
    nature: batch.nature,
    categoryId: batch.category_id,
    townshipCode: batch.township_code,
    village: batch.village,
    summary: batch.summary,
    flags: flagsOf(batch),
    tableNo: batch.table_no,
  }
}
