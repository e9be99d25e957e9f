import type { LeaderDetail, Input } from '@shared/contract'
import type { Trx, Db, CallContext } from '../core/context'
import { referenceChange } from '../reference/namedList'
import { DomainError } from '../core/domainError'

export interface LeaderFields {
  name: string
  title?: string | undefined
  /** 分管领域: category ids. */
  areaIds?: number[] | undefined
  /** 联系乡镇: township codes of the hall's county. */
  townshipCodes?: string[] | undefined
}

/** Leaders with their areas and liaison townships, in the hall's order. */
export async function readLeaders(
  db: Db,
  where: { ids?: number[]; includeInactive?: boolean } = {},
): Promise<LeaderDetail[]> {
  const leaders = await db
    .selectFrom('leader')
    .select(['id', 'name', 'title', 'active'])
    .$if(!where.includeInactive, (q) => q.where('active', '=', 1))
    .$if(where.ids !== undefined, (q) => q.where('id', 'in', where.ids?.length ? where.ids : [-1]))
    .orderBy('sort')
    .orderBy('id')
    .execute()
  if (leaders.length === 0) return []
  const ids = leaders.map((l) => l.id)
  const areas = await db
    .selectFrom('leader_area')
    .innerJoin('category', 'category.id', 'leader_area.category_id')
    .select(['leader_area.leader_id as leaderId', 'category.id as id', 'category.name as name'])
    .where('leader_area.leader_id', 'in', ids)
    .orderBy('category.sort')
    .orderBy('category.id')
    .execute()
  const townships = await db
    .selectFrom('leader_township')
    .innerJoin('township', 'township.code', 'leader_township.township_code')
    .select([
      'leader_township.leader_id as leaderId',
      'township.code as code',
      'township.name as name',
    ])
    .where('leader_township.leader_id', 'in', ids)
    .orderBy('township.sort')
    .orderBy('township.code')
    .execute()
  return leaders.map((l) => ({
    id: l.id,
    name: l.name,
    title: l.title,
    active: l.active === 1,
    areas: areas.filter((a) => a.leaderId === l.id).map((a) => ({ id: a.id, name: a.name })),
    townships: townships
      .filter((t) => t.leaderId === l.id)
      .map((t) => ({ code: t.code, name: t.name })),
  }))
}

async function readLeader(db: Db, id: number): Promise<LeaderDetail> {
  const [leader] = await readLeaders(db, { ids: [id], includeInactive: true })
  if (!leader) throw new DomainError('reference.leaderNotFound', {}, 'not_found')
  return leader
}

/** Active leaders by default: those the day plan may put at a table. */
export async function listLeaders(
  ctx: CallContext,
  input: Input<'leader', 'list'>,
): Promise<LeaderDetail[]> {
  return readLeaders(ctx.db, { includeInactive: input?.includeInactive ?? false })
}

/** Replaces a leader's areas and liaison townships, checking that each one exists. */
async function setLinks(trx: Trx, leaderId: number, fields: LeaderFields): Promise<void> {
  const areaIds = [...new Set(fields.areaIds ?? [])]
  const codes = [...new Set(fields.townshipCodes ?? [])]
  if (areaIds.length > 0) {
    const known = await trx.selectFrom('category').select('id').where('id', 'in', areaIds).execute()
    if (known.length !== areaIds.length) throw new DomainError('reference.unknownCategory')
  }
  if (codes.length > 0) {
    const known = await trx
      .selectFrom('township')
      .select('code')
      .where('code', 'in', codes)
      .where('active', '=', 1)
      .execute()
    const missing = codes.find((c) => !known.some((k) => k.code === c))
    if (missing) throw new DomainError('reference.unknownTownship', { code: missing })
  }
  await trx.deleteFrom('leader_area').where('leader_id', '=', leaderId).execute()
  await trx.deleteFrom('leader_township').where('leader_id', '=', leaderId).execute()
  if (areaIds.length > 0)
    await trx
      .insertInto('leader_area')
      .values(areaIds.map((category_id) => ({ leader_id: leaderId, category_id })))
      .execute()
  if (codes.length > 0)
    await trx
      .insertInto('leader_township')
      .values(codes.map((township_code) => ({ leader_id: leaderId, township_code })))
      .execute()
}

/** Inserts a leader (with areas and townships) inside the caller's transaction. */
export async function insertLeader(trx: Trx, at: string, fields: LeaderFields): Promise<number> {
  const last = await trx
    .selectFrom('leader')
    .select((eb) => eb.fn.max('sort').as('max'))
    .executeTakeFirst()
  const { id } = await trx
    .insertInto('leader')
    .values({
      name: fields.name,
      title: fields.title ?? '',
      sort: Number(last?.max ?? 0) + 10,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await setLinks(trx, id, fields)
  return id
}

export const createLeader = (
  ctx: CallContext,
  input: Input<'leader', 'create'>,
): Promise<LeaderDetail> =>
  referenceChange(ctx, 'leader', 'create', async (trx, at) => ({
    after: await readLeader(trx, await insertLeader(trx, at, input)),
  }))

/** Replaces a leader's name, title, areas and liaison townships. */
export const updateLeader = (
  ctx: CallContext,
  input: Input<'leader', 'update'>,
): Promise<LeaderDetail> =>
  referenceChange(ctx, 'leader', 'update', async (trx) => {
    const before = await readLeader(trx, input.id)
    await trx
      .updateTable('leader')
      .set({ name: input.name, title: input.title ?? '' })
      .where('id', '=', input.id)
      .execute()
    await setLinks(trx, input.id, input)
    return { before, after: await readLeader(trx, input.id) }
  })

/** Leaders are never deleted (days and cases refer to them); inactive ones are not planned. */
export const setLeaderActive = (
  ctx: CallContext,
  input: Input<'leader', 'setActive'>,
): Promise<LeaderDetail> =>
  referenceChange(ctx, 'leader', input.active ? 'activate' : 'deactivate', async (trx) => {
    const before = await readLeader(trx, input.id)
    await trx
      .updateTable('leader')
      .set({ active: input.active ? 1 : 0 })
      .where('id', '=', input.id)
      .execute()
    return { before, after: await readLeader(trx, input.id) }
  })
