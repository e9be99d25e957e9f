import type BetterSqlite3 from 'better-sqlite3'
import type { SqliteDatabase, SqliteStatement } from 'kysely'

const DEFAULT_CAPACITY = 500

const alreadyRolledBack = {
  reader: false,
  all: () => [],
  iterate: () => [][Symbol.iterator](),
  run: () => ({ changes: 0, lastInsertRowid: 0 }),
} as unknown as SqliteStatement

/**
 * Kysely's SQLite driver prepares every query anew; on the per-keystroke repeat check and
 * the registration path that cost dominates. This hands Kysely the same prepared statement
 * for the same SQL text (least recently used ones are dropped past `capacity`). Safe
 * because Kysely runs one query at a time on its single connection.
 */
export function withStatementCache(
  sqlite: BetterSqlite3.Database,
  capacity = DEFAULT_CAPACITY,
): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>()
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      // SQLite rolls a transaction back itself on some errors (SQLITE_FULL, SQLITE_IOERR,
      // SQLITE_BUSY …); Kysely's ROLLBACK would then fail and its error ("no transaction is
      // active") would replace the one that says what happened.
      if (sql === 'rollback' && !sqlite.inTransaction) return alreadyRolledBack
      let statement = cache.get(sql)
      if (statement) {
        cache.delete(sql)
      } else {
        statement = sqlite.prepare(sql)
        if (cache.size >= capacity) cache.delete(cache.keys().next().value as string)
      }
      cache.set(sql, statement)
      return statement as unknown as SqliteStatement
    },
  }
}
