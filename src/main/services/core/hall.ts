import { findCounty } from '../../divisions/divisions'
import type { Db } from './context'
import { DomainError } from './domainError'

// Several halls on one server (issue 13, migration 0014): every reception day belongs to one hall,
// the county's code the hub serves (`--hall`); '' is the one local hall of a single-PC store. A
// hall sees and changes only what hangs on its own days (days, duties, appointments, batches,
// cases, outcomes, documents, tallies); the desk's repeat check alone reads every hall's history.

/** The hall a context serves ('' the local hall). */
export const hallOf = (ctx: { hall?: string | undefined }): string => ctx.hall ?? ''

/** Where a batch stands: the hall of its day and its table (its duty's, after any transfer). */
export interface BatchPlace {
  hall: string
  tableNo: number
}

/** The batch each kind of record hangs on, as a subquery, so that its place is one query. */
const BATCH_OF = {
  case: (db: Db, id: number) =>
    db
      .selectFrom('petition_case')
      .select('petition_case.batch_id')
      .where('petition_case.id', '=', id),
  outcome: (db: Db, id: number) =>
    db
      .selectFrom('outcome')
      .innerJoin('petition_case', 'petition_case.id', 'outcome.case_id')
      .select('petition_case.batch_id')
      .where('outcome.id', '=', id),
  document: (db: Db, id: number) =>
    db
      .selectFrom('case_document')
      .innerJoin('petition_case', 'petition_case.id', 'case_document.case_id')
      .select('petition_case.batch_id')
      .where('case_document.id', '=', id),
} as const

/** A record that hangs on a batch: the batch itself, or a case, outcome or document of it. */
export type BatchRecord = 'batch' | keyof typeof BATCH_OF

/**
 * The hall and table of a batch, or of the batch a case, outcome or document hangs on (a case's
 * day is its batch's); undefined when there is no such record. The one look-up both of the hall
 * check below and of the hub's check that a leader device reaches only its own table.
 */
export async function placeOf(
  db: Db,
  record: BatchRecord,
  id: number,
): Promise<BatchPlace | undefined> {
  const batches = db
    .selectFrom('batch')
    .innerJoin('reception_day', 'reception_day.id', 'batch.day_id')
    .innerJoin('duty', 'duty.id', 'batch.duty_id')
    .select(['reception_day.hall', 'duty.table_no as tableNo'])
  return (
    record === 'batch'
      ? batches.where('batch.id', '=', id)
      : batches.where('batch.id', '=', BATCH_OF[record](db, id))
  ).executeTakeFirst()
}

const hallOfRecord = (record: BatchRecord) => async (db: Db, id: number) =>
  (await placeOf(db, record, id))?.hall

/** A day's hall, per store: it is set when the day is planned and never changes, and a day id is
 * never reused (no day is deleted; ids autoincrement / identity). Every desk call names its day,
 * so this spares a query (a round trip on PostgreSQL) on each of them. */
const dayHalls = new WeakMap<Db, Map<number, string>>()
const dayHall = async (db: Db, id: number) => {
  let known = dayHalls.get(db)
  if (!known) dayHalls.set(db, (known = new Map()))
  const cached = known.get(id)
  if (cached !== undefined) return cached
  const hall = (
    await db.selectFrom('reception_day').select('hall').where('id', '=', id).executeTakeFirst()
  )?.hall
  if (hall !== undefined && known.size < 10_000) known.set(id, hall)
  return hall
}
const appointmentHall = async (db: Db, id: number) =>
  (
    await db
      .selectFrom('appointment')
      .innerJoin('reception_day', 'reception_day.id', 'appointment.day_id')
      .select('reception_day.hall')
      .where('appointment.id', '=', id)
      .executeTakeFirst()
  )?.hall

/** The keys of an input that name a record of a hall, with the query finding that record's hall
 * and the error of a record this hall does not have (the same as a record nobody has). */
const HALL_KEYS = {
  dayId: { key: 'errors.day.notFound', hall: dayHall },
  batchId: { key: 'batch.notFound', hall: hallOfRecord('batch') },
  caseId: { key: 'caseError.notFound', hall: hallOfRecord('case') },
  caseIds: { key: 'caseError.notFound', hall: hallOfRecord('case') },
  ofCaseIds: { key: 'caseError.notFound', hall: hallOfRecord('case') },
  outcomeId: { key: 'caseError.notFound', hall: hallOfRecord('outcome') },
  documentId: { key: 'caseError.notFound', hall: hallOfRecord('document') },
  appointmentId: { key: 'appointment.notFound', hall: appointmentHall },
} as const

type HallKey = keyof typeof HALL_KEYS

/** Every (key, id) of an input naming a hall's record, at any depth (a few levels). */
function namedRecords(input: unknown, depth = 0, found: [HallKey, number][] = []) {
  if (depth > 4 || input === null || typeof input !== 'object') return found
  for (const [key, value] of Object.entries(input)) {
    if (key in HALL_KEYS) {
      const ids = Array.isArray(value) ? value : [value]
      for (const id of ids)
        if (typeof id === 'number' && Number.isInteger(id)) found.push([key as HallKey, id])
    } else if (typeof value === 'object') namedRecords(value, depth + 1, found)
  }
  return found
}

/**
 * Refuses a call naming a day, batch, case, outcome, document or appointment of another hall, as
 * if it did not exist (404): run by the hub before every procedure (hub/trpc.ts), so no service
 * reads or changes another hall's record by its id. A record that does not exist at all is left
 * to the service (its own message). Records of the local hall ('') pass on a single-hall store.
 */
export async function assertInputInHall(
  db: Db,
  hall: string,
  path: string,
  input: unknown,
): Promise<void> {
  const named = namedRecords(input)
  // appointment.cancel names its appointment `id`.
  const own = (input as { id?: unknown } | null)?.id
  if (path.startsWith('appointment.') && typeof own === 'number') named.push(['appointmentId', own])
  for (const [key, id] of named) {
    const entry = HALL_KEYS[key]
    const owner = await entry.hall(db, id)
    if (owner !== undefined && owner !== hall) throw new DomainError(entry.key, {}, 'not_found')
  }
}

/** The ids of a hall's days: `.where('x.day_id', 'in', daysOfHall(db, hall))` scopes a query of
 * batches, cases or appointments to the hall. */
export const daysOfHall = (db: Db, hall: string) =>
  db.selectFrom('reception_day').select('reception_day.id').where('reception_day.hall', '=', hall)

/** A record's hall as the desk shows it: code, county name where known, another hall or this. */
export const hallLabel = (ctx: { hall?: string | undefined }, code: string) => ({
  code,
  name: code ? (findCounty(code)?.name ?? null) : null,
  elsewhere: code !== hallOf(ctx),
})
