import type BetterSqlite3 from 'better-sqlite3'

export const BUSY_TIMEOUT_MS = 5000

/**
 * Durability settings applied on every open: better-sqlite3 reopens an existing WAL
 * database at synchronous=NORMAL, which can lose acknowledged commits on power loss.
 */
export function applyDurablePragmas(sqlite: BetterSqlite3.Database): void {
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
}

export interface PragmaReadback {
  journalMode: string
  synchronous: number
  foreignKeys: number
  busyTimeout: number
}

export function readPragmas(sqlite: BetterSqlite3.Database): PragmaReadback {
  return {
    journalMode: String(sqlite.pragma('journal_mode', { simple: true })),
    synchronous: Number(sqlite.pragma('synchronous', { simple: true })),
    foreignKeys: Number(sqlite.pragma('foreign_keys', { simple: true })),
    busyTimeout: Number(sqlite.pragma('busy_timeout', { simple: true })),
  }
}
