import { linkSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { DEFAULT_BACKUPS_KEPT } from '@shared/contract/backup'
import type { BackupInfo } from '@shared/contract'
import type { Db } from '../core/context'
import { backupFolder, backupNames, reserveName, type BackupReason } from './files'
import { integrity, openSqlite, sameCounts, tableCounts, type SqliteOptions } from './inspect'

/** The open database to back up: the hub's store (Kysely over one better-sqlite3 handle). */
export interface LiveDatabase {
  db: Db
  sqlite: BetterSqlite3.Database
  file: string
}

export interface BackupOptions extends SqliteOptions {
  reason: BackupReason
  /** How many backups to keep (older ones are removed); default 30. */
  keep?: number
  at: Date
  timeZone: string
}

/**
 * An online backup with SQLite's backup API (better-sqlite3's `db.backup()`), never a file
 * copy: taken while holding the store's one connection, so no write lands half-way and the
 * row counts read at the same moment must match the copy's. The copy is then switched to a
 * rollback journal (one self-contained file), checked with `integrity_check` and its row
 * counts, and only then given its final name. Older backups beyond `keep` are removed. The
 * name is reserved atomically (reserveName) and the finished file linked to it without ever
 * replacing another; the hub runs one backup at a time (maintenance.ts).
 */
export async function backupDatabase(
  live: LiveDatabase,
  options: BackupOptions,
): Promise<BackupInfo> {
  const folder = backupFolder(live.file)
  mkdirSync(folder, { recursive: true })
  const name = reserveName(folder, live.file, options.at, options.timeZone, options.reason)
  const file = join(folder, name)
  const partial = `${file}.partial`

  try {
    const source = await live.db.connection().execute(async () => {
      const rowCounts = tableCounts(live.sqlite)
      await live.sqlite.backup(partial)
      return rowCounts
    })
    const copy = openSqlite(partial, options)
    let copied: Record<string, number>
    let verdict: string
    try {
      copy.pragma('journal_mode = DELETE')
      verdict = integrity(copy)
      copied = tableCounts(copy)
    } finally {
      copy.close()
    }
    if (verdict !== 'ok') throw new Error(`the backup failed its integrity check: ${verdict}`)
    if (!sameCounts(source, copied))
      throw new Error(
        `the backup's row counts differ from the database's: ${JSON.stringify({ source, copied })}`,
      )
    publish(partial, file)
    const pruned = pruneBackups(live.file, options.keep ?? DEFAULT_BACKUPS_KEPT)
    return {
      file,
      name,
      reason: options.reason,
      createdAt: options.at.toISOString(),
      bytes: statSync(file).size,
      integrity: 'ok',
      rowCounts: copied,
      pruned,
    }
  } catch (error) {
    for (const leftover of [partial, `${partial}-journal`, `${partial}-wal`, `${partial}-shm`])
      rmSync(leftover, { force: true })
    throw error
  }
}

/** Gives the verified copy its name; never over another file of that name. */
function publish(partial: string, file: string): void {
  try {
    linkSync(partial, file)
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'EEXIST') throw error
    // A file system without hard links (FAT on a USB drive): the reservation keeps it unique.
    renameSync(partial, file)
    return
  }
  rmSync(partial, { force: true })
}

/** Keeps the newest `keep` backups of `dbFile` (by the time in their names); returns the names removed. */
export function pruneBackups(dbFile: string, keep: number): string[] {
  const old = backupNames(dbFile).slice(Math.max(1, keep))
  for (const name of old) rmSync(join(backupFolder(dbFile), name), { force: true })
  return old
}
