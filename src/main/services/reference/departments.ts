import type { DepartmentView, Input } from '@shared/contract'
import { appendAudit } from '../core/audit'
import { writeAction, type Trx, type CallContext } from '../core/context'
import { DomainError } from '../core/domainError'

const toView = (row: { id: number; name: string; active: number }): DepartmentView => ({
  id: row.id,
  name: row.name,
  active: row.active === 1,
})

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

async function readDepartment(trx: Trx, id: number) {
  const row = await trx
    .selectFrom('department')
    .select(['id', 'name', 'active'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw new DomainError('reference.departmentNotFound', {}, 'not_found')
  return row
}

async function assertNameFree(trx: Trx, name: string, exceptId?: number) {
  const clash = await trx
    .selectFrom('department')
    .select('id')
    .where('name', '=', name)
    .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId ?? 0))
    .executeTakeFirst()
  if (clash) throw new DomainError('reference.departmentExists', { name }, 'conflict')
}

export async function createDepartment(
  ctx: CallContext,
  input: Input<'reference', 'createDepartment'>,
): Promise<DepartmentView> {
  return writeAction(ctx, async ({ trx, at, emit }) => {
    await assertNameFree(trx, input.name)
    const row = await trx
      .insertInto('department')
      .values({ name: input.name })
      .returning(['id', 'name', 'active'])
      .executeTakeFirstOrThrow()
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'department.create',
      entity: 'department',
      entityId: row.id,
      after: row,
    })
    emit({ topic: 'reference', dayId: null, tableNos: [] })
    return toView(row)
  })
}

/** Renames a department (机构改革 renames them often); assigned cases follow the row. */
export async function renameDepartment(
  ctx: CallContext,
  input: Input<'reference', 'renameDepartment'>,
): Promise<DepartmentView> {
  return writeAction(ctx, async ({ trx, at, emit }) => {
    const before = await readDepartment(trx, input.id)
    await assertNameFree(trx, input.name, input.id)
    const row = await trx
      .updateTable('department')
      .set({ name: input.name })
      .where('id', '=', input.id)
      .returning(['id', 'name', 'active'])
      .executeTakeFirstOrThrow()
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'department.rename',
      entity: 'department',
      entityId: row.id,
      before,
      after: row,
    })
    emit({ topic: 'reference', dayId: null, tableNos: [] })
    return toView(row)
  })
}

/** Departments are never deleted (cases were assigned to them); inactive ones are not offered. */
export async function setDepartmentActive(
  ctx: CallContext,
  input: Input<'reference', 'setDepartmentActive'>,
): Promise<DepartmentView> {
  return writeAction(ctx, async ({ trx, at, emit }) => {
    const before = await readDepartment(trx, input.id)
    const row = await trx
      .updateTable('department')
      .set({ active: input.active ? 1 : 0 })
      .where('id', '=', input.id)
      .returning(['id', 'name', 'active'])
      .executeTakeFirstOrThrow()
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: input.active ? 'department.activate' : 'department.deactivate',
      entity: 'department',
      entityId: row.id,
      before,
      after: row,
    })
    emit({ topic: 'reference', dayId: null, tableNos: [] })
    return toView(row)
  })
}
