import { sql, type RawBuilder } from 'kysely'
import { whoIn, type Db, type Who } from './context'
import { dialectOf } from './dialect'

export interface AuditEntry {
  actor: string
  action: string
  entity: string
  entityId: number | null
  before?: unknown
  after?: unknown
  /** Who acted; by default the person and device of the transaction's call (writeAction). */
  who?: Who | undefined
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value))

/** Appends to the audit log inside the caller's transaction (the table refuses rewrites); a
 * read is logged on its own (appendReadAudit). */
export const appendAudit = (trx: Db, at: string, entry: AuditEntry): Promise<void> =>
  insertAudit(trx, at, entry)

async function insertAudit(db: Db, at: string | RawBuilder<string>, entry: AuditEntry) {
  const who = entry.who ?? whoIn(db)
  await db
    .insertInto('audit_log')
    .values({
      at,
      actor: entry.actor,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before_json: json(entry.before),
      after_json: json(entry.after),
      person_id: who?.personId ?? null,
      device_id: who?.deviceId ?? null,
    })
    .execute()
}

/**
 * Appends the entry of a read (src/main/hub/access.ts) in a commit of its own that does not wait
 * for the disk: on SQLite at synchronous=NORMAL (the WAL frame is written; the next write's
 * synchronous=FULL commit, seconds later on a working desk, syncs it with its own), on PostgreSQL
 * with synchronous_commit off (the WAL writer flushes it within a fraction of a second). A crash
 * of the hub loses none of these entries; a power cut can lose the reads of its last moment,
 * never a write. Waiting for the disk on every repeat check the clerk types would double the
 * desk's cost of a registration (bench figure 1) for that margin.
 */
export async function appendReadAudit(db: Db, at: string, entry: AuditEntry): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    // One statement, so one round trip: set_config(…, true), evaluated with the row (it adds
    // nothing to `at`), holds for the statement's own transaction, whose commit reads it.
    await insertAudit(
      db,
      sql<string>`${at}::text || left(set_config('synchronous_commit', 'off', true), 0)`,
      entry,
    )
    return
  }
  // The one connection, held for the three statements: no other transaction runs between them
  // at the relaxed setting.
  await db.connection().execute(async (connection) => {
    await sql`pragma synchronous = NORMAL`.execute(connection)
    try {
      await appendAudit(connection, at, entry)
    } finally {
      await sql`pragma synchronous = FULL`.execute(connection)
    }
  })
}
