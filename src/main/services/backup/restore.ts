import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { DomainError } from '../core/domainError'
import { freshName, replacedFolder } from './files'
import {
  inspectBackup,
  integrity,
  openSqlite,
  sameCounts,
  tableCounts,
  type SqliteOptions,
} from './inspect'

export interface RestoreOptions extends SqliteOptions {
  /** The hall's database file. It must not be open (the hub closes its store first). */
  dbFile: string
  backupFile: string
  at: Date
  timeZone: string
}

export interface RestoreResult {
  from: string
  /** Where the database that was replaced now lives; null if there was none. */
  replacedKeptAt: string | null
  rowCounts: Record<string, number>
}

const SIDE_FILES = ['-wal', '-shm', '-journal']

/**
 * Puts a backup in place of the hall's database, with the database closed. The current
 * database is first checkpointed (its WAL folded in by SQLite itself, never deleted by hand)
 * and moved, with any side files, into `backups/replaced/`: kept, never overwritten. The
 * backup is then written into the database's place with the backup API and checked
 * (`integrity_check`, the same row counts as the backup). If anything fails, the new file
 * is removed and the original moved back.
 */
export async function restoreDatabase(options: RestoreOptions): Promise<RestoreResult> {
  const dbFile = resolve(options.dbFile)
  const backupFile = resolve(options.backupFile)
  if (dbFile === backupFile) throw new DomainError('backup.isTheDatabase', { file: backupFile })
  const inspected = inspectBackup(backupFile, options)

  let keptAt: string | null = null
  if (existsSync(dbFile)) {
    const current = openSqlite(dbFile, options)
    try {
      current.pragma('wal_checkpoint(TRUNCATE)')
    } finally {
      current.close()
    }
    const folder = replacedFolder(dbFile)
    mkdirSync(folder, { recursive: true })
    keptAt = join(folder, freshName(folder, dbFile, options.at, options.timeZone, 'replaced'))
    renameSync(dbFile, keptAt)
    for (const side of SIDE_FILES)
      if (existsSync(dbFile + side)) renameSync(dbFile + side, keptAt + side)
  }

  try {
    const source = openSqlite(backupFile, { ...options, readonly: true })
    try {
      await source.backup(dbFile)
    } finally {
      source.close()
    }
    const restored = openSqlite(dbFile, options)
    try {
      const verdict = integrity(restored)
      if (verdict !== 'ok') throw new Error(`the restored database failed its check: ${verdict}`)
      const counts = tableCounts(restored)
      if (!sameCounts(counts, inspected.rowCounts))
        throw new Error('the restored database does not have the backup’s row counts')
    } finally {
      restored.close()
    }
  } catch (error) {
    for (const side of ['', ...SIDE_FILES]) rmSync(dbFile + side, { force: true })
    if (keptAt) {
      renameSync(keptAt, dbFile)
      for (const side of SIDE_FILES)
        if (existsSync(keptAt + side)) renameSync(keptAt + side, dbFile + side)
    }
    throw error
  }
  return { from: backupFile, replacedKeptAt: keptAt, rowCounts: inspected.rowCounts }
}
