import { appendAudit } from '../core/audit'
import { writeAction, type Trx, type CallContext } from '../core/context'
import { DomainError } from '../core/domainError'

/** The reference lists that are a name with an active flag (a category also has its sort). */
export type NamedTable = 'category' | 'department'

/** A row of a named list: the whole table row, so the audit entry keeps every column. */
export interface NamedRow {
  id: number
  name: string
  active: number
}

export interface NamedList<Row extends NamedRow, View> {
  /** The table; also the audit entity and the prefix of its audit actions (`category.create`). */
  table: NamedTable
  notFound: string
  exists: string
  toView: (row: Row) => View
  /** Columns a new row needs besides its name (a category's place after the others). */
  newColumns?: (trx: Trx) => Promise<Record<string, number>>
}

// Both tables share id, name and active; Kysely cannot type a column set over a union of
// tables, so the queries name one of them and the row type comes from the list.
const tableOf = (list: { table: NamedTable }) => list.table as 'department'

async function readRow<Row extends NamedRow>(trx: Trx, list: NamedList<Row, unknown>, id: number) {
  const row = await trx
    .selectFrom(tableOf(list))
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw new DomainError(list.notFound, {}, 'not_found')
  return row as Row
}

async function assertNameFree(
  trx: Trx,
  list: Pick<NamedList<NamedRow, unknown>, 'table' | 'exists'>,
  name: string,
  exceptId?: number,
) {
  const clash = await trx
    .selectFrom(tableOf(list))
    .select('id')
    .where('name', '=', name)
    .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId ?? 0))
    .executeTakeFirst()
  if (clash) throw new DomainError(list.exists, { name }, 'conflict')
}

/**
 * One write to the hall's reference data (a named list, or a leader with its links): the change,
 * its audit entry (`<entity>.<action>`, before and after), the `reference` event every screen
 * refreshes its lists on, in one transaction.
 */
export function referenceChange<Row extends { id: number }>(
  ctx: CallContext,
  entity: NamedTable | 'leader',
  action: string,
  write: (trx: Trx, at: string) => Promise<{ before?: Row; after: Row }>,
): Promise<Row> {
  return writeAction(ctx, async ({ trx, at, emit }) => {
    const { before, after } = await write(trx, at)
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: `${entity}.${action}`,
      entity,
      entityId: after.id,
      ...(before ? { before } : {}),
      after,
    })
    emit({ topic: 'reference', dayId: null, tableNos: [] })
    return after
  })
}

/** One write to a named list, as a reference change, answered with the list's view. */
const change = async <Row extends NamedRow, View>(
  ctx: CallContext,
  list: NamedList<Row, View>,
  action: string,
  write: (trx: Trx) => Promise<{ before?: Row; after: Row }>,
): Promise<View> => list.toView(await referenceChange(ctx, list.table, action, write))

async function update<Row extends NamedRow>(
  trx: Trx,
  list: NamedList<Row, unknown>,
  id: number,
  set: { name: string } | { active: number },
) {
  const row = await trx
    .updateTable(tableOf(list))
    .set(set)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
  return row as Row
}

/** A new entry under a name no other entry has. */
export const createNamed = <Row extends NamedRow, View>(
  ctx: CallContext,
  list: NamedList<Row, View>,
  name: string,
) =>
  change(ctx, list, 'create', async (trx) => {
    await assertNameFree(trx, list, name)
    const row = await trx
      .insertInto(tableOf(list))
      .values({ name, ...(await list.newColumns?.(trx)) })
      .returningAll()
      .executeTakeFirstOrThrow()
    return { after: row as Row }
  })

/** A new name for an entry; what refers to it follows the row. */
export const renameNamed = <Row extends NamedRow, View>(
  ctx: CallContext,
  list: NamedList<Row, View>,
  id: number,
  name: string,
) =>
  change(ctx, list, 'rename', async (trx) => {
    const before = await readRow(trx, list, id)
    await assertNameFree(trx, list, name, id)
    return { before, after: await update(trx, list, id, { name }) }
  })

/** Entries are never deleted (history refers to them); an inactive one is not offered. */
export const setNamedActive = <Row extends NamedRow, View>(
  ctx: CallContext,
  list: NamedList<Row, View>,
  id: number,
  active: boolean,
) =>
  change(ctx, list, active ? 'activate' : 'deactivate', async (trx) => {
    const before = await readRow(trx, list, id)
    return { before, after: await update(trx, list, id, { active: active ? 1 : 0 }) }
  })
