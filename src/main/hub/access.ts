import type { ChangeEvent } from '@shared/contract'
import { contract } from '@shared/contract'
import { mayCall, type LeaderPath, type Role } from '@shared/contract/roles'
import { appendReadAudit } from '../services/core/audit'
import type { Db, Who } from '../services/core/context'
import { placeOf, type BatchRecord } from '../services/core/hall'
import { needsPerson } from '../services/people/signIn'
import { DomainError } from '../services/core/domainError'

/** The device a call comes from, as the hub knows it (never as the caller declares it). */
export interface Device {
  /** The paired device's row; null for the hub's own fixed admin secret. */
  id: number | null
  name: string
  role: Role
  /** A leader device's table; null for every other role. */
  tableNo: number | null
  /**
   * The person signed in on it: looked up by the hub on every call (trpc.ts), so a sign-in or
   * sign-out on an open WebSocket counts from the next call; null: nobody. Undefined: not yet
   * looked up (what authentication gives).
   */
  person?: { id: number; name: string } | null
}

/** The holder of the hub's fixed admin secret (`--token`, the desktop app's own windows). */
export const HUB_ADMIN: Device = { id: null, name: 'admin', role: 'admin', tableNo: null }

/**
 * Who acts, for the audit log: a paired device by its name and row, whatever its screen
 * declares; the holder of the fixed admin secret (the desktop app's own windows, scripts) with
 * the screen it names (desk, table-1…), which only that secret's holder can declare.
 */
export function actorOf(device: Device, declared: string): string {
  const person = device.person ? `${device.person.name}@` : ''
  if (device.id === null) return `${person}admin/${declared}`.slice(0, 80)
  return `${person}${device.role}:${device.name}#${device.id}`.slice(0, 80)
}

/** The audit log's columns for a call: the signed-in person and the paired device. */
export const whoOf = (device: Device): Who => ({
  personId: device.person?.id ?? null,
  deviceId: device.id,
})

/** Procedures a device may call with nobody signed in: signing in, and reading who is. */
const WITHOUT_PERSON = new Set(['people.current', 'people.signIn', 'people.signOut'])

/** Writes and reads of full personal data on a paired desk or staff device need someone
 * signed in (DESIGN.md: the audit log names a person); the admin PC and the screens do not. */
function needsPersonFor(device: Device, path: string): boolean {
  if (!needsPerson(device) || device.person || WITHOUT_PERSON.has(path)) return false
  const [domain = '', name = ''] = path.split('.')
  const kind = (contract as Record<string, Record<string, { kind?: string }>>)[domain]?.[name]?.kind
  return kind === 'mutation' || Object.hasOwn(FULL_DATA_READS, path)
}

/** Reads of full personal data (ID number, phone, address): each one is audit-logged. */
export const FULL_DATA_READS: Record<
  string,
  { entity: string; idOf: (input: unknown) => number | null }
> = {
  'batch.get': { entity: 'batch', idOf: (i) => (i as { batchId?: number }).batchId ?? null },
  // The repeat check by full ID number or phone: a look-up of full personal data.
  'desk.lookup': { entity: 'person', idOf: () => null },
}

/** Appends the audit entry of a read of full personal data, before the answer leaves the hub:
 * a read that cannot be logged is not answered. */
export async function auditRead(
  db: Db,
  device: Device,
  actor: string,
  path: string,
  input: unknown,
  at: string,
): Promise<void> {
  const read = FULL_DATA_READS[path]
  // A procedure built as a personal read but missing from the table: fail, never answer unlogged.
  if (!read) throw new Error(`${path} is not listed as a read of full personal data`)
  await appendReadAudit(db, at, {
    actor,
    action: `read:${path}`,
    entity: read.entity,
    entityId: read.idOf(input),
    after: { device: device.id, role: device.role },
    who: whoOf(device),
  })
}

/** The table a leader's call touches: undefined when what it names does not exist. */
type Reach = (db: Db, input: never) => Promise<number | undefined>

// A case or document is the table's where its batch was decided (the batch's duty after any
// transfer): one look-up with the hall check (services/core/hall.ts).
const tableOf = async (db: Db, record: BatchRecord, id: number) =>
  (await placeOf(db, record, id))?.tableNo

const byTable: Reach = async (_db, input: { tableNo: number }) => input.tableNo
const byBatch: Reach = (db, input: { batchId: number }) => tableOf(db, 'batch', input.batchId)
const byCase: Reach = (db, input: { caseId: number }) => tableOf(db, 'case', input.caseId)
const byDocument: Reach = (db, input: { documentId: number }) =>
  tableOf(db, 'document', input.documentId)

/**
 * What table each procedure open to a leader device touches: it must be the device's own.
 * Typed over the roles table: a procedure opened to leaders without its reach does not compile.
 */
const leaderReach: Record<LeaderPath, Reach | 'anyTable'> = {
  'queue.forTable': byTable,
  'queue.callNext': byTable,
  'queue.pause': byTable,
  'queue.resume': byTable,
  'queue.endDay': byTable,
  'queue.start': byBatch,
  'queue.recall': byBatch,
  'queue.noShow': byBatch,
  'queue.transfer': byBatch,
  'queue.requeue': byBatch,
  'outcome.draft': byBatch,
  'outcome.record': byBatch,
  'outcome.amend': byCase,
  'case.get': byCase,
  'case.slip': byCase,
  'case.commitment': byCase,
  'case.notice': byCase,
  'case.issueDocument': byCase,
  'case.document': byDocument,
  'case.reprint': byDocument,
  'case.attachPdf': byDocument,
  // The cases of the leader on duty at the device's own table today (包案).
  'followUp.owned': byTable,
  'case.paper': byCase,
  'case.issuePaper': byCase,
  // Reference lists and the day's plan: the same for every table.
  'leader.list': 'anyTable',
  'day.get': 'anyTable',
  'reference.categories': 'anyTable',
  'reference.departments': 'anyTable',
  'reference.townships': 'anyTable',
  'reference.settings': 'anyTable',
  'calendar.list': 'anyTable',
  'system.health': 'anyTable',
  'system.clock': 'anyTable',
  'device.me': 'anyTable',
  'people.current': 'anyTable',
  // Filtered per event instead (eventReaches).
  'events.changes': 'anyTable',
}

/** A procedure a leader device calls for any table (reference lists, the day's plan). */
export const reachesAnyTable = (path: string) =>
  (leaderReach as Record<string, unknown>)[path] === 'anyTable'

// The message names the device's role, so the person at it knows why (i18n errors.forbidden).
const forbidden = (device: Device) =>
  new DomainError('errors.forbidden', { role: device.role }, 'forbidden')

/**
 * Refuses (403, before the procedure runs, so nothing is written or read) a call the device's
 * role may not make, and a leader's call that touches another table. An input that does not
 * parse is left to the procedure, which refuses it with its field issues.
 */
export async function checkAccess(
  device: Device,
  db: Db,
  path: string,
  rawInput: () => Promise<unknown>,
): Promise<void> {
  if (!mayCall(device.role, path)) throw forbidden(device)
  if (needsPersonFor(device, path))
    throw new DomainError('people.error.signInFirst', {}, 'forbidden')
  if (device.role !== 'leader') return
  const reach = (leaderReach as Record<string, Reach | 'anyTable' | undefined>)[path]
  if (reach === 'anyTable') return
  const [domain = '', name = ''] = path.split('.')
  const schema = (contract as Record<string, Record<string, { input?: unknown }>>)[domain]?.[name]
    ?.input as { safeParse(value: unknown): { success: boolean; data?: unknown } } | undefined
  if (!reach || !schema) throw forbidden(device)
  const parsed = schema.safeParse(await rawInput())
  if (!parsed.success) return
  const tableNo = await reach(db, parsed.data as never)
  if (tableNo === undefined || tableNo !== device.tableNo) throw forbidden(device)
}

/** Which change events a device's subscription receives: the board none about cases, a
 * leader's table screen only its own table's (and the hall-wide ones). */
export function eventReaches(device: Device, event: ChangeEvent): boolean {
  if (device.role === 'board') return event.topic !== 'case'
  if (device.role === 'leader')
    return event.tableNos.length === 0 || event.tableNos.includes(device.tableNo ?? -1)
  return true
}
