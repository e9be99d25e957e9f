import type BetterSqlite3 from 'better-sqlite3'

// The clean-shutdown marker (migration 0009): cleared at every open, set at a graceful close.
// checkBeforeWriting reads it to choose between the quick and the full check.

/** Clears the marker: a committed write, so a database that takes no writes is refused now. */
export function markOpened(sqlite: BetterSqlite3.Database, at: Date): void {
  sqlite
    .prepare(
      `insert into store_state (id, clean_shutdown, opened_at) values (1, 0, ?)
         on conflict (id) do update set clean_shutdown = 0, opened_at = excluded.opened_at`,
    )
    .run(at.toISOString())
}

/** Sets the marker, as the last write before the file is closed. */
export function markClosedCleanly(sqlite: BetterSqlite3.Database, at: Date): void {
  sqlite
    .prepare('update store_state set clean_shutdown = 1, closed_at = ? where id = 1')
    .run(at.toISOString())
}
