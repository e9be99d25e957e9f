import type { CategoryView, Input } from '@shared/contract'
import { appendAudit } from '../core/audit'
import { writeAction, type Trx, type CallContext } from '../core/context'
import { DomainError } from '../core/domainError'

const toView = (row: { id: number; name: string; sort: number; active: number }): CategoryView => ({
  id: row.id,
  name: row.name,
  sort: row.sort,
  active: row.active === 1,
})

/** Categories in their sort order; inactive ones only when asked (the settings page). */
export async function listCategories(
  ctx: CallContext,
  input: Input<'reference', 'categories'>,
): Promise<CategoryView[]> {
  const rows = await ctx.db
    .selectFrom('category')
    .select(['id', 'name', 'sort', 'active'])
    .$if(!input?.includeInactive, (q) => q.where('active', '=', 1))
    .orderBy('sort')
    .orderBy('id')
    .execute()
  return rows.map(toView)
}

async function readCategory(trx: Trx, id: number) {
  const row = await trx
    .selectFrom('category')
    .select(['id', 'name', 'sort', 'active'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw new DomainError('reference.categoryNotFound', {}, 'not_found')
  return row
}

async function assertNameFree(trx: Trx, name: string, exceptId?: number) {
  const clash = await trx
    .selectFrom('category')
    .select('id')
    .where('name', '=', name)
    .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId ?? 0))
    .executeTakeFirst()
  if (clash) throw new DomainError('reference.categoryExists', { name }, 'conflict')
}

/** A new category, placed after the others. */
export async function createCategory(
  ctx: CallContext,
  input: Input<'reference', 'createCategory'>,
): Promise<CategoryView> {
  return writeAction(ctx, async ({ trx, at, emit }) => {
    await assertNameFree(trx, input.name)
    const last = await trx
      .selectFrom('category')
      .select((eb) => eb.fn.max('sort').as('max'))
      .executeTakeFirst()
    const row = await trx
      .insertInto('category')
      .values({ name: input.name, sort: Number(last?.max ?? 0) + 10 })
      .returning(['id', 'name', 'sort', 'active'])
      .executeTakeFirstOrThrow()
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'category.create',
      entity: 'category',
      entityId: row.id,
      after: row,
    })
    emit({ topic: 'reference', dayId: null, tableNos: [] })
    return toView(row)
  })
}

/** Renames a category; earlier cases keep pointing at it and show the new name. */
export async function renameCategory(
  ctx: CallContext,
  input: Input<'reference', 'renameCategory'>,
): Promise<CategoryView> {
  return writeAction(ctx, async ({ trx, at, emit }) => {
    const before = await readCategory(trx, input.id)
    await assertNameFree(trx, input.name, input.id)
    const row = await trx
      .updateTable('category')
      .set({ name: input.name })
      .where('id', '=', input.id)
      .returning(['id', 'name', 'sort', 'active'])
      .executeTakeFirstOrThrow()
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'category.rename',
      entity: 'category',
      entityId: row.id,
      before,
      after: row,
    })
    emit({ topic: 'reference', dayId: null, tableNos: [] })
    return toView(row)
  })
}

/** Categories are never deleted (history refers to them); a deactivated one is not offered. */
export async function setCategoryActive(
  ctx: CallContext,
  input: Input<'reference', 'setCategoryActive'>,
): Promise<CategoryView> {
  return writeAction(ctx, async ({ trx, at, emit }) => {
    const before = await readCategory(trx, input.id)
    const row = await trx
      .updateTable('category')
      .set({ active: input.active ? 1 : 0 })
      .where('id', '=', input.id)
      .returning(['id', 'name', 'sort', 'active'])
      .executeTakeFirstOrThrow()
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: input.active ? 'category.activate' : 'category.deactivate',
      entity: 'category',
      entityId: row.id,
      before,
      after: row,
    })
    emit({ topic: 'reference', dayId: null, tableNos: [] })
    return toView(row)
  })
}
