import { PostgresAdapter } from 'kysely'
import type { Db, Trx } from './context'

export type DialectName = 'sqlite' | 'postgres'

/** Which database a Kysely instance (or a transaction of one) talks to. */
export const dialectOf = (db: Db | Trx): DialectName =>
  db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'
