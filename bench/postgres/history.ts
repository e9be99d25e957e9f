import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import Sqlite from 'better-sqlite3'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { postgresMigrations } from '../../src/main/store/migrations/postgres'
import { openPostgresStore } from '../../src/main/store/postgresStore'
import { summaryGrams } from '../../src/main/services/desk/grams'
import type { CachedHistory } from '../history/cache'
import type { BenchCluster } from './cluster'

/** Bump when the way the history is loaded into PostgreSQL changes. */
const LOADER_VERSION = 1

export interface PgHistory {
  /** The loaded history: a database used only as a template, never written by a figure. */
  database: string
  generated: boolean
  loadMs: number
}

/** COPY's text format: backslash, tab and line breaks escaped, NULL as \N. */
const copyValue = (value: unknown): string => {
  if (value === null || value === undefined) return '\\N'
  if (Buffer.isBuffer(value)) return `\\\\x${value.toString('hex')}`
  return String(value)
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
}

/**
 * The SQLite history loaded into PostgreSQL: the PostgreSQL migrations create the schema (their
 * own baseline, the shared migrations), the reference rows they seed are dropped, and every
 * table is streamed from the SQLite file by COPY with the same ids (triggers and foreign-key
 * checks off for the load, `session_replication_role = replica`), then identity sequences set,
 * indexes built by the inserts, ANALYZE. The database `history_<key>` stays in the cached cluster
 * (bench/.cache/pg/data); a marker file says it is complete. Same key as the SQLite history plus
 * the PostgreSQL migrations and this loader's version.
 */
export async function ensurePgHistory(
  cluster: BenchCluster,
  history: CachedHistory,
  cacheDir: string,
  log: (line: string) => void,
): Promise<PgHistory> {
  const key = createHash('sha256')
    .update(
      JSON.stringify({
        LOADER_VERSION,
        sqlite: basename(history.file),
        migrations: Object.keys(postgresMigrations),
      }),
    )
    .digest('hex')
    .slice(0, 12)
  const database = `history_${key}`
  const marker = join(cacheDir, `pg-${database}.json`)
  const exists = cluster.psql(`select 1 from pg_database where datname = '${database}'`).trim()
  if (exists === '1' && existsSync(marker)) {
    const info = JSON.parse(readFileSync(marker, 'utf8')) as { loadMs: number }
    return { database, generated: false, loadMs: info.loadMs }
  }
  // Older loads only take disk space.
  for (const name of cluster
    .psql(`select datname from pg_database where datname like 'history_%'`)
    .split('\n')
    .filter(Boolean))
    cluster.psql(`drop database "${name}"`)

  const t0 = performance.now()
  log(`loading the history into PostgreSQL (${database})`)
  cluster.psql(`create database "${database}"`)
  const store = await openPostgresStore(cluster.url(database))
  await store.close()

  const sqlite = new Sqlite(history.file, { readonly: true })
  const client = new pg.Client({ connectionString: cluster.url(database) })
  await client.connect()
  try {
    const tables = (
      await client.query<{ table_name: string }>(
        `select table_name from information_schema.tables
         where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'kysely_%'`,
      )
    ).rows.map((r) => r.table_name)
    await client.query('begin')
    await client.query('set local session_replication_role = replica')
    await client.query(`truncate ${tables.map((t) => `"${t}"`).join(', ')}`)
    for (const table of tables) {
      const pgColumns = (
        await client.query<{ column_name: string }>(
          `select column_name from information_schema.columns
           where table_schema = 'public' and table_name = $1 order by ordinal_position`,
          [table],
        )
      ).rows.map((r) => r.column_name)
      const tc = performance.now()
      let rows = 0
      if (table === 'batch_summary_grams') {
        // SQLite's gram index is a contentless FTS5 table; here an array per batch, the same
        // grams (desk/grams.ts) computed again from each summary.
        const select = sqlite.prepare('select id, summary from batch order by id')
        const lines = function* () {
          for (const row of select.iterate() as Iterable<{ id: number; summary: string }>) {
            rows += 1
            const list = summaryGrams(row.summary)
              .split(' ')
              .filter(Boolean)
              .map((g) => `"${g.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)
            yield `${row.id}\t${copyValue(`{${list.join(',')}}`)}\n`
          }
        }
        await pipeline(
          Readable.from(lines()),
          client.query(copyFrom('copy batch_summary_grams (batch_id, grams) from stdin')),
        )
      } else {
        const sqliteColumns = new Set(
          (
            sqlite.prepare(`select name from pragma_table_info('${table}')`).all() as {
              name: string
            }[]
          ).map((c) => c.name),
        )
        if (sqliteColumns.size === 0) continue
        const columns = pgColumns.filter((c) => sqliteColumns.has(c))
        const select = sqlite
          .prepare(`select ${columns.map((c) => `"${c}"`).join(', ')} from "${table}"`)
          .raw()
        const lines = function* () {
          let chunk = ''
          for (const row of select.iterate() as Iterable<unknown[]>) {
            rows += 1
            chunk += `${row.map(copyValue).join('\t')}\n`
            if (chunk.length > 1 << 16) {
              yield chunk
              chunk = ''
            }
          }
          if (chunk) yield chunk
        }
        await pipeline(
          Readable.from(lines()),
          client.query(
            copyFrom(`copy "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) from stdin`),
          ),
        )
      }
      if (rows > 10_000)
        log(
          `  ${table}: ${rows.toLocaleString('en')} rows in ${((performance.now() - tc) / 1000).toFixed(1)} s`,
        )
    }
    // Identity columns continue after the loaded ids.
    const identities = (
      await client.query<{ table_name: string; column_name: string }>(
        `select table_name, column_name from information_schema.columns
         where table_schema = 'public' and is_identity = 'YES'`,
      )
    ).rows
    for (const { table_name, column_name } of identities)
      await client.query(
        `select setval(pg_get_serial_sequence('"${table_name}"', '${column_name}'),
           coalesce((select max("${column_name}") from "${table_name}"), 0) + 1, false)`,
      )
    await client.query('commit')
    log('  vacuum analyze')
    await client.query('vacuum analyze')
  } finally {
    await client.end()
    sqlite.close()
  }
  const loadMs = performance.now() - t0
  writeFileSync(marker, JSON.stringify({ database, loadMs }, null, 2))
  log(`history loaded into PostgreSQL in ${(loadMs / 1000).toFixed(1)} s`)
  return { database, generated: true, loadMs }
}

/** A fresh working database for this run: a clone of the loaded history (a file copy). */
export function cloneWorkDatabase(cluster: BenchCluster, template: string, name: string): string {
  cluster.psql(`drop database if exists "${name}"`)
  cluster.psql(`create database "${name}" template "${template}"`)
  return cluster.url(name)
}
