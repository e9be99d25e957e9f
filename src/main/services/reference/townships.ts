import type { CountyView, TownshipImportResult, TownshipView, Input } from '@shared/contract'
import { findCounty, searchCounties, townshipsOf } from '../../divisions/divisions'
import { appendAudit } from '../core/audit'
import { writeAction, type Trx, type CallContext } from '../core/context'
import { DomainError } from '../core/domainError'
import { readSettings, writeSettings } from './settings'

/** Counties whose name contains the query (浦江 → 浙江省金华市浦江县), best matches first. */
export function findCounties(query: string): CountyView[] {
  return searchCounties(query, 20)
}

/** The townships of a county (by default the hall's), in the division data's order. */
export async function listTownships(
  ctx: CallContext,
  input: Input<'reference', 'townships'>,
): Promise<TownshipView[]> {
  const county = input?.countyCode ?? (await readSettings(ctx.db)).countyCode
  if (!county) return []
  return ctx.db
    .selectFrom('township')
    .select(['code', 'name'])
    .where('county_code', '=', county)
    .where('active', '=', 1)
    .orderBy('sort')
    .orderBy('code')
    .execute()
}

/** Township codes that recorded history points at: such rows are never deleted. */
async function referencedCodes(trx: Trx, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set()
  const rows = await trx
    .selectFrom('batch')
    .select('township_code as code')
    .where('township_code', 'in', codes)
    .union(
      trx
        .selectFrom('petition_case')
        .select('township_code as code')
        .where('township_code', 'in', codes),
    )
    .union(
      trx.selectFrom('person').select('township_code as code').where('township_code', 'in', codes),
    )
    .execute()
  return new Set(rows.map((r) => r.code).filter((c): c is string => c !== null))
}

/**
 * Makes `county` the hall's county and its townships the table's, inside the caller's
 * transaction: the division data's rows are inserted or renamed; rows no longer in it, and
 * rows of a county served before, are deleted unless batches, cases or persons refer to
 * them (those stay for the history, inactive: no longer offered); liaison links are kept
 * only for the townships of the hall's county.
 */
export async function replaceTownships(
  trx: Trx,
  county: CountyView,
): Promise<Omit<TownshipImportResult, 'county'>> {
  const townships = townshipsOf(county.code)
  if (townships.length === 0)
    throw new DomainError('reference.countyWithoutTownships', { county: county.name }, 'not_found')
  const current = new Set(townships.map((t) => t.code))

  const stale = await trx
    .selectFrom('township')
    .select(['code', 'name', 'county_code'])
    .where('code', 'not in', [...current])
    .execute()
  const staleCodes = stale.map((s) => s.code)
  if (staleCodes.length > 0)
    await trx.deleteFrom('leader_township').where('township_code', 'in', staleCodes).execute()
  const referenced = await referencedCodes(trx, staleCodes)
  const removable = staleCodes.filter((code) => !referenced.has(code))
  if (removable.length > 0)
    await trx.deleteFrom('township').where('code', 'in', removable).execute()
  const retained = staleCodes.filter((code) => referenced.has(code))
  if (retained.length > 0)
    await trx.updateTable('township').set({ active: 0 }).where('code', 'in', retained).execute()

  for (const [index, town] of townships.entries())
    await trx
      .insertInto('township')
      .values({ code: town.code, name: town.name, county_code: county.code, sort: index + 1 })
      .onConflict((oc) =>
        oc
          .column('code')
          .doUpdateSet({ name: town.name, county_code: county.code, sort: index + 1, active: 1 }),
      )
      .execute()
  await writeSettings(trx, { countyCode: county.code })

  const kept = stale
    .filter((s) => referenced.has(s.code) && s.county_code === county.code)
    .map((s) => ({ code: s.code, name: s.name }))
  return { townships, kept }
}

/** Chooses the hall's county and imports its townships from the division data. */
export async function importTownships(
  ctx: CallContext,
  input: Input<'reference', 'importTownships'>,
): Promise<TownshipImportResult> {
  const county = findCounty(input.countyCode)
  if (!county)
    throw new DomainError('reference.unknownCounty', { code: input.countyCode }, 'not_found')
  return writeAction(ctx, async ({ trx, at, emit }) => {
    const before = await readSettings(trx)
    const result = await replaceTownships(trx, county)
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'township.import',
      entity: 'township',
      entityId: null,
      before: { countyCode: before.countyCode },
      after: { countyCode: county.code, townships: result.townships.length, kept: result.kept },
    })
    emit({ topic: 'reference', dayId: null, tableNos: [] })
    return { county, ...result }
  })
}
