import type { Kysely } from 'kysely'
import type { Database } from './schema'

/**
 * A store's connection outside every transaction, for counters drawn in a statement of their own
 * (the day's ticket numbers, services/batch/ticket.ts): on PostgreSQL a pool of one beside the
 * hub's pool, so that a draw never waits for a connection held by a transaction that waits for
 * the draw. A SQLite store has none: its one connection writes one transaction at a time, and
 * the counter is drawn inside it. Kept beside the store's Kysely rather than in every service
 * context, so that every hub, test and bench built on the store gets it.
 */
const counterConnections = new WeakMap<Kysely<Database>, Kysely<Database>>()

export function attachCounterConnection(db: Kysely<Database>, counters: Kysely<Database>): void {
  counterConnections.set(db, counters)
}

export const counterConnectionOf = (db: Kysely<Database>): Kysely<Database> | undefined =>
  counterConnections.get(db)
