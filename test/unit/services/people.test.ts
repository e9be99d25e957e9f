import { TRPCError } from '@trpc/server'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LOCK_MINUTES, SIGN_IN_TRIES } from '@shared/contract/people'
import type { Device } from '../../../src/main/hub/access'
import { hashSecret, SCRYPT, verifySecret } from '../../../src/main/services/people'
import { hallCaller } from '../../support/hallCaller'
import { planWithLeaders, registration } from '../../support/fixtures'
import { tempStore, type TempStore } from '../../support/tempStore'

// People (issue 15): PINs and passwords kept as scrypt hashes, a lock after repeated failures
// by the hall's clock, sign-in and sign-out on a paired device, and the audit log naming the
// signed-in person and the device for a write and for a read of full personal data. Through
// the hub's router (in-process), on SQLite and on PostgreSQL.

let hall: TempStore
let now: number
beforeEach(async () => {
  now = Date.parse('2026-10-21T01:30:00Z')
  hall = await tempStore(() => new Date(now))
})
afterEach(() => hall.close())

const admin = () => hallCaller(hall.services)
const PIN = '135790'

async function pairedDesk(name = '二号登记台'): Promise<Device> {
  const row = await hall.store.db
    .insertInto('device')
    .values({
      name,
      role: 'desk',
      secret_hash: `hash-of-${name}`,
      paired_at: '2026-10-21T00:00:00Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { id: row.id, name, role: 'desk', tableNo: null }
}

const refusal = async (run: Promise<unknown>) => {
  try {
    await run
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, key: error.cause?.message }
    throw error
  }
  throw new Error('expected a refusal')
}

const clerk = () =>
  admin().people.create({ name: '王登记', roles: ['desk'], secretKind: 'pin', secret: PIN })

describe('a PIN or password', () => {
  it('is kept as a salted scrypt hash (N=2^17, r=8, p=1) and verified against it', async () => {
    const hash = await hashSecret(PIN)
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/)
    expect(SCRYPT).toMatchObject({ N: 2 ** 17, r: 8, p: 1 })
    expect(await hashSecret(PIN)).not.toBe(hash)
    expect(await verifySecret(PIN, hash)).toBe(true)
    expect(await verifySecret('135791', hash)).toBe(false)

    await clerk()
    const stored = await hall.store.db.selectFrom('hall_person').selectAll().execute()
    expect(JSON.stringify(stored)).not.toContain(PIN)
  })

  it('refuses a short PIN or password with the field named', async () => {
    const error = await refusal(
      admin().people.create({ name: '赵', roles: ['desk'], secretKind: 'pin', secret: '123' }),
    )
    expect(error.code).toBe('BAD_REQUEST')
  })
})

describe('signing in', () => {
  it('locks a person after repeated wrong PINs until the lock runs out or an admin unlocks', async () => {
    const person = await clerk()
    const desk = await pairedDesk()
    const at = hallCaller(hall.services, { device: desk })
    for (let i = 1; i < SIGN_IN_TRIES; i++)
      expect(await refusal(at.people.signIn({ name: '王登记', secret: '000000' }))).toMatchObject({
        key: 'people.error.wrongSecret',
      })
    expect(await refusal(at.people.signIn({ name: '王登记', secret: '000000' }))).toMatchObject({
      key: 'people.error.locked',
    })
    // Locked: even the right PIN is refused, untried.
    expect(await refusal(at.people.signIn({ name: '王登记', secret: PIN }))).toMatchObject({
      key: 'people.error.locked',
    })
    const listed = await admin().people.list()
    expect(listed[0]?.lockedUntil).toBe(new Date(now + LOCK_MINUTES * 60_000).toISOString())

    // The lock runs out by the hall's clock.
    now += LOCK_MINUTES * 60_000 + 1000
    await expect(at.people.signIn({ name: '王登记', secret: PIN })).resolves.toMatchObject({
      person: { id: person.id, name: '王登记' },
    })

    // An admin lifts a lock at once.
    await at.people.signOut()
    for (let i = 0; i < SIGN_IN_TRIES; i++)
      await refusal(at.people.signIn({ name: '王登记', secret: '999999' }))
    expect((await admin().people.list())[0]?.lockedUntil).not.toBeNull()
    await admin().people.unlock({ id: person.id })
    await expect(at.people.signIn({ name: '王登记', secret: PIN })).resolves.toMatchObject({
      person: { name: '王登记' },
    })
    const actions = await hall.store.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'person')
      .orderBy('id')
      .execute()
    expect(actions.map((a) => a.action)).toContain('people.locked')
    expect(actions.map((a) => a.action)).toContain('people.unlock')
  }, 120_000)

  it('answers an unknown name as a wrong PIN, and refuses a role the person may not act in', async () => {
    await admin().people.create({
      name: '孙跟踪',
      roles: ['staff'],
      secretKind: 'password',
      secret: 'follow up 1',
    })
    const at = hallCaller(hall.services, { device: await pairedDesk() })
    expect(await refusal(at.people.signIn({ name: '无此人', secret: PIN }))).toMatchObject({
      key: 'people.error.wrongSecret',
    })
    expect(
      await refusal(at.people.signIn({ name: '孙跟踪', secret: 'follow up 1' })),
    ).toMatchObject({ code: 'FORBIDDEN', key: 'people.error.roleNotAllowed' })
    // The hub's own admin windows have no device row to sign in on.
    expect(await refusal(admin().people.signIn({ name: '孙跟踪', secret: 'x' }))).toMatchObject({
      code: 'CONFLICT',
      key: 'people.error.notPaired',
    })
  }, 60_000)
})

describe('the audit log', () => {
  it('names the signed-in person and the device for a write and for a batch.get', async () => {
    const person = await clerk()
    const day = await planWithLeaders(hall.services, '2026-10-21', [
      { name: '王建国', title: '县长', tableNo: 1 },
    ])
    const desk = await pairedDesk()
    const at = hallCaller(hall.services, { device: desk, actor: 'desk' })
    const input = registration({
      dayId: day.id,
      kind: 'individual',
      headcount: 1,
      members: [{ name: '张三', idNumber: '11010519491231002X', phone: '13800138000' }],
      summary: '宅基地审批迟迟未办理',
    })
    // Nobody signed in on a paired desk: no write, no full personal data.
    expect(await refusal(at.batch.register(input))).toMatchObject({
      code: 'FORBIDDEN',
      key: 'people.error.signInFirst',
    })
    await expect(at.people.current()).resolves.toEqual({ person: null, required: true })

    await at.people.signIn({ name: '王登记', secret: PIN })
    await expect(at.people.current()).resolves.toEqual({
      person: { id: person.id, name: '王登记' },
      required: true,
    })
    const batch = await at.batch.register(input)
    await at.batch.get({ batchId: batch.batchId })

    const rows = await hall.store.db
      .selectFrom('audit_log')
      .select(['action', 'actor', 'person_id', 'device_id', 'entity_id'])
      .where('action', 'in', ['batch.register', 'read:batch.get'])
      .orderBy('id')
      .execute()
    expect(rows).toEqual([
      {
        action: 'batch.register',
        actor: `王登记@desk:二号登记台#${desk.id}`,
        person_id: person.id,
        device_id: desk.id,
        entity_id: batch.batchId,
      },
      {
        action: 'read:batch.get',
        actor: `王登记@desk:二号登记台#${desk.id}`,
        person_id: person.id,
        device_id: desk.id,
        entity_id: batch.batchId,
      },
    ])
    const listed = await admin().people.audit({ personId: person.id, page: 1 })
    expect(listed.rows.map((r) => r.action)).toEqual([
      'read:batch.get',
      'batch.register',
      'people.signIn',
    ])
    expect(listed.rows[0]).toMatchObject({ personName: '王登记', deviceName: '二号登记台' })
    // For a case: its batch's registration and reads, by the case's number.
    await hall.store.db
      .insertInto('petition_case')
      .values({
        case_no: 'JF-TEST-1',
        batch_id: batch.batchId,
        day_id: day.id,
        nature: 'appeal',
        summary: '宅基地',
        outcome: 'assigned',
        accepted_on: '2026-10-21',
        state: 'open',
        review_stage: 'none',
        created_at: 'x',
        updated_at: 'x',
      } as never)
      .execute()
    const forCase = await admin().people.audit({ caseNo: 'JF-TEST-1', page: 1 })
    expect(forCase.rows.map((r) => r.action)).toEqual(['read:batch.get', 'batch.register'])
    expect((await admin().people.audit({ caseNo: 'JF-NONE', page: 1 })).total).toBe(0)
    const devices = await admin().device.list()
    expect(devices[0]?.personName).toBe('王登记')

    // Signed out: the desk is refused again, and the devices page shows nobody.
    await at.people.signOut()
    expect(await refusal(at.batch.get({ batchId: batch.batchId }))).toMatchObject({
      code: 'FORBIDDEN',
    })
    expect((await admin().device.list())[0]?.personName).toBeNull()
  }, 60_000)
})
