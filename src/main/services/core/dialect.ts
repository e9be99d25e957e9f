import { PostgresAdapter, sql } from 'kysely'
import type { Db, Trx } from './context'

export type DialectName = 'sqlite' | 'postgres'

/** Which database a Kysely instance (or a transaction of one) talks to. */
export const dialectOf = (db: Db | Trx): DialectName =>
  db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'

/**
 * Before a ticket number is drawn (max + 1 within the day): on PostgreSQL, several hubs and
 * desks write at once, so the day's row is locked for the rest of the transaction and a second
 * registration waits for the first to commit, then sees its ticket. Read committed plus this
 * one row lock, not serializable: nothing has to be retried, and only registrations of the same
 * day wait for each other. On SQLite the hub's one connection already runs one write
 * transaction at a time.
 */
export async function lockDayForTicket(trx: Trx, dayId: number): Promise<void> {
  if (dialectOf(trx) === 'postgres')
    await sql`select id from reception_day where id = ${dayId} for update`.execute(trx)
}
