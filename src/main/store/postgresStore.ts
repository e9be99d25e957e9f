import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { attachCounterConnection } from './counterConnection'
import { redactUrl } from './databaseUrl'
import { postgresMigrationProvider, postgresMigrations } from './migrations/postgres'
import { migrateWith } from './migrate'
import { nameStatements } from './namedStatements'
import type { Database } from './schema'

export interface PostgresStore {
  kind: 'postgres'
  db: Kysely<Database>
  pool: pg.Pool
  /** The connection string without its password: what the hub may print and show. */
  url: string
  /** The connection string as given, password included: for pg_dump only, never shown. */
  connectionString: string
  migrations: string[]
  close(): Promise<void>
}

const INT8 = 20
const NUMERIC = 1700

/**
 * SQLite gives counts and sums as numbers; node-postgres gives int8 (count(*), sum of integers)
 * and numeric (avg) as strings, to keep precision past 2^53. No figure of a hall comes near it,
 * so both are read as numbers and the services see the same values on both databases. Per pool,
 * not pg's global registry, so nothing else in the process changes.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 || oid === NUMERIC
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
}

export interface PostgresStoreOptions {
  /** Connections in the pool (default 10): one per transaction under way. */
  max?: number
}

/**
 * Opens the hall's store on a PostgreSQL server: Kysely's PostgresDialect over a `pg` pool,
 * then the PostgreSQL migration set (its own baseline, then the migrations both sets share).
 * Kysely's migrator takes an advisory lock, so several hubs starting at once migrate once.
 */
export async function openPostgresStore(
  url: string,
  options: PostgresStoreOptions = {},
): Promise<PostgresStore> {
  let migrated = false
  const openPool = (max: number) => {
    const pool = new pg.Pool({ connectionString: url, max, types })
    nameStatements(pool, () => migrated)
    // An idle connection the server dropped must not take the hub down: the pool replaces it.
    pool.on('error', (error) => console.error(`[store] PostgreSQL connection: ${error.message}`))
    return pool
  }
  const pool = openPool(options.max ?? 10)
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  const counters = new Kysely<Database>({ dialect: new PostgresDialect({ pool: openPool(1) }) })
  attachCounterConnection(db, counters)
  const destroy = () => Promise.all([db.destroy(), counters.destroy()]).then(() => undefined)
  try {
    await migrateWith(db, postgresMigrationProvider)
    migrated = true
  } catch (error) {
    await destroy()
    throw error
  }
  let closing: Promise<void> | null = null
  return {
    kind: 'postgres',
    db,
    pool,
    url: redactUrl(url),
    connectionString: url,
    migrations: Object.keys(postgresMigrations),
    close: () => (closing ??= destroy()),
  }
}
