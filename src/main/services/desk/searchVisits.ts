import type { z } from 'zod'
import type { SearchHit, Input } from '@shared/contract'
import { formatTicket } from '@shared/contract/ticket'
import { maskName } from '@shared/person/mask'
import type { CallContext } from '../core/context'
import { searchSummaries } from './searchSummaries'
import { hallLabel } from '../core/hall'

/** Earlier visits whose summary mentions the words the clerk typed. */
export async function searchVisits(
  ctx: CallContext,
  input: Input<'desk', 'search'>,
): Promise<z.infer<typeof SearchHit>[]> {
  const ids = await searchSummaries(ctx.db, input.query, input.limit)
  if (ids.length === 0) return []
  // Independent reads: on PostgreSQL's pool, one round trip.
  const [rows, names] = await Promise.all([
    ctx.db
      .selectFrom('batch')
      .innerJoin('reception_day', 'reception_day.id', 'batch.day_id')
      .select([
        'batch.id',
        'batch.ticket_no',
        'batch.nature',
        'batch.summary',
        'batch.registered_at',
        'reception_day.date',
        'reception_day.hall',
      ])
      .where('batch.id', 'in', ids)
      .where('batch.status', '!=', 'cancelled')
      .orderBy('batch.id', 'desc')
      .execute(),
    ctx.db
      .selectFrom('batch_member')
      .innerJoin('person', 'person.id', 'batch_member.person_id')
      .select(['batch_member.batch_id', 'person.name'])
      .where('batch_member.batch_id', 'in', ids)
      .orderBy('batch_member.sort')
      .execute(),
  ])
  return rows.map((r) => ({
    batchId: r.id,
    date: r.date,
    ticket: formatTicket(r.ticket_no),
    maskedNames: names.filter((n) => n.batch_id === r.id).map((n) => maskName(n.name)),
    nature: r.nature,
    summary: r.nature === 'accusation' ? null : r.summary,
    registeredAt: r.registered_at,
    hall: hallLabel(ctx, r.hall),
  }))
}
