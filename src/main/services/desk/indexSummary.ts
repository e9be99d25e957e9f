import { sql } from 'kysely'
import type { Trx } from '../core/context'
import { dialectOf } from '../core/dialect'
import { indexSummaryPostgres } from '../../store/postgresSearch'
import { summaryGrams } from './grams'

/** Keeps the short-term index in step with a batch's summary (the trigram one has triggers). */
export async function indexSummary(trx: Trx, batchId: number, summary: string): Promise<void> {
  if (dialectOf(trx) === 'postgres')
    return indexSummaryPostgres(trx, batchId, summaryGrams(summary))
  await sql`delete from batch_summary_grams where rowid = ${batchId}`.execute(trx)
  await sql`insert into batch_summary_grams (rowid, grams) values (${batchId}, ${summaryGrams(summary)})`.execute(
    trx,
  )
}
