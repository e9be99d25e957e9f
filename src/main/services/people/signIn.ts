import { sql } from 'kysely'
import type { Input, Output } from '@shared/contract'
import { LOCK_MINUTES, SIGN_IN_TRIES, type PersonRole } from '@shared/contract/people'
import type { Role } from '@shared/contract/roles'
import { appendAudit } from '../core/audit'
import { writeAction, type CallContext, type Db } from '../core/context'
import { hallOf } from '../core/hall'
import { DomainError } from '../core/domainError'
import { rolesOf } from './people'
import { dummyHash, verifySecret } from './secretHash'

type SignedIn = Output<'people', 'current'>

/** The device a sign-in is for, as the hub authenticated it (null id: the fixed admin secret). */
export interface SigningDevice {
  id: number | null
  role: Role
}

/** Who is signed in on a paired device now: an active person whose roles still include the
 * device's role (a device given another role keeps nobody it no longer suits). */
export async function personOnDevice(
  db: Db,
  deviceId: number,
): Promise<{ id: number; name: string } | null> {
  const row = await db
    .selectFrom('device')
    .innerJoin('hall_person', 'hall_person.id', 'device.person_id')
    .select(['hall_person.id', 'hall_person.name', 'hall_person.roles', 'device.role'])
    .where('device.id', '=', deviceId)
    .where('device.revoked_at', 'is', null)
    .where('hall_person.active', '=', 1)
    .executeTakeFirst()
  if (!row || !rolesOf(row.roles).includes(row.role as PersonRole)) return null
  return { id: row.id, name: row.name }
}

/** A paired desk or staff device needs someone signed in to write or read full personal data;
 * the admin PC (the hub's own windows, a paired admin device) and the screens need nobody. */
export const needsPerson = (device: SigningDevice) =>
  device.id !== null && (device.role === 'desk' || device.role === 'staff')

export async function currentPerson(ctx: CallContext, device: SigningDevice): Promise<SignedIn> {
  return {
    person: device.id === null ? null : await personOnDevice(ctx.db, device.id),
    required: needsPerson(device),
  }
}

const wrong = () => new DomainError('people.error.wrongSecret', { tries: SIGN_IN_TRIES })

/**
 * Signs a person in on the calling device by name and PIN or password. SIGN_IN_TRIES wrong
 * ones in a row lock the person for LOCK_MINUTES by the hall's clock (or until an admin
 * unlocks); a locked person is refused without the secret being tried. An unknown name costs
 * the same scrypt as a known one and gets the same answer.
 */
export async function signIn(
  ctx: CallContext,
  input: Input<'people', 'signIn'>,
  device: SigningDevice,
): Promise<SignedIn> {
  const deviceId = device.id
  if (deviceId === null) throw new DomainError('people.error.notPaired', {}, 'conflict')
  const person = await ctx.db
    .selectFrom('hall_person')
    .select(['id', 'name', 'roles', 'secret_hash', 'locked_until'])
    .where('hall', '=', hallOf(ctx))
    .where('name', '=', input.name)
    .where('active', '=', 1)
    .executeTakeFirst()
  const now = ctx.now()
  const left = person?.locked_until ? Date.parse(person.locked_until) - now.getTime() : 0
  if (person && left > 0)
    throw new DomainError('people.error.locked', { minutes: Math.ceil(left / 60_000) }, 'conflict')
  const matches = await verifySecret(input.secret, person?.secret_hash ?? (await dummyHash()))
  if (!person) throw wrong()
  const who = { personId: person.id, deviceId }
  if (!matches) {
    const locked = await writeAction(ctx, async ({ trx, at }) => {
      const row = await trx
        .updateTable('hall_person')
        .set({ failed_tries: sql<number>`failed_tries + 1` })
        .where('id', '=', person.id)
        .returning('failed_tries')
        .executeTakeFirstOrThrow()
      const lock = row.failed_tries >= SIGN_IN_TRIES
      if (lock)
        await trx
          .updateTable('hall_person')
          .set({
            failed_tries: 0,
            locked_until: new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString(),
          })
          .where('id', '=', person.id)
          .execute()
      await appendAudit(trx, at, {
        actor: ctx.actor,
        action: lock ? 'people.locked' : 'people.signInFailed',
        entity: 'person',
        entityId: person.id,
        after: { tries: row.failed_tries },
        who,
      })
      return lock
    })
    if (locked) throw new DomainError('people.error.locked', { minutes: LOCK_MINUTES }, 'conflict')
    throw wrong()
  }
  if (!rolesOf(person.roles).includes(device.role as PersonRole))
    throw new DomainError('people.error.roleNotAllowed', { role: device.role }, 'forbidden')
  await writeAction(ctx, async ({ trx, at }) => {
    await trx
      .updateTable('hall_person')
      .set({ failed_tries: 0, locked_until: null })
      .where('id', '=', person.id)
      .execute()
    await trx
      .updateTable('device')
      .set({ person_id: person.id, signed_in_at: at })
      .where('id', '=', deviceId)
      .execute()
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'people.signIn',
      entity: 'person',
      entityId: person.id,
      who,
    })
  })
  return { person: { id: person.id, name: person.name }, required: needsPerson(device) }
}

export async function signOut(ctx: CallContext, device: SigningDevice): Promise<SignedIn> {
  const deviceId = device.id
  if (deviceId !== null) {
    const person = await personOnDevice(ctx.db, deviceId)
    await writeAction(ctx, async ({ trx, at }) => {
      await trx
        .updateTable('device')
        .set({ person_id: null, signed_in_at: null })
        .where('id', '=', deviceId)
        .execute()
      if (person)
        await appendAudit(trx, at, {
          actor: ctx.actor,
          action: 'people.signOut',
          entity: 'person',
          entityId: person.id,
          who: { personId: person.id, deviceId },
        })
    })
  }
  return { person: null, required: needsPerson(device) }
}
