import { sql } from 'kysely'
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

/** Appends to the audit log inside the caller's transaction (the table refuses rewrites); a
 * read is logged on its own (appendReadAudit). */
const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value))

export async function appendAudit(trx: Db, at: string, entry: AuditEntry): Promise<void> {
  const who = entry.who ?? whoIn(trx)
  await trx
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
    // One statement, so one round trip: set_config(…, true) holds for the statement's own
    // transaction, whose commit reads it.
    const who = entry.who
    await sql`
      with relaxed as (select set_config('synchronous_commit', 'off', true))
      insert into audit_log (at, actor, action, entity, entity_id, before_json, after_json, person_id, device_id)
      select ${at}, ${entry.actor}, ${entry.action}, ${entry.entity}, ${entry.entityId}::integer,
        ${json(entry.before)}::text, ${json(entry.after)}::text, ${who?.personId ?? null}::integer,
        ${who?.deviceId ?? null}::integer
      from relaxed`.execute(db)
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
