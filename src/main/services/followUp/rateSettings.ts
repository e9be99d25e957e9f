import { RateSettings, defaultRateSettings, type Input } from '@shared/contract'
import { appendAudit } from '../core/audit'
import { writeAction, type CallContext, type Db, type Trx } from '../core/context'

// w and the composite's weights are local policy (DESIGN.md "The three rates"): one setting row.
const KEY = 'followUp.rateSettings'

export async function readRateSettings(db: Db | Trx): Promise<RateSettings> {
  const row = await db
    .selectFrom('setting')
    .select('value')
    .where('key', '=', KEY)
    .executeTakeFirst()
  if (!row) return defaultRateSettings
  const parsed = RateSettings.safeParse(JSON.parse(row.value))
  return parsed.success ? parsed.data : defaultRateSettings
}

export const rateSettings = (ctx: CallContext) => readRateSettings(ctx.db)

/** Replaces w and the weights (audit-logged); frozen months keep the ones they were closed with. */
export async function setRateSettings(
  ctx: CallContext,
  input: Input<'followUp', 'setRateSettings'>,
): Promise<RateSettings> {
  return writeAction(ctx, async ({ trx, at, emit }) => {
    const before = await readRateSettings(trx)
    const value = JSON.stringify(input)
    await trx
      .insertInto('setting')
      .values({ key: KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute()
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'followUp.setRateSettings',
      entity: 'setting',
      entityId: null,
      before,
      after: input,
    })
    emit({ topic: 'reference', dayId: null, tableNos: [] })
    return input
  })
}
