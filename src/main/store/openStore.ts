import { existsSync } from 'node:fs'
import Sqlite from 'better-sqlite3'
import type BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { checkBeforeWriting, unreadable, type CheckResult } from './checkBeforeWriting'
import { StoreOpenError } from './errors'
import { migrations, staticMigrationProvider } from './migrations'
import { applyDurablePragmas } from './pragmas'
import { migrateWith } from './migrate'
import { markClosedCleanly, markOpened } from './shutdownMarker'
import { withStatementCache } from './statementCache'
import { storageFailureOf } from './storageFailure'
import type { PostgresStore } from './postgresStore'
import type { Database } from './schema'
import { assertWritable, readOnlyFile } from './writeProbe'

export interface SqliteStore {
  kind: 'sqlite'
  db: Kysely<Database>
  sqlite: BetterSqlite3.Database
  file: string
  migrations: string[]
  /** How the file was checked at this open (null: it was created by it). */
  check: CheckResult | null
  /** Lets the work in progress finish, marks the clean shutdown, closes the file. */
  close(): Promise<void>
}

/** The hall's database: a SQLite file (the default) or a PostgreSQL server (postgresStore.ts). */
export type Store = SqliteStore | PostgresStore

export interface OpenStoreOptions {
  /** A better_sqlite3.node built for the running runtime (Electron), when not the default. */
  nativeBinding?: string
}

/**
 * Opens (creating if needed) the hall's database. In this order, so that nothing writes to a
 * file that should be refused: the folder and file must be writable (real write probes), an
 * existing file is checked through a read-only connection (integrity, not newer than this
 * build), then the read-write connection sets the durable pragmas, migrates, and clears the
 * clean-shutdown marker: a committed write, the last proof that the database takes writes.
 */
export async function openStore(
  file: string,
  options: OpenStoreOptions = {},
): Promise<SqliteStore> {
  assertWritable(file)
  const check = existsSync(file) ? checkBeforeWriting(file, options) : null

  const sqlite = connect(file, options)
  try {
    applyDurablePragmas(sqlite)
  } catch (error) {
    sqlite.close()
    throw refusal(file, error)
  }

  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  })
  try {
    await migrate(db)
    markOpened(sqlite, new Date())
  } catch (error) {
    await db.destroy()
    throw refusal(file, error)
  }

  let closing: Promise<void> | null = null
  const close = async () => {
    await db.connection().execute(async () => {
      try {
        markClosedCleanly(sqlite, new Date())
      } catch (error) {
        // Not marked: the next start runs the full check, which is the safe side.
        console.error(`[store] could not mark the clean shutdown: ${String(error)}`)
      }
    })
    await db.destroy()
  }
  return {
    kind: 'sqlite',
    db,
    sqlite,
    file,
    migrations: Object.keys(migrations),
    check,
    close: () => (closing ??= close()),
  }
}

async function migrate(db: Kysely<Database>): Promise<void> {
  await migrateWith(db, staticMigrationProvider)
}

function connect(file: string, options: OpenStoreOptions): BetterSqlite3.Database {
  try {
    return new Sqlite(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  } catch (error) {
    throw refusal(file, error)
  }
}

/** A failure while opening for writing, said as what it means for the hall. */
function refusal(file: string, error: unknown): Error {
  if (error instanceof StoreOpenError) return error
  const failure = storageFailureOf(error)
  if (failure === 'errors.storage.readOnly') return readOnlyFile(file)
  if (failure === 'errors.storage.full')
    return new StoreOpenError(
      'full',
      `数据库 ${file} 所在的磁盘已满，接访服务无法保存，因此未启动。请清理磁盘空间后再启动。` +
        ` / The disk holding ${file} is full, so the hub would save nothing and did not start. Free some disk space and start it again.`,
    )
  if (failure) return unreadable(file, error)
  return error instanceof Error ? error : new Error(String(error))
}
