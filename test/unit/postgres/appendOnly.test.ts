import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempStore, type TempStore } from '../../support/tempStore'
import { postgresAdminUrl } from '../../support/testDatabase'

// What SQLite's triggers of 0001 do (test/unit/store/openStore.test.ts), PostgreSQL's PL/pgSQL
// triggers of its baseline do: the audit log takes rows and never changes them. (The closed-day
// lock is exercised on both databases by test/unit/services/closedDay.test.ts.)

describe.skipIf(!postgresAdminUrl())('the audit log on PostgreSQL', () => {
  let hall: TempStore
  beforeEach(async () => {
    hall = await tempStore(undefined, undefined, 'postgres')
  })
  afterEach(() => hall.close())

  it('is append-only', async () => {
    await hall.rows(sql`insert into audit_log (at, actor, action, entity)
      values ('2026-10-21T01:30:00.000Z', 'desk', 'test', 'batch')`)
    await expect(hall.rows(sql`update audit_log set actor = 'someone else'`)).rejects.toThrow(
      /append-only/,
    )
    await expect(hall.rows(sql`delete from audit_log`)).rejects.toThrow(/append-only/)
    expect(await hall.value(sql`select actor from audit_log`)).toBe('desk')
  })
})
