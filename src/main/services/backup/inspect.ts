import { existsSync, statSync } from 'node:fs'
import Sqlite from 'better-sqlite3'
import type BetterSqlite3 from 'better-sqlite3'
import { migrations } from '../../store/migrations'
import { DomainError } from '../core/domainError'

export interface SqliteOptions {
  /** better_sqlite3.node built for the running runtime (Electron's hub), as openStore takes. */
  nativeBinding?: string | undefined
}

export const openSqlite = (
  file: string,
  options: SqliteOptions & { readonly?: boolean } = {},
): BetterSqlite3.Database =>
  new Sqlite(file, {
    fileMustExist: true,
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })

/**
 * Rows of every ordinary table (FTS indexes are counted through their shadow tables), the
 * figures a backup must reproduce exactly.
 */
export function tableCounts(sqlite: BetterSqlite3.Database): Record<string, number> {
  const tables = sqlite
    .prepare(
      `select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'
         and coalesce(sql, '') not like 'CREATE VIRTUAL TABLE%' order by name`,
    )
    .pluck()
    .all() as string[]
  const counts: Record<string, number> = {}
  for (const name of tables)
    counts[name] = Number(
      sqlite
        .prepare(`select count(*) from "${name.replaceAll('"', '""')}"`)
        .pluck()
        .get(),
    )
  return counts
}

export function integrity(sqlite: BetterSqlite3.Database): string {
  const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[]
  return rows.map((r) => r.integrity_check).join('; ')
}

export const sameCounts = (a: Record<string, number>, b: Record<string, number>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort())

export interface InspectedBackup {
  file: string
  rowCounts: Record<string, number>
  migrations: string[]
}

/**
 * Checks a file before it may replace the hall's database: it exists, is an SQLite database
 * of Reception Day that passes `integrity_check`, and was not written by a newer version.
 */
export function inspectBackup(file: string, options: SqliteOptions = {}): InspectedBackup {
  if (!existsSync(file) || !statSync(file).isFile())
    throw new DomainError('backup.fileNotFound', { file }, 'not_found')
  let sqlite: BetterSqlite3.Database
  try {
    sqlite = openSqlite(file, { ...options, readonly: true })
  } catch {
    throw new DomainError('backup.notADatabase', { file })
  }
  try {
    let verdict: string
    try {
      verdict = integrity(sqlite)
    } catch {
      throw new DomainError('backup.notADatabase', { file })
    }
    if (verdict !== 'ok') throw new DomainError('backup.damaged', { file })
    const hasMigrations = sqlite
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'")
      .get()
    if (!hasMigrations) throw new DomainError('backup.notReceptionDay', { file })
    const applied = sqlite.prepare('select name from kysely_migration').pluck().all() as string[]
    if (applied.some((name) => !(name in migrations)))
      throw new DomainError('backup.newer', { file })
    return { file, rowCounts: tableCounts(sqlite), migrations: applied }
  } finally {
    sqlite.close()
  }
}
