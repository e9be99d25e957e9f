import type { Updateable } from 'kysely'
import type { Input, Output } from '@shared/contract'
import { PERSON_ROLES, type PersonRole } from '@shared/contract/people'
import { appendAudit } from '../core/audit'
import { writeAction, type CallContext, type Db } from '../core/context'
import { hallOf } from '../core/hall'
import { DomainError } from '../core/domainError'
import type { HallPersonTable } from '../../store/schema'
import { hashSecret } from './secretHash'

type PersonView = Output<'people', 'list'>[number]
type Row = Omit<HallPersonTable, 'id' | 'secret_hash' | 'failed_tries' | 'active' | 'hall'> & {
  id: number
  active: number
}

export const personColumns = [
  'id',
  'name',
  'roles',
  'secret_kind',
  'locked_until',
  'active',
  'created_at',
] as const

export const rolesOf = (roles: string): PersonRole[] =>
  PERSON_ROLES.filter((r) => roles.split(',').includes(r))

/** A lock that has run out by the hall's clock is no lock. */
const lockOf = (lockedUntil: string | null, now: Date) =>
  lockedUntil !== null && lockedUntil > now.toISOString() ? lockedUntil : null

const view = (row: Row, now: Date): PersonView => ({
  id: row.id,
  name: row.name,
  roles: rolesOf(row.roles),
  secretKind: row.secret_kind,
  active: row.active === 1,
  lockedUntil: lockOf(row.locked_until, now),
  createdAt: row.created_at,
})

export async function listPeople(ctx: CallContext): Promise<PersonView[]> {
  const rows = await ctx.db
    .selectFrom('hall_person')
    .select(personColumns)
    .where('hall', '=', hallOf(ctx))
    .orderBy('id')
    .execute()
  return rows.map((row) => view(row, ctx.now()))
}

const joinRoles = (roles: readonly PersonRole[]) =>
  PERSON_ROLES.filter((r) => roles.includes(r)).join(',')

async function nameTaken(db: Db, hall: string, name: string, id?: number) {
  const row = await db
    .selectFrom('hall_person')
    .select('id')
    .where('hall', '=', hall)
    .where('name', '=', name)
    .executeTakeFirst()
  return row !== undefined && row.id !== id
}

export async function createPerson(
  ctx: CallContext,
  input: Input<'people', 'create'>,
): Promise<PersonView> {
  // Hashed before the transaction: scrypt takes a moment, the database is not held meanwhile.
  const hash = await hashSecret(input.secret)
  return writeAction(ctx, async ({ trx, at }) => {
    if (await nameTaken(trx, hallOf(ctx), input.name))
      throw new DomainError('people.error.nameTaken', { name: input.name }, 'conflict')
    const row = await trx
      .insertInto('hall_person')
      .values({
        hall: hallOf(ctx),
        name: input.name,
        roles: joinRoles(input.roles),
        secret_kind: input.secretKind,
        secret_hash: hash,
        created_at: at,
      })
      .returning(personColumns)
      .executeTakeFirstOrThrow()
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'people.create',
      entity: 'person',
      entityId: row.id,
      after: { name: row.name, roles: row.roles, secretKind: row.secret_kind },
    })
    return view(row, ctx.now())
  })
}

async function changePerson(
  ctx: CallContext,
  id: number,
  action: string,
  change: Updateable<HallPersonTable>,
): Promise<PersonView> {
  return writeAction(ctx, async ({ trx, at }) => {
    const before = await trx
      .selectFrom('hall_person')
      .select(personColumns)
      .where('id', '=', id)
      .where('hall', '=', hallOf(ctx))
      .executeTakeFirst()
    if (!before) throw new DomainError('people.error.notFound', {}, 'not_found')
    const after = await trx
      .updateTable('hall_person')
      .set(change)
      .where('id', '=', id)
      .returning(personColumns)
      .executeTakeFirstOrThrow()
    // A person made inactive is signed out wherever they are.
    if (after.active !== 1)
      await trx
        .updateTable('device')
        .set({ person_id: null, signed_in_at: null })
        .where('person_id', '=', id)
        .execute()
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action,
      entity: 'person',
      entityId: id,
      before: { roles: before.roles, active: before.active === 1 },
      after: { roles: after.roles, active: after.active === 1 },
    })
    return view(after, ctx.now())
  })
}

export const updatePerson = (ctx: CallContext, input: Input<'people', 'update'>) =>
  changePerson(ctx, input.id, 'people.update', {
    roles: joinRoles(input.roles),
    active: input.active ? 1 : 0,
  })

export async function setPersonSecret(ctx: CallContext, input: Input<'people', 'setSecret'>) {
  const hash = await hashSecret(input.secret)
  return changePerson(ctx, input.id, 'people.setSecret', {
    secret_kind: input.secretKind,
    secret_hash: hash,
    failed_tries: 0,
    locked_until: null,
  })
}

/** An admin lifts a lock before it runs out. */
export const unlockPerson = (ctx: CallContext, input: Input<'people', 'unlock'>) =>
  changePerson(ctx, input.id, 'people.unlock', { failed_tries: 0, locked_until: null })
