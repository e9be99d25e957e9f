import { whoIn, type Db, type Who } from './context'

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
 * read is logged on its own (src/main/hub/access.ts). */
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
      before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
      after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
      person_id: who?.personId ?? null,
      device_id: who?.deviceId ?? null,
    })
    .execute()
}
