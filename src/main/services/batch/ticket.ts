import { sql } from 'kysely'
import { counterConnectionOf } from '../../store/counterConnection'
import type { ServiceContext, Trx } from '../core/context'
import { dialectOf } from '../core/dialect'

/**
 * Draws the day's next ticket number (day_ticket, migration 0017). On PostgreSQL in a statement
 * of its own on the store's counter connection, committed at once and without waiting for the
 * disk (a registration's own commit, later in the WAL, makes it durable), so desks of several
 * hubs wait for each other for this one statement, never for each other's commits. The cost: a
 * registration that fails after its draw leaves its number unused; the draw is therefore the
 * last step before the batch is written, after every check. On SQLite the hub's one connection
 * writes one transaction at a time: the number is drawn inside the registration's.
 *
 * The counter never falls below the day's highest ticket (days registered before 0017, batches
 * written by other means), and the unique (day_id, ticket_no) index stays the last guard.
 */
export async function drawTicket(ctx: ServiceContext, trx: Trx, dayId: number): Promise<number> {
  const postgres = dialectOf(trx) === 'postgres'
  const counters = postgres ? counterConnectionOf(ctx.db) : undefined
  const highest = sql<number>`(select coalesce(max(ticket_no), 0) from batch where day_id = ${dayId})`
  const greatest = postgres ? sql`greatest` : sql`max`
  // Committed on its own, so it need not wait for the disk (see above).
  const noSync = counters
    ? sql`, left(set_config('synchronous_commit', 'off', true), 0) as async`
    : sql``
  const { rows } = await sql<{ last_no: number }>`
    insert into day_ticket as t (day_id, last_no) values (${dayId}, ${highest} + 1)
    on conflict (day_id) do update set last_no = ${greatest}(t.last_no, ${highest}) + 1
    returning last_no${noSync}`.execute(counters ?? trx)
  return Number(rows[0]?.last_no)
}
