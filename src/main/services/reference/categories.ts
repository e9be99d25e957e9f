import type { CategoryView, Input } from '@shared/contract'
import type { CallContext } from '../core/context'
import { createNamed, renameNamed, setNamedActive, type NamedList } from './namedList'

const toView = (row: { id: number; name: string; sort: number; active: number }): CategoryView => ({
  id: row.id,
  name: row.name,
  sort: row.sort,
  active: row.active === 1,
})

const categories: NamedList<
  { id: number; name: string; sort: number; active: number },
  CategoryView
> = {
  table: 'category',
  notFound: 'reference.categoryNotFound',
  exists: 'reference.categoryExists',
  toView,
  // A new category is placed after the others.
  newColumns: async (trx) => {
    const last = await trx
      .selectFrom('category')
      .select((eb) => eb.fn.max('sort').as('max'))
      .executeTakeFirst()
    return { sort: Number(last?.max ?? 0) + 10 }
  },
}

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

/** A new category, placed after the others. */
export const createCategory = (
  ctx: CallContext,
  input: Input<'reference', 'createCategory'>,
): Promise<CategoryView> => createNamed(ctx, categories, input.name)

/** Renames a category; earlier cases keep pointing at it and show the new name. */
export const renameCategory = (
  ctx: CallContext,
  input: Input<'reference', 'renameCategory'>,
): Promise<CategoryView> => renameNamed(ctx, categories, input.id, input.name)

/** Categories are never deleted (history refers to them); a deactivated one is not offered. */
export const setCategoryActive = (
  ctx: CallContext,
  input: Input<'reference', 'setCategoryActive'>,
): Promise<CategoryView> => setNamedActive(ctx, categories, input.id, input.active)
