import { sql } from 'kysely'
import type { Db } from '../core/context'
import { dialectOf } from '../core/dialect'
import { searchSummariesPostgres } from '../../store/postgresSearch'
import { rowLimit } from '../core/rowLimit'

const TRIGRAM_MIN = 3

const phrase = (word: string) => `"${word.replace(/"/g, '""')}"`

/**
 * Batches whose summary contains every word of `query`, newest first. Words of 3+
 * characters use the trigram index; shorter ones the gram index. Never a LIKE scan.
 *
 * The FTS5 tables are asked directly, `order by rowid desc limit n`: FTS5 walks its doclists
 * newest first and stops at the limit, so a term found in half the history (要求) costs no
 * more than a rare one. (Filtering `batch.id in (…match…)` instead materialised every hit.)
 * Batch ids are the rowids of both indexes; batches are never deleted.
 */
export async function searchSummaries(db: Db, query: string, limit = 50): Promise<number[]> {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean)
  if (words.length === 0) return []
  const long = words.filter((w) => [...w].length >= TRIGRAM_MIN)
  const short = words.filter((w) => [...w].length < TRIGRAM_MIN)
  if (dialectOf(db) === 'postgres') return searchSummariesPostgres(db, long, short, limit)
  const longMatch = long.map(phrase).join(' AND ')
  const shortMatch = short.map(phrase).join(' AND ')

  const rows =
    long.length > 0
      ? await db
          .selectFrom('batch_summary_fts')
          .select('rowid')
          .where(sql<boolean>`batch_summary_fts match ${longMatch}`)
          .$if(short.length > 0, (q) =>
            q.where(
              'rowid',
              'in',
              db
                .selectFrom('batch_summary_grams')
                .select('rowid')
                .where(sql<boolean>`batch_summary_grams match ${shortMatch}`),
            ),
          )
          .orderBy('rowid', 'desc')
          .limit(rowLimit(limit))
          .execute()
      : await db
          .selectFrom('batch_summary_grams')
          .select('rowid')
          .where(sql<boolean>`batch_summary_grams match ${shortMatch}`)
          .orderBy('rowid', 'desc')
          .limit(rowLimit(limit))
          .execute()
  return rows.map((r) => Number(r.rowid))
}
