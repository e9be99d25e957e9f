import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_PER_CONNECTION } from '../../../src/main/store/namedStatements'
import { openPostgresStore, type PostgresStore } from '../../../src/main/store/postgresStore'
import {
  freshPostgresDatabase,
  postgresAdminUrl,
  type TestDatabase,
} from '../../support/testDatabase'

// Every parameterised query is a named statement once the migrations are done
// (store/namedStatements.ts): the server parses it once per connection and may keep its plan.
// Statements without parameters (begin, commit, DDL) and the migrations' own stay unnamed.

const AT = '2026-11-27T09:00:00.000Z'

describe.skipIf(!postgresAdminUrl())('named statements on PostgreSQL', () => {
  let database: TestDatabase
  let store: PostgresStore
  beforeAll(async () => {
    database = await freshPostgresDatabase()
    store = await openPostgresStore(database.url, { max: 1 })
  })
  afterAll(async () => {
    await store?.close()
    await database?.drop()
  })

  const prepared = () =>
    store.db.connection().execute(async (connection) => {
      const { rows } = await sql<{
        name: string
        statement: string
      }>`select name, statement from pg_prepared_statements order by name`.execute(connection)
      return rows
    })

  it('names a query with parameters, once for its text, and answers it as before', async () => {
    const before = await prepared()
    expect(before.filter((s) => /kysely_migration/.test(s.statement))).toEqual([])

    const leaderNamed = (name: string) =>
      store.db.selectFrom('leader').select('id').where('name', '=', name).execute()
    for (const name of ['王一', '王二', '王三', '王四', '王五', '王六', '王七'])
      expect(await leaderNamed(name)).toEqual([])
    await store.db
      .insertInto('leader')
      .values({ name: '王八', title: '副县长', created_at: AT })
      .execute()
    expect(await leaderNamed('王八')).toHaveLength(1)

    const after = await prepared()
    const leaderStatements = after.filter((s) =>
      /from "leader" where "name" = \$1/.test(s.statement),
    )
    expect(leaderStatements).toHaveLength(1)
    expect(leaderStatements[0]?.name).toMatch(/^rd_[0-9a-f]{40}$/)
    expect(after.filter((s) => /^\s*(begin|commit)/i.test(s.statement))).toEqual([])
  })

  it('keeps a failed statement from breaking the next use of its name', async () => {
    const insert = (name: string | null) =>
      store.db
        .insertInto('leader')
        .values({ name: name as string, title: '副县长', created_at: AT })
        .execute()
    await expect(insert(null)).rejects.toThrow()
    await insert('李一')
    await expect(insert(null)).rejects.toThrow()
    await insert('李二')
    const { rows } = await store.pool.query<{ n: number }>(
      `select count(*)::int as n from leader where name like '李%'`,
    )
    expect(rows[0]?.n).toBe(2)
  })

  it('names at most MAX_PER_CONNECTION texts on a connection and answers the rest unnamed', async () => {
    const texts = MAX_PER_CONNECTION + 20
    for (let i = 0; i < texts; i++) {
      const { rows } = await sql<{ v: number }>`select ${i}::int + ${sql.lit(i)} as v`.execute(
        store.db,
      )
      expect(rows[0]?.v).toBe(2 * i)
    }
    const named = await prepared()
    expect(named.length).toBe(MAX_PER_CONNECTION)
  })
})
