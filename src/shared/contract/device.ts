import { z } from 'zod'
import { Id, requiredText, TableNo, Timestamp } from './common'
import { procedure } from './procedure'
import { ROLES } from './enums'

export const DeviceRole = z.enum(ROLES, { message: 'devices.error.role' })

/** A role, and for a leader's screen its table (required there, absent elsewhere). */
const RoleFields = z
  .object({ role: DeviceRole, tableNo: TableNo.optional() })
  .refine((v) => (v.role === 'leader') === (v.tableNo !== undefined), {
    path: ['tableNo'],
    message: 'devices.error.tableNo',
  })

const DeviceName = requiredText(40, { message: 'devices.error.nameRequired' })

export const StartPairingInput = z.object({ name: DeviceName }).and(RoleFields)
export type StartPairingInput = z.input<typeof StartPairingInput>

export const PairingOffer = z.object({
  /** Six digits, shown on the admin's screen; single use, for a few minutes. */
  code: z.string(),
  expiresAt: Timestamp,
  /** The hub's addresses on the LAN, each with the code (`…/#/pair/123456`) and over HTTPS the
   * certificate's fingerprint (`?fp=…`), for the QR. */
  urls: z.array(z.string()),
  /** SHA-256 (hex) of the hall certificate when the hub serves HTTPS, to pin; null on HTTP. */
  fingerprint: z.string().nullable(),
})
export type PairingOffer = z.infer<typeof PairingOffer>

export const DeviceView = z.object({
  id: Id,
  name: z.string(),
  role: DeviceRole,
  tableNo: z.number().int().nullable(),
  pairedAt: Timestamp,
  lastSeenAt: Timestamp.nullable(),
  lastAddress: z.string().nullable(),
  revokedAt: Timestamp.nullable(),
  /** The person signed in on it now (people.signIn), if anyone. */
  personName: z.string().nullable(),
})
export type DeviceView = z.infer<typeof DeviceView>

/** The calling device as the hub knows it: what a screen shows and where it starts. */
export const ThisDevice = z.object({
  id: Id.nullable(),
  name: z.string(),
  role: DeviceRole,
  tableNo: z.number().int().nullable(),
})
export type ThisDevice = z.infer<typeof ThisDevice>

export const DeviceRef = z.object({ id: Id })
export const RenameDeviceInput = z.object({ id: Id, name: DeviceName })
export const SetDeviceRoleInput = z.object({ id: Id }).and(RoleFields)

export const deviceProcedures = {
  me: procedure('query', undefined, ThisDevice),
  list: procedure('query', undefined, z.array(DeviceView)),
  startPairing: procedure('mutation', StartPairingInput, PairingOffer),
  rename: procedure('mutation', RenameDeviceInput, DeviceView),
  setRole: procedure('mutation', SetDeviceRoleInput, DeviceView),
  revoke: procedure('mutation', DeviceRef, DeviceView),
}
