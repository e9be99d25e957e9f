import { z } from 'zod'
import { TallyDetailRow, TallyView } from '@shared/contract/tally'
import type { Trx, Db } from '../core/context'
import type { TallyCore } from './computeTally'

/** What closing a day freezes: its figures and the per-batch rows the exports list. */
export interface FrozenTally {
  tally: TallyCore
  rows: TallyDetailRow[]
}

const StoredTally = TallyView.omit({ summary: true })
const StoredRows = z.array(TallyDetailRow)

export async function readSnapshot(db: Db, dayId: number): Promise<FrozenTally | null> {
  const row = await db
    .selectFrom('day_tally')
    .select(['tally_json', 'rows_json'])
    .where('day_id', '=', dayId)
    .executeTakeFirst()
  if (!row) return null
  return {
    tally: { ...StoredTally.parse(JSON.parse(row.tally_json)), frozen: true },
    rows: StoredRows.parse(JSON.parse(row.rows_json)),
  }
}

export async function writeSnapshot(trx: Trx, frozen: FrozenTally, actor: string): Promise<void> {
  await trx
    .insertInto('day_tally')
    .values({
      day_id: frozen.tally.dayId,
      computed_at: frozen.tally.computedAt,
      time_zone: frozen.tally.timeZone,
      tally_json: JSON.stringify(frozen.tally),
      rows_json: JSON.stringify(frozen.rows),
      closed_by: actor,
    })
    .execute()
}
