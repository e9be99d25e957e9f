import type { DepartmentView, Input } from '@shared/contract'
import type { CallContext } from '../core/context'
import {
  createNamed,
  renameNamed,
  setNamedActive,
  type NamedList,
  type NamedRow,
} from './namedList'

const toView = (row: NamedRow): DepartmentView => ({
  id: row.id,
  name: row.name,
  active: row.active === 1,
})

const departments: NamedList<NamedRow, DepartmentView> = {
  table: 'department',
  notFound: 'reference.departmentNotFound',
  exists: 'reference.departmentExists',
  toView,
}

/** Departments (责任单位) in the order they were entered; inactive ones only when asked. */
export async function listDepartments(
  ctx: CallContext,
  input: Input<'reference', 'departments'>,
): Promise<DepartmentView[]> {
  const rows = await ctx.db
    .selectFrom('department')
    .select(['id', 'name', 'active'])
    .$if(!input?.includeInactive, (q) => q.where('active', '=', 1))
    .orderBy('id')
    .execute()
  return rows.map(toView)
}

export const createDepartment = (
  ctx: CallContext,
  input: Input<'reference', 'createDepartment'>,
): Promise<DepartmentView> => createNamed(ctx, departments, input.name)

/** Renames a department (机构改革 renames them often); assigned cases follow the row. */
export const renameDepartment = (
  ctx: CallContext,
  input: Input<'reference', 'renameDepartment'>,
): Promise<DepartmentView> => renameNamed(ctx, departments, input.id, input.name)

/** Departments are never deleted (cases were assigned to them); inactive ones are not offered. */
export const setDepartmentActive = (
  ctx: CallContext,
  input: Input<'reference', 'setDepartmentActive'>,
): Promise<DepartmentView> => setNamedActive(ctx, departments, input.id, input.active)
