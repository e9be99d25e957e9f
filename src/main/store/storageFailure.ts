/** What went wrong with the disk or the database file, as the hall is told (i18n keys). */
export type StorageFailure =
  | 'errors.storage.full'
  | 'errors.storage.io'
  | 'errors.storage.readOnly'
  | 'errors.storage.busy'
  | 'errors.storage.corrupt'

const byPrefix: [prefix: string, failure: StorageFailure][] = [
  ['SQLITE_FULL', 'errors.storage.full'],
  ['SQLITE_IOERR', 'errors.storage.io'],
  ['SQLITE_CANTOPEN', 'errors.storage.io'],
  ['SQLITE_READONLY', 'errors.storage.readOnly'],
  // busy_timeout (pragmas.ts) has already waited: a BUSY that reaches us is final.
  ['SQLITE_BUSY', 'errors.storage.busy'],
  ['SQLITE_LOCKED', 'errors.storage.busy'],
  ['SQLITE_CORRUPT', 'errors.storage.corrupt'],
  ['SQLITE_NOTADB', 'errors.storage.corrupt'],
]

/** The SQLite result code of an error from better-sqlite3 (SqliteError), if it is one. */
export function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined
}

/**
 * Classifies an error thrown by the store: a storage failure (disk full, I/O error, read-only
 * file, locked, damaged) or undefined for anything else (constraints, bugs).
 */
export function storageFailureOf(error: unknown): StorageFailure | undefined {
  const code = sqliteCode(error)
  if (!code) return undefined
  return byPrefix.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`))?.[1]
}
