import { defaultHallSettings, HallSettings, type SettingsView, type Input } from '@shared/contract'
import { findCounty } from '../../divisions/divisions'
import { appendAudit } from '../core/audit'
import { writeAction, type Trx, type Db, type CallContext } from '../core/context'

// Each setting is one row of `setting`: key = the field's name, value = its JSON.
const keys = Object.keys(defaultHallSettings) as (keyof HallSettings)[]

/** The hall's settings with defaults filled in; any service may read them (receipts do). */
export async function readSettings(db: Db): Promise<HallSettings> {
  const rows = await db
    .selectFrom('setting')
    .select(['key', 'value'])
    .where('key', 'in', keys)
    .execute()
  const settings: Record<string, unknown> = { ...defaultHallSettings }
  for (const row of rows) {
    // A stored value that no longer fits its field (an old or hand-edited row) is not used.
    const parsed = HallSettings.shape[row.key as keyof HallSettings].safeParse(
      JSON.parse(row.value),
    )
    if (parsed.success) settings[row.key] = parsed.data
  }
  return settings as HallSettings
}

/** Writes settings inside the caller's transaction. */
export async function writeSettings(trx: Trx, values: Partial<HallSettings>): Promise<void> {
  for (const key of keys) {
    const value = values[key]
    if (value === undefined) continue
    await trx
      .insertInto('setting')
      .values({ key, value: JSON.stringify(value) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
      .execute()
  }
}

const withCounty = (settings: HallSettings): SettingsView => ({
  ...settings,
  county: (settings.countyCode && findCounty(settings.countyCode)) || null,
})

export async function getSettings(ctx: CallContext): Promise<SettingsView> {
  return withCounty(await readSettings(ctx.db))
}

/** Replaces the hall's name, phone and clerk (empty clears); the county is set by importing it. */
export async function updateSettings(
  ctx: CallContext,
  input: Input<'reference', 'updateSettings'>,
): Promise<SettingsView> {
  return writeAction(ctx, async ({ trx, at, emit }) => {
    const before = await readSettings(trx)
    const changes = {
      hallName: input.hallName ?? '',
      hallPhone: input.hallPhone ?? '',
      clerkName: input.clerkName ?? '',
      issuingBody: input.issuingBody ?? before.issuingBody,
    }
    await writeSettings(trx, changes)
    const after = { ...before, ...changes }
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'settings.update',
      entity: 'setting',
      entityId: null,
      before,
      after,
    })
    emit({ topic: 'reference', dayId: null, tableNos: [] })
    return withCounty(after)
  })
}
