import Sqlite from 'better-sqlite3'
import type BetterSqlite3 from 'better-sqlite3'
import { Kysely, Migrator, SqliteDialect } from 'kysely'
import { StoreOpenError } from './errors'
import { migrations, staticMigrationProvider } from './migrations'
import { applyDurablePragmas } from './pragmas'
import { withStatementCache } from './statementCache'
import type { Database } from './schema'

export interface Store {
  db: Kysely<Database>
  sqlite: BetterSqlite3.Database
  file: string
  migrations: string[]
  close(): Promise<void>
}

export interface OpenStoreOptions {
  /** A better_sqlite3.node built for the running runtime (Electron), when not the default. */
  nativeBinding?: string
}

const MIGRATION_TABLE = 'kysely_migration'

/**
 * Opens (creating if needed) the hall's database: checks it before writing anything,
 * refuses one written by a newer build, then migrates to this build's schema.
 */
export async function openStore(file: string, options: OpenStoreOptions = {}): Promise<Store> {
  const sqlite = connect(file, options)
  try {
    assertHealthy(sqlite, file)
    applyDurablePragmas(sqlite)
    assertNotNewer(sqlite, file)
  } catch (error) {
    sqlite.close()
    throw error
  }

  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  })
  const migrator = new Migrator({ db, provider: staticMigrationProvider })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    await db.destroy()
    throw error instanceof Error ? error : new Error(String(error))
  }
  const failed = results?.find((r) => r.status === 'Error')
  if (failed) {
    await db.destroy()
    throw new Error(`Migration ${failed.migrationName} failed`)
  }

  return {
    db,
    sqlite,
    file,
    migrations: Object.keys(migrations),
    close: () => db.destroy(),
  }
}

function connect(file: string, options: OpenStoreOptions): BetterSqlite3.Database {
  try {
    return new Sqlite(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  } catch (error) {
    throw new StoreOpenError('unreadable', `Cannot open database ${file}: ${String(error)}`)
  }
}

function assertHealthy(sqlite: BetterSqlite3.Database, file: string): void {
  let verdict: unknown
  try {
    verdict = sqlite.pragma('quick_check', { simple: true })
  } catch (error) {
    throw new StoreOpenError('damaged', `Database ${file} is not readable: ${String(error)}`)
  }
  if (verdict !== 'ok')
    throw new StoreOpenError(
      'damaged',
      `Database ${file} failed its integrity check (${String(verdict)}); it was left untouched`,
    )
}

function assertNotNewer(sqlite: BetterSqlite3.Database, file: string): void {
  const table = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name = ?")
    .get(MIGRATION_TABLE)
  if (!table) return
  const applied = sqlite.prepare(`select name from ${MIGRATION_TABLE}`).pluck().all() as string[]
  const unknown = applied.filter((name) => !(name in migrations))
  if (unknown.length > 0)
    throw new StoreOpenError(
      'newer',
      `Database ${file} was written by a newer version of Reception Day (schema ${unknown.join(', ')}); update the app to open it`,
    )
}
