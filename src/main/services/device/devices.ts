import type { Input, Output } from '@shared/contract'
import type { Role } from '@shared/contract/roles'
import { appendAudit } from '../core/audit'
import { writeAction, type CallContext, type Db } from '../core/context'
import { hallOf } from '../core/hall'
import { DomainError } from '../core/domainError'
import type { DeviceTable } from '../../store/schema'
import type { PairingClaim } from './pairingCodes'
import { newDeviceSecret, secretHash } from './secret'

type Row = Omit<DeviceTable, 'id' | 'secret_hash' | 'person_id' | 'signed_in_at' | 'hall'> & {
  id: number
  person_name?: string | null
}
type DeviceView = Output<'device', 'list'>[number]

const view = (row: Row): DeviceView => ({
  id: row.id,
  name: row.name,
  role: row.role,
  tableNo: row.table_no,
  pairedAt: row.paired_at,
  lastSeenAt: row.last_seen_at,
  lastAddress: row.last_address,
  revokedAt: row.revoked_at,
  personName: row.person_name ?? null,
})

const columns = [
  'id',
  'name',
  'role',
  'table_no',
  'paired_at',
  'last_seen_at',
  'last_address',
  'revoked_at',
] as const

export async function listDevices(ctx: CallContext): Promise<DeviceView[]> {
  // The person signed in on each (0015): shown on the devices page.
  const rows = await ctx.db
    .selectFrom('device')
    .leftJoin('hall_person', 'hall_person.id', 'device.person_id')
    .select(columns.map((c) => `device.${c}` as const))
    .select('hall_person.name as person_name')
    .where('device.hall', '=', hallOf(ctx))
    .orderBy('device.id')
    .execute()
  return rows.map(view)
}

/** The device a secret belongs to, unless revoked or paired at another hall's hub. */
export async function deviceBySecret(db: Db, secret: string, hall: string) {
  return db
    .selectFrom('device')
    .select(['id', 'name', 'role', 'table_no'])
    .where('secret_hash', '=', secretHash(secret))
    .where('hall', '=', hall)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
}

/** When and from where a device was last seen (the devices page). */
export async function touchDevice(db: Db, id: number, at: string, address: string) {
  await db
    .updateTable('device')
    .set({ last_seen_at: at, last_address: address.slice(0, 60) })
    .where('id', '=', id)
    .execute()
}

/** A redeemed pairing code becomes a device with its own secret, returned once. */
export async function pairDevice(
  ctx: CallContext,
  claim: PairingClaim,
  address: string,
): Promise<{ device: DeviceView; secret: string }> {
  const secret = newDeviceSecret()
  const device = await writeAction(ctx, async ({ trx, at }) => {
    const row = await trx
      .insertInto('device')
      .values({
        hall: hallOf(ctx),
        name: claim.name,
        role: claim.role,
        table_no: claim.tableNo,
        secret_hash: secretHash(secret),
        paired_at: at,
        last_seen_at: at,
        last_address: address.slice(0, 60),
      })
      .returning(columns)
      .executeTakeFirstOrThrow()
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'device.pair',
      entity: 'device',
      entityId: row.id,
      after: { name: claim.name, role: claim.role, tableNo: claim.tableNo },
    })
    return view(row)
  })
  return { device, secret }
}

async function changeDevice(
  ctx: CallContext,
  id: number,
  action: string,
  change: (at: string) => Partial<Pick<DeviceTable, 'name' | 'role' | 'table_no' | 'revoked_at'>>,
): Promise<DeviceView> {
  return writeAction(ctx, async ({ trx, at }) => {
    const before = await trx
      .selectFrom('device')
      .select(columns)
      .where('id', '=', id)
      .where('hall', '=', hallOf(ctx))
      .executeTakeFirst()
    if (!before) throw new DomainError('devices.error.notFound', {}, 'not_found')
    if (before.revoked_at) throw new DomainError('devices.error.revoked', {}, 'conflict')
    const after = await trx
      .updateTable('device')
      .set(change(at))
      .where('id', '=', id)
      .returning(columns)
      .executeTakeFirstOrThrow()
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action,
      entity: 'device',
      entityId: id,
      before: { name: before.name, role: before.role, tableNo: before.table_no },
      after: { name: after.name, role: after.role, tableNo: after.table_no },
    })
    return view(after)
  })
}

export const renameDevice = (ctx: CallContext, input: Input<'device', 'rename'>) =>
  changeDevice(ctx, input.id, 'device.rename', () => ({ name: input.name }))

export const setDeviceRole = (ctx: CallContext, input: Input<'device', 'setRole'>) =>
  changeDevice(ctx, input.id, 'device.setRole', () => ({
    role: input.role as Role,
    table_no: input.tableNo ?? null,
  }))

/** Revoked: its secret is refused from now on (the hub also cuts its open connections). */
export const revokeDevice = (ctx: CallContext, input: Input<'device', 'revoke'>) =>
  changeDevice(ctx, input.id, 'device.revoke', (at) => ({ revoked_at: at }))
