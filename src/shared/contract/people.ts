import { z } from 'zod'
import { boundedInt, Id, optionalText, requiredText, text, Timestamp } from './common'
import { procedure } from './procedure'

/** The device roles a person may act in: the ones a person signs in on (a leader's table
 * screen, the board and the kiosk need nobody signed in). */
export const PERSON_ROLES = ['admin', 'desk', 'staff'] as const
export type PersonRole = (typeof PERSON_ROLES)[number]
export const PersonRole = z.enum(PERSON_ROLES, { message: 'people.error.role' })

/** Locked after this many wrong PINs or passwords in a row, for LOCK_MINUTES (or until an
 * admin unlocks). */
export const SIGN_IN_TRIES = 5
export const LOCK_MINUTES = 15

const PersonName = requiredText(20, { message: 'people.error.nameRequired' })
const Roles = z
  .array(PersonRole)
  .min(1, { message: 'people.error.rolesRequired' })
  .max(PERSON_ROLES.length)

export const SecretKind = z.enum(['pin', 'password'], { message: 'people.error.secretKind' })

/** A PIN: 6–12 digits; a password: 8–64 characters (trimmed, as every text). */
const SecretFields = z
  .object({ secretKind: SecretKind, secret: text(64) })
  .refine((v) => (v.secretKind === 'pin' ? /^\d{6,12}$/.test(v.secret) : v.secret.length >= 8), {
    path: ['secret'],
    message: 'people.error.secret',
  })

export const CreatePersonInput = z.object({ name: PersonName, roles: Roles }).and(SecretFields)
export type CreatePersonInput = z.input<typeof CreatePersonInput>
export const UpdatePersonInput = z.object({ id: Id, roles: Roles, active: z.boolean() })
export const SetSecretInput = z.object({ id: Id }).and(SecretFields)

export const PersonView = z.object({
  id: Id,
  name: z.string(),
  roles: z.array(PersonRole),
  secretKind: SecretKind,
  active: z.boolean(),
  /** Until when sign-in is refused after repeated failures (null: not locked). */
  lockedUntil: Timestamp.nullable(),
  createdAt: Timestamp,
})
export type PersonView = z.infer<typeof PersonView>

export const SignInInput = z.object({
  name: PersonName,
  secret: requiredText(128, { message: 'people.error.secretRequired' }),
})

/** Who is signed in on the calling device, and whether its writes need someone. */
export const SignedIn = z.object({
  person: z.object({ id: Id, name: z.string() }).nullable(),
  /** True on a paired desk or staff device: writes and full-data reads need a signed-in person. */
  required: z.boolean(),
})
export type SignedIn = z.infer<typeof SignedIn>

export const AUDIT_PAGE_SIZE = 50

export const AuditInput = z.object({
  personId: Id.optional(),
  caseId: Id.optional(),
  /** The case by its number (案件编号, as printed on its papers), instead of its id. */
  caseNo: optionalText(40),
  page: boundedInt(1, 100_000).default(1),
})

export const AuditRow = z.object({
  id: Id,
  at: Timestamp,
  action: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  actor: z.string(),
  personId: z.number().int().nullable(),
  personName: z.string().nullable(),
  deviceId: z.number().int().nullable(),
  deviceName: z.string().nullable(),
})
export type AuditRow = z.infer<typeof AuditRow>

export const AuditPage = z.object({
  rows: z.array(AuditRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
})

export const peopleProcedures = {
  list: procedure('query', undefined, z.array(PersonView)),
  create: procedure('mutation', CreatePersonInput, PersonView),
  update: procedure('mutation', UpdatePersonInput, PersonView),
  setSecret: procedure('mutation', SetSecretInput, PersonView),
  unlock: procedure('mutation', z.object({ id: Id }), PersonView),
  current: procedure('query', undefined, SignedIn),
  signIn: procedure('mutation', SignInInput, SignedIn),
  signOut: procedure('mutation', undefined, SignedIn),
  audit: procedure('query', AuditInput, AuditPage),
}
