import type { QueueEntry, TableQueueView } from '../../shared/contract'
import { formatTicket } from '../../shared/contract/ticket'
import { maskName } from '../../shared/person/mask'
import { readDay } from './days'
import type { ServiceContext } from './context'
import { DomainError } from './domainError'

const OPEN_STATUSES = ['waiting', 'called', 'in_session'] as const

/** The queue a leader's screen shows: the batch in front of the table and those waiting. */
export async function tableQueue(
  ctx: ServiceContext,
  dayId: number,
  tableNo: number,
): Promise<TableQueueView> {
  const day = await readDay(ctx.db, { id: dayId })
  const duty = day?.duties.find((d) => d.tableNo === tableNo)
  if (!day || !duty) throw new DomainError('queue.noSuchTable', { tableNo }, 'not_found')

  const rows = await ctx.db
    .selectFrom('batch')
    .leftJoin('category', 'category.id', 'batch.category_id')
    .leftJoin('township', 'township.code', 'batch.township_code')
    .select([
      'batch.id',
      'batch.ticket_no',
      'batch.kind',
      'batch.headcount',
      'batch.status',
      'batch.nature',
      'batch.summary',
      'batch.flag_elderly',
      'batch.flag_disabled',
      'batch.flag_urgent',
      'batch.flag_hard',
      'batch.registered_at',
      'batch.called_at',
      'category.name as categoryName',
      'township.name as townshipName',
    ])
    .where('batch.duty_id', '=', duty.id)
    .where('batch.status', 'in', OPEN_STATUSES)
    .orderBy('batch.registered_at')
    .orderBy('batch.ticket_no')
    .execute()

  const names = await ctx.db
    .selectFrom('batch_member')
    .innerJoin('person', 'person.id', 'batch_member.person_id')
    .select(['batch_member.batch_id', 'person.name'])
    .where('batch_member.batch_id', 'in', rows.length ? rows.map((r) => r.id) : [-1])
    .orderBy('batch_member.sort')
    .execute()

  const entries: QueueEntry[] = rows.map((r) => ({
    batchId: r.id,
    ticket: formatTicket(r.ticket_no),
    kind: r.kind,
    headcount: r.headcount,
    status: r.status,
    maskedNames: names.filter((n) => n.batch_id === r.id).map((n) => maskName(n.name)),
    nature: r.nature,
    categoryName: r.categoryName,
    townshipName: r.townshipName,
    // This query only ever serves the table the batch is routed to, which handles it.
    summary: r.summary,
    flags: {
      elderly: r.flag_elderly === 1,
      disabled: r.flag_disabled === 1,
      urgent: r.flag_urgent === 1,
      hard: r.flag_hard === 1,
    },
    registeredAt: r.registered_at,
    calledAt: r.called_at,
  }))

  const current = entries.find((e) => e.status === 'in_session' || e.status === 'called') ?? null
  return {
    dayId,
    duty,
    current,
    waiting: entries.filter((e) => e.status === 'waiting'),
  }
}
