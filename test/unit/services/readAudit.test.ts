import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { appendReadAudit } from '../../../src/main/services/core/audit'
import { dialectOf } from '../../../src/main/services/core/dialect'
import { writeAction } from '../../../src/main/services/core/context'
import { hallCaller } from '../../support/hallCaller'
import { tempStore, type TempStore } from '../../support/tempStore'

// A read of full personal data is logged in a commit that does not wait for the disk
// (core/audit.ts appendReadAudit): the entry is there, with who read, and every write after it
// is durable as before (SQLite back at synchronous=FULL, PostgreSQL's synchronous_commit on).

let hall: TempStore
beforeEach(async () => {
  hall = await tempStore()
})
afterEach(() => hall.close())

/** The durability setting every write transaction runs at. */
async function writeDurability(): Promise<string> {
  const db = hall.services.db
  if (dialectOf(db) === 'postgres')
    return writeAction(hall.services, async ({ trx }) =>
      String((await sql<{ s: string }>`show synchronous_commit`.execute(trx)).rows[0]?.s),
    )
  return String(
    (await sql<{ synchronous: number }>`pragma synchronous`.execute(db)).rows[0]?.synchronous,
  )
}

describe('the audit entry of a read', () => {
  it('is written with who read, and leaves writes at full durability', async () => {
    const full = await writeDurability()
    // The test cluster runs without waiting for its disk (postgresCluster.ts): on PostgreSQL
    // the setting is only required to come back as it was.
    if (dialectOf(hall.services.db) === 'sqlite') expect(full).toBe('2')
    await hallCaller(hall.services).desk.lookup({ idNumber: '11010519491231002X' })
    await appendReadAudit(hall.services.db, '2026-10-21T01:30:00.000Z', {
      actor: 'desk-1',
      action: 'read:batch.get',
      entity: 'batch',
      entityId: 7,
      after: { device: 3, role: 'desk' },
      who: { personId: null, deviceId: null },
    })
    const rows = await hall.rows<{ action: string; entity_id: number | null; after_json: string }>(
      sql`select action, entity_id, after_json from audit_log where action like 'read:%' order by id`,
    )
    expect(rows).toEqual([
      expect.objectContaining({ action: 'read:desk.lookup', entity_id: null }),
      { action: 'read:batch.get', entity_id: 7, after_json: '{"device":3,"role":"desk"}' },
    ])
    expect(await writeDurability()).toBe(full)
  })

  it('that fails changes nothing and still leaves writes at full durability', async () => {
    const full = await writeDurability()
    const failing = appendReadAudit(hall.services.db, '2026-10-21T01:30:00.000Z', {
      actor: 'desk-1',
      action: 'read:batch.get',
      // An entry without its entity: the table refuses it.
      entity: null as unknown as string,
      entityId: 7,
    })
    await expect(failing).rejects.toThrow()
    expect(
      Number(await hall.value(sql`select count(*) from audit_log where action like 'read:%'`)),
    ).toBe(0)
    expect(await writeDurability()).toBe(full)
  })
})

describe('a read of full personal data through the hub', () => {
  const reads = async () =>
    Number(await hall.value(sql`select count(*) from audit_log where action like 'read:%'`))

  it('is not answered when its entry cannot be written', async () => {
    // The audit log refuses entries of reads: the entry fails, so must the read.
    const db = hall.services.db
    if (dialectOf(db) === 'postgres') {
      await sql`create function refuse_reads() returns trigger language plpgsql as $$
        begin raise exception 'refused'; end $$`.execute(db)
      await sql`create trigger refuse_reads before insert on audit_log for each row
        when (new.action like 'read:%') execute function refuse_reads()`.execute(db)
    } else
      await sql`create trigger refuse_reads before insert on audit_log
        when new.action like 'read:%' begin select raise(abort, 'refused'); end`.execute(db)
    const caller = hallCaller(hall.services, { actor: 'desk-1' })
    await expect(caller.desk.lookup({ idNumber: '11010519491231002X' })).rejects.toThrow()
    expect(await reads()).toBe(0)
  })

  it('is logged when attempted, also when it fails', async () => {
    const caller = hallCaller(hall.services, { actor: 'desk-1' })
    await expect(caller.batch.get({ batchId: 424242 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    const rows = await hall.rows<{ action: string; entity_id: number | null; actor: string }>(
      sql`select action, entity_id, actor from audit_log where action like 'read:%'`,
    )
    expect(rows).toEqual([{ action: 'read:batch.get', entity_id: 424242, actor: 'desk-1' }])
  })
})
