import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely'

/**
 * The id column of a table in a migration written once for both databases (./shared.ts):
 * SQLite's `integer primary key autoincrement` (ids never reused, as in the landed migrations),
 * PostgreSQL's identity column (what its baseline uses). Kysely's `autoIncrement()` alone writes
 * `auto_increment` on PostgreSQL, which it refuses.
 */
export const idColumn =
  (db: Kysely<unknown>) =>
  (column: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    db.getExecutor().adapter instanceof PostgresAdapter
      ? column.primaryKey().generatedByDefaultAsIdentity()
      : column.primaryKey().autoIncrement()
