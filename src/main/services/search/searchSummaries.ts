import { sql } from 'kysely'
import type { ServiceContext, Trx } from '../context'

type Reader = ServiceContext['db'] | Trx

const TRIGRAM_MIN = 3

const phrase = (word: string) => `"${word.replace(/"/g, '""')}"`

/**
 * Batches whose summary contains every word of `query`, newest first. Words of 3+
 * characters use the trigram index; shorter ones the gram index. Never a LIKE scan.
 */
export async function searchSummaries(db: Reader, query: string, limit = 50): Promise<number[]> {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean)
  if (words.length === 0) return []
  const long = words.filter((w) => [...w].length >= TRIGRAM_MIN)
  const short = words.filter((w) => [...w].length < TRIGRAM_MIN)

  let q = db.selectFrom('batch').select('batch.id')
  if (long.length)
    q = q.where(
      'batch.id',
      'in',
      db
        .selectFrom('batch_summary_fts')
        .select('rowid')
        .where(sql<boolean>`batch_summary_fts match ${long.map(phrase).join(' AND ')}`),
    )
  if (short.length)
    q = q.where(
      'batch.id',
      'in',
      db
        .selectFrom('batch_summary_grams')
        .select('rowid')
        .where(sql<boolean>`batch_summary_grams match ${short.map(phrase).join(' AND ')}`),
    )
  const rows = await q.orderBy('batch.id', 'desc').limit(limit).execute()
  return rows.map((r) => r.id)
}
