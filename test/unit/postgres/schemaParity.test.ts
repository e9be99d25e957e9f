import type BetterSqlite3 from 'better-sqlite3'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPostgresStore, type PostgresStore } from '../../../src/main/store/postgresStore'
import { sqliteTempStore } from '../../support/tempStore'
import {
  freshPostgresDatabase,
  postgresAdminUrl,
  type TestDatabase,
} from '../../support/testDatabase'

// The two migration sets must build the same schema: every table, column (type, null, default,
// key), index, unique and foreign key, and check constraint (by the values it allows). Only the
// search structures differ by design (FTS5 tables there; a trigram index and a gram array here).

interface Schema {
  tables: Record<string, TableShape>
}
interface TableShape {
  columns: string[]
  primaryKey: string[]
  indexes: string[]
  uniques: string[]
  foreignKeys: string[]
  checks: string[]
}

const SEARCH = /^batch_summary_/
const MIGRATOR = /^kysely_/

const normaliseType = (type: string) =>
  ({ int4: 'integer', integer: 'integer', text: 'text', blob: 'blob', bytea: 'blob' })[
    type.toLowerCase()
  ] ?? `?${type}`
const normaliseDefault = (value: string | null) =>
  value === null ? 'none' : value.replace(/::text$/, '').replace(/^\((.*)\)$/, '$1')
/** What a check allows, read the same from SQLite's text and PostgreSQL's rewritten one. */
const checkValues = (expression: string) => {
  const literals = [...expression.matchAll(/'([^']*)'/g)].map((m) => m[1])
  if (literals.length > 0) return `in ${literals.sort().join(',')}`
  // PostgreSQL rewrites `x between a and b` as `x >= a AND x <= b`: compare every bound.
  const bounds = expression
    .replace(/= ANY/g, '')
    .replace(/between\s+\(?(\d+)\)?\s+and\s+\(?(\d+)\)?/gi, '>= $1 and <= $2')
  const comparisons = [...bounds.matchAll(/(>=|<=|>|<|=)\s*\(?(\d+)\)?/g)].map(
    (m) => `${m[1]} ${m[2]}`,
  )
  return comparisons.length > 0 ? comparisons.sort().join(' ') : '? ?'
}

function sqliteSchema(sqlite: BetterSqlite3.Database): Schema {
  const tables: Schema['tables'] = {}
  const names = sqlite
    .prepare(
      "select name, sql from sqlite_master where type = 'table' and name not like 'sqlite%' order by name",
    )
    .all() as { name: string; sql: string }[]
  for (const { name, sql } of names) {
    if (SEARCH.test(name) || MIGRATOR.test(name)) continue
    const info = sqlite.pragma(`table_info(${name})`) as {
      name: string
      type: string
      notnull: number
      dflt_value: string | null
      pk: number
    }[]
    const primaryKey = info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name)
    const columns = info.map(
      (c) =>
        `${c.name} ${normaliseType(c.type)} ${c.notnull || c.pk ? 'not null' : 'null'} default ${normaliseDefault(c.dflt_value)}`,
    )
    const indexes: string[] = []
    const uniques: string[] = []
    for (const index of sqlite.pragma(`index_list(${name})`) as {
      name: string
      unique: number
      origin: string
      partial: number
    }[]) {
      if (index.origin === 'pk') continue
      const cols = (sqlite.pragma(`index_info(${index.name})`) as { name: string }[]).map(
        (c) => c.name,
      )
      if (index.origin === 'u') uniques.push(cols.join(','))
      else
        indexes.push(
          `${index.name} (${cols.join(',')})${index.unique ? ' unique' : ''}${index.partial ? ' partial' : ''}`,
        )
    }
    const foreignKeys = (
      sqlite.pragma(`foreign_key_list(${name})`) as { table: string; from: string; to: string }[]
    ).map((f) => `${f.from} -> ${f.table}.${f.to}`)
    const checks = [...sql.matchAll(/check \(((?:[^()]|\([^()]*\))*)\)/gi)].map((m) =>
      checkValues(m[1] ?? ''),
    )
    tables[name] = {
      columns,
      primaryKey,
      indexes: indexes.sort(),
      uniques: uniques.sort(),
      foreignKeys: foreignKeys.sort(),
      checks: checks.sort(),
    }
  }
  return { tables }
}

async function postgresSchema(client: pg.Client): Promise<Schema> {
  const tables: Schema['tables'] = {}
  const { rows: names } = await client.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
  )
  for (const { name } of names) {
    if (SEARCH.test(name) || MIGRATOR.test(name)) continue
    const { rows: info } = await client.query<{
      name: string
      type: string
      nullable: string
      dflt: string | null
    }>(
      `select column_name as name, udt_name as type, is_nullable as nullable, column_default as dflt
       from information_schema.columns where table_schema = 'public' and table_name = $1
       order by ordinal_position`,
      [name],
    )
    const { rows: indexRows } = await client.query<{
      name: string
      unique: boolean
      primary: boolean
      partial: boolean
      constraint: boolean
      cols: string[]
    }>(
      `select i.relname as name, x.indisunique as unique, x.indisprimary as primary,
         x.indpred is not null as partial,
         exists (select 1 from pg_constraint c where c.conindid = x.indexrelid) as constraint,
         array(select a.attname from unnest(x.indkey) with ordinality k(n, o)
               join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.n order by k.o)::text[] as cols
       from pg_index x join pg_class i on i.oid = x.indexrelid
       where x.indrelid = $1::regclass`,
      [name],
    )
    const { rows: fks } = await client.query<{ def: string }>(
      `select c.conkey, a.attname || ' -> ' || r.relname || '.' || fa.attname as def
       from pg_constraint c
       join pg_class r on r.oid = c.confrelid
       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
       join pg_attribute fa on fa.attrelid = c.confrelid and fa.attnum = c.confkey[1]
       where c.contype = 'f' and c.conrelid = $1::regclass`,
      [name],
    )
    const { rows: checks } = await client.query<{ def: string }>(
      `select pg_get_constraintdef(oid) as def from pg_constraint
       where contype = 'c' and conrelid = $1::regclass`,
      [name],
    )
    const primary = indexRows.find((i) => i.primary)
    const primaryKey = primary?.cols ?? []
    tables[name] = {
      columns: info.map(
        (c) =>
          `${c.name} ${normaliseType(c.type)} ${c.nullable === 'NO' ? 'not null' : 'null'} default ${normaliseDefault(c.dflt)}`,
      ),
      primaryKey,
      indexes: indexRows
        .filter((i) => !i.primary && !i.constraint && !SEARCH.test(i.name))
        .map(
          (i) =>
            `${i.name} (${i.cols.join(',')})${i.unique ? ' unique' : ''}${i.partial ? ' partial' : ''}`,
        )
        .sort(),
      uniques: indexRows
        .filter((i) => !i.primary && i.constraint && i.unique)
        .map((i) => i.cols.join(','))
        .sort(),
      foreignKeys: fks.map((f) => f.def).sort(),
      checks: checks.map((c) => checkValues(c.def)).sort(),
    }
  }
  return { tables }
}

describe.skipIf(!postgresAdminUrl())('the PostgreSQL migration set', () => {
  let database: TestDatabase
  let store: PostgresStore
  let sqlite: Schema
  let postgres: Schema
  beforeAll(async () => {
    const hall = await sqliteTempStore()
    sqlite = sqliteSchema(hall.store.sqlite)
    await hall.close()
    database = await freshPostgresDatabase()
    store = await openPostgresStore(database.url, { max: 1 })
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    postgres = await postgresSchema(client)
    await client.end()
  })
  afterAll(async () => {
    await store?.close()
    await database?.drop()
  })

  it('builds the same tables as SQLite', () => {
    expect(Object.keys(postgres.tables).sort()).toEqual(Object.keys(sqlite.tables).sort())
    expect(Object.keys(sqlite.tables).length).toBeGreaterThanOrEqual(22)
  })

  it('with the same columns, keys, indexes, uniques, foreign keys and checks', () => {
    for (const [name, shape] of Object.entries(sqlite.tables))
      expect({ table: name, ...postgres.tables[name] }).toEqual({ table: name, ...shape })
  })

  it('applies the same shared migrations after its baseline', () => {
    const shared = store.migrations.filter((m) => m !== '0009_baseline')
    expect(shared.every((m) => m > '0009')).toBe(true)
  })
})
