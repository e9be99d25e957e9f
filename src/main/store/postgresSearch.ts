import { sql, type Kysely } from 'kysely'
import { CUSTOM_PLAN } from './namedStatements'
import type { Database } from './schema'

// The summary search on PostgreSQL (its baseline migration: a pg_trgm GIN index on
// batch.summary, the grams of 1–2 character terms as an array under a GIN index). Same answers
// as SQLite's FTS5 tables (desk/searchSummaries.ts): every word a substring of the summary,
// case-insensitive, newest first.

type Reader = Kysely<Database>

/** Keeps a batch's short-term grams (desk/grams.ts, split on the spaces) in step. */
export async function indexSummaryPostgres(
  trx: Reader,
  batchId: number,
  grams: string,
): Promise<void> {
  const list = grams.split(' ').filter(Boolean)
  await sql`insert into batch_summary_grams (batch_id, grams) values (${batchId}, ${list}::text[])
    on conflict (batch_id) do update set grams = excluded.grams`.execute(trx)
}

/**
 * Whether a word has letters with case. A Chinese phrase has none, and for it `like` answers as
 * `ilike` does at half the cost: ILIKE folds the case of every summary it rechecks (村务公开, ~3,000
 * hits in the bench history: 9.7 ms against 6.1 ms).
 */
const hasCase = (word: string) => word.toLowerCase() !== word.toUpperCase()

/**
 * `long`: words of 3+ characters (`ilike '%word%'`, `like` for a word without case; both served
 * by the trigram index); `short`: 1–2 character words (`grams @> array[…]`, served by the gram
 * index). Words hold letters and digits only (the caller strips the rest), so no LIKE wildcard
 * can come from the query.
 */
export async function searchSummariesPostgres(
  db: Reader,
  long: string[],
  short: string[],
  limit: number,
): Promise<number[]> {
  const shortMatch = sql`(select batch_id from batch_summary_grams where grams @> ${short}::text[])`
  const query =
    long.length > 0
      ? sql<{ id: number }>`${sql.raw(CUSTOM_PLAN)} select id from batch where ${sql.join(
          long.map((w) => sql`summary ${sql.raw(hasCase(w) ? 'ilike' : 'like')} ${`%${w}%`}`),
          sql` and `,
        )} ${short.length > 0 ? sql`and id in ${shortMatch}` : sql``}
        order by id desc limit ${limit}`
      : sql<{ id: number }>`${sql.raw(CUSTOM_PLAN)} select batch_id as id from batch_summary_grams
        where grams @> ${short}::text[] order by batch_id desc limit ${limit}`
  const { rows } = await query.execute(db)
  return rows.map((r) => Number(r.id))
}
