import { sql } from 'kysely'
import type { Trx } from '../core/context'
import { dialectOf } from '../core/dialect'
import { indexSummaryPostgres } from '../../store/postgresSearch'
import { summaryGrams } from './grams'

/**
 * Keeps the short-term index in step with a batch's summary (the trigram one has triggers).
 * `isNew`: the batch was inserted in this transaction, so it has no grams to replace yet.
 */
export async function indexSummary(
  trx: Trx,
  batchId: number,
  summary: string,
  isNew = false,
): Promise<void> {
  if (dialectOf(trx) === 'postgres')
    return indexSummaryPostgres(trx, batchId, summaryGrams(summary))
  if (!isNew) await sql`delete from batch_summary_grams where rowid = ${batchId}`.execute(trx)
  await sql`insert into batch_summary_grams (rowid, grams) values (${batchId}, ${summaryGrams(summary)})`.execute(
    trx,
  )
}
