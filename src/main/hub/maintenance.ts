import { resolve } from 'node:path'
import type { BackupListView, RestoreScheduled } from '@shared/contract/backup'
import type { BackupInfo } from '@shared/contract'
import { hallTimeZone } from '@shared/tally/timeZone'
import { backupDatabase } from '../services/backup/backup'
import { backupFolder, listBackupFiles, type BackupReason } from '../services/backup/files'
import { inspectBackup } from '../services/backup/inspect'
import { dumpPostgres, pgDumpInstalled } from '../services/backup/pgDump'
import { restoreDatabase } from '../services/backup/restore'
import { DomainError } from '../services/core/domainError'
import type { SqliteStore, Store } from '../store/openStore'

/** What the hub's backup procedures and the close of a day ask of the running hub. */
export interface HubMaintenance {
  backup(reason: BackupReason, keep?: number): Promise<BackupInfo>
  list(): BackupListView
  /** Checks the backup, answers, then swaps the database (see startHub). */
  restore(file: string): RestoreScheduled
}

type RestoreOutcome = NonNullable<BackupListView['lastRestore']>

/**
 * Restores (and backups other than pg_dump's, backup/pgDump.ts) are of a SQLite file. A hall on
 * a PostgreSQL server is restored by the server's own means (its administrator's pg_restore,
 * base backups, WAL archiving): the hub says so clearly rather than overwrite a shared database.
 */
function fileStore(store: Store): SqliteStore {
  if (store.kind === 'postgres') throw new DomainError('backup.onServer', {}, 'conflict')
  return store
}

/** A manual backup at most this often: each one reads and checks the whole database. */
export const MIN_MANUAL_BACKUP_INTERVAL_MS = 10_000

export interface MaintenanceDeps {
  /** The hall's zone, for backup names; default hallTimeZone(process.env). */
  timeZone?: string
  /** The store currently open (it changes when a restore swaps it). */
  store(): Store
  now(): Date
  nativeBinding?: string | undefined
  /** On PostgreSQL: where pg_dump's backups go (none: backups are the server's job). */
  postgresBackupFolder?: string | undefined
  /**
   * Swaps the database for the backup: stop serving, close the store, restore the file in
   * its place, reopen, serve again. Given the function that does the file work.
   */
  swap(restore: (dbFile: string) => Promise<void>): Promise<void>
  /** Delay before the swap, so the answer to `backup.restore` reaches the caller first. */
  swapDelayMs?: number
  /** The shortest time between two manual backups (default MIN_MANUAL_BACKUP_INTERVAL_MS). */
  minManualIntervalMs?: number
  log?: (message: string) => void
}

/**
 * Backups at close and from the settings, and restores. A restore is applied by the running
 * hub itself: it validates the file while answering the call, then stops its server (every
 * screen shows "reconnecting"), waits for the work in progress to finish, closes the store,
 * moves the current database aside, writes the backup in its place, reopens the store and
 * serves again on the same port with the same token; screens reconnect and re-read
 * everything. Nothing ever runs against a half-swapped database.
 *
 * One backup at a time: they run in turn (a copy being written is as large as the database),
 * the close of a day waits for its turn, a manual backup is refused while another manual one
 * runs or waits (`backup.running`) and within 10 s of the last (`backup.tooSoon`); a restore
 * waits for no backup: it is refused while one is under way, and backups while it swaps.
 */
export function createMaintenance(deps: MaintenanceDeps): HubMaintenance & {
  /** The swap in progress, if any (tests wait for it). */
  pending(): Promise<void> | null
} {
  const timeZone = deps.timeZone ?? hallTimeZone(process.env)
  const sqliteOptions = { nativeBinding: deps.nativeBinding }
  let lastRestore: RestoreOutcome | null = null
  let swapping: Promise<void> | null = null
  const minInterval = deps.minManualIntervalMs ?? MIN_MANUAL_BACKUP_INTERVAL_MS
  let queue: Promise<unknown> = Promise.resolve()
  let backupsUnderWay = 0
  let manualUnderWay = false
  let lastManualEnded = Number.NEGATIVE_INFINITY

  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    backupsUnderWay += 1
    const turn = queue.then(work)
    queue = turn.catch(() => undefined)
    return turn.finally(() => {
      backupsUnderWay -= 1
    })
  }

  return {
    backup: async (reason, keep) => {
      if (swapping) throw new DomainError('backup.restoreRunning', {}, 'conflict')
      const folder = deps.postgresBackupFolder
      if (deps.store().kind === 'postgres' && (!folder || !pgDumpInstalled()))
        throw new DomainError('backup.onServer', {}, 'conflict')
      if (reason === 'manual') {
        if (manualUnderWay) throw new DomainError('backup.running', {}, 'conflict')
        const wait = lastManualEnded + minInterval - performance.now()
        if (wait > 0)
          throw new DomainError('backup.tooSoon', { seconds: Math.ceil(wait / 1000) }, 'conflict')
        manualUnderWay = true
      }
      try {
        // The time and the store are read when its turn comes, not when it was asked for.
        const made = await inTurn(() => {
          const store = deps.store()
          return store.kind === 'postgres'
            ? dumpPostgres(store, {
                folder: folder ?? '',
                url: store.connectionString,
                reason,
                at: deps.now(),
                timeZone,
              })
            : backupDatabase(store, { reason, keep, at: deps.now(), timeZone, ...sqliteOptions })
        })
        if (reason === 'manual') lastManualEnded = performance.now()
        return made
      } finally {
        if (reason === 'manual') manualUnderWay = false
      }
    },

    list: () => {
      const store = deps.store()
      if (store.kind === 'postgres')
        return { database: store.url, folder: '', backups: [], lastRestore: null }
      const { file } = store
      return {
        database: file,
        folder: backupFolder(file),
        backups: listBackupFiles(file),
        lastRestore,
      }
    },

    restore: (file) => {
      if (swapping) throw new DomainError('backup.restoreRunning', {}, 'conflict')
      if (backupsUnderWay > 0) throw new DomainError('backup.running', {}, 'conflict')
      const store = fileStore(deps.store())
      const backupFile = resolve(file)
      if (backupFile === resolve(store.file))
        throw new DomainError('backup.isTheDatabase', { file: backupFile })
      const inspected = inspectBackup(backupFile, sqliteOptions)
      const run = async () => {
        await new Promise((r) => setTimeout(r, deps.swapDelayMs ?? 250))
        const at = deps.now()
        try {
          await deps.swap(async (dbFile) => {
            const result = await restoreDatabase({
              dbFile,
              backupFile,
              at,
              timeZone,
              ...sqliteOptions,
            })
            lastRestore = {
              at: at.toISOString(),
              ok: true,
              from: backupFile,
              replacedKeptAt: result.replacedKeptAt,
              message: null,
            }
            deps.log?.(
              `database restored from ${backupFile}; the one it replaced is kept at ${result.replacedKeptAt ?? '(none)'}`,
            )
          })
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error)
          lastRestore = {
            at: at.toISOString(),
            ok: false,
            from: backupFile,
            replacedKeptAt: null,
            message,
          }
          deps.log?.(`restore from ${backupFile} failed: ${message}`)
        }
      }
      swapping = run().finally(() => {
        swapping = null
      })
      return { scheduled: true, from: backupFile, rowCounts: inspected.rowCounts }
    },

    pending: () => swapping,
  }
}
