import { sql, type RawBuilder } from 'kysely'

/**
 * A query's `limit`, written into the SQL text (`limit 10`) rather than bound (`limit ?`):
 * SQLite plans a bound limit in a subquery or a join much worse. The repeat check's capped
 * candidates ran at ~96 µs with `limit ?` against ~32 µs with `limit 10`, the earlier visits
 * at ~214 µs against ~85 µs (bench/README.md, figure 2). Only a whole number gets here (a
 * constant, or a page size zod made an integer), so the text cannot carry SQL; the check makes
 * that a fact, not a hope. eslint.config.js requires it for every `.limit(…)` of the services.
 */
export function rowLimit(n: number): RawBuilder<number> {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a row limit: ${n}`)
  return sql.lit(n)
}
