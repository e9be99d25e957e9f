import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely'
import type { z } from 'zod'
import type { DocumentRow, OutcomeRecord } from '@shared/contract'
import {
  needsDepartment,
  type AmendOutcomeInput,
  type MatterInput,
  type Optionalised,
} from '@shared/contract'
import type { WorkingCalendar } from '@shared/calendar/workingCalendar'
import { caseDeadline } from '@shared/cases/deadlines'
import type { Trx, Db } from '../core/context'
import { DomainError } from '../core/domainError'
import type { Database } from '../../store/schema'

type Decision = Optionalised<
  Pick<
    z.output<typeof MatterInput>,
    | 'outcome'
    | 'departmentId'
    | 'ownerLeaderId'
    | 'promisedDeadline'
    | 'channel'
    | 'channelNote'
    | 'shareContact'
  >
> &
  Partial<Pick<z.output<typeof AmendOutcomeInput>, 'consultedDepartmentIds'>>

/** What a decision stores: its deadline (assigned, forwarded) and the case's state. */
export interface SettledDecision {
  acceptedOn: string | null
  deadline: string | null
  deadlineRule: string | null
  state: 'open' | 'closed'
}

/**
 * Accepted on the reception day, except a matter not accepted. Assigned and forwarded cases
 * stay open with a deadline — the statute's 60 days, or a sooner promise; the others are
 * settled at the table and closed.
 */
export function settleDecision(
  dayDate: string,
  d: Decision,
  matterNo: number,
  calendar: WorkingCalendar,
): SettledDecision {
  const acceptedOn = d.outcome === 'not_accepted' ? null : dayDate
  if (!needsDepartment(d.outcome))
    return { acceptedOn, deadline: null, deadlineRule: null, state: 'closed' }
  const result = caseDeadline(dayDate, d.promisedDeadline, calendar)
  if (!result.ok)
    throw new DomainError(
      result.reason === 'laterThanStatute'
        ? 'outcomeError.promisedLaterThanStatute'
        : 'outcomeError.promisedBeforeAcceptance',
      { matter: matterNo, statute: result.statute.date, acceptedOn: dayDate },
    )
  return {
    acceptedOn,
    deadline: result.deadline.date,
    deadlineRule: result.deadline.rule,
    state: 'open',
  }
}

type Eb = ExpressionBuilder<Database, never>
type Counted = SelectQueryBuilder<Database, keyof Database, { n: number }>
const n = sql<number>`count(*)`.as('n')

/** Refuses ids of departments, leaders, categories or townships that are not (or no longer) there. */
export async function assertReferences(
  trx: Trx,
  refs: {
    departmentIds: number[]
    leaderIds: number[]
    categoryIds: number[]
    townshipCodes: string[]
  },
): Promise<void> {
  const unique = <T>(xs: T[]) => [...new Set(xs)]
  const departmentIds = unique(refs.departmentIds)
  const leaderIds = unique(refs.leaderIds)
  const categoryIds = unique(refs.categoryIds)
  const townshipCodes = unique(refs.townshipCodes)
  // How many of each are known, in one statement (one round trip on PostgreSQL), checked in
  // this order: departments, leaders, categories, townships.
  const checks: { expected: number; error: string; count: (eb: Eb) => Counted }[] = []
  if (departmentIds.length)
    checks.push({
      expected: departmentIds.length,
      error: 'outcomeError.unknownDepartment',
      count: (eb) =>
        eb
          .selectFrom('department')
          .select(n)
          .where('id', 'in', departmentIds)
          .where('active', '=', 1),
    })
  if (leaderIds.length)
    checks.push({
      expected: leaderIds.length,
      error: 'outcomeError.unknownLeader',
      count: (eb) =>
        eb.selectFrom('leader').select(n).where('id', 'in', leaderIds).where('active', '=', 1),
    })
  if (categoryIds.length)
    checks.push({
      expected: categoryIds.length,
      error: 'outcomeError.unknownCategory',
      count: (eb) => eb.selectFrom('category').select(n).where('id', 'in', categoryIds),
    })
  if (townshipCodes.length)
    checks.push({
      expected: townshipCodes.length,
      error: 'outcomeError.unknownTownship',
      count: (eb) => eb.selectFrom('township').select(n).where('code', 'in', townshipCodes),
    })
  if (checks.length === 0) return
  const found = await trx
    .selectNoFrom((eb) => checks.map((check, i) => check.count(eb).as(`n${i}`)))
    .executeTakeFirstOrThrow()
  const counts = found as Record<string, number | string>
  const missing = checks.find((check, i) => Number(counts[`n${i}`]) !== check.expected)
  if (missing) throw new DomainError(missing.error)
}

/**
 * A registration's category and township exist: well-formed ids the hall does not have are
 * refused with a message (400), not left to the foreign keys (a 500 with nothing said).
 */
export async function assertMatterReferences(
  trx: Trx,
  matter: { categoryId?: number | undefined; townshipCode?: string | undefined },
): Promise<void> {
  await assertReferences(trx, {
    departmentIds: [],
    leaderIds: [],
    categoryIds: matter.categoryId === undefined ? [] : [matter.categoryId],
    townshipCodes: matter.townshipCode === undefined ? [] : [matter.townshipCode],
  })
}

/** Inserts an outcome row with its consulted departments; returns its id. */
export async function insertOutcome(
  trx: Trx,
  row: {
    caseId: number
    decision: string
    at: string
    actor: string
    ownerLeaderId: number | null
    settled: SettledDecision
    consultedDepartmentIds: number[]
    amendReason: string | null
  } & Decision,
): Promise<number> {
  const inserted = await trx
    .insertInto('outcome')
    .values({
      case_id: row.caseId,
      kind: row.outcome,
      decision: row.decision,
      channel: row.channel ?? null,
      channel_note: row.channelNote ?? null,
      department_id: row.departmentId ?? null,
      owner_leader_id: row.ownerLeaderId,
      deadline: row.settled.deadline,
      deadline_rule: row.settled.deadlineRule,
      share_contact: row.shareContact ? 1 : 0,
      recorded_at: row.at,
      recorded_by: row.actor,
      amend_reason: row.amendReason,
      superseded_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const consulted = [...new Set(row.consultedDepartmentIds)]
  if (consulted.length)
    await trx
      .insertInto('outcome_department')
      .values(consulted.map((id) => ({ outcome_id: inserted.id, department_id: id })))
      .execute()
  return inserted.id
}

/** Every outcome of a case, the current one first, then the superseded ones, newest first. */
export async function readOutcomes(db: Db, caseId: number): Promise<OutcomeRecord[]> {
  const rows = await db
    .selectFrom('outcome')
    .leftJoin('department', 'department.id', 'outcome.department_id')
    .leftJoin('leader', 'leader.id', 'outcome.owner_leader_id')
    .select([
      'outcome.id',
      'outcome.kind',
      'outcome.decision',
      'outcome.channel',
      'outcome.channel_note',
      'outcome.department_id',
      'department.name as departmentName',
      'outcome.owner_leader_id',
      'leader.name as leaderName',
      'leader.title as leaderTitle',
      'outcome.deadline',
      'outcome.deadline_rule',
      'outcome.share_contact',
      'outcome.recorded_at',
      'outcome.recorded_by',
      'outcome.amend_reason',
      'outcome.superseded_at',
    ])
    .where('outcome.case_id', '=', caseId)
    .orderBy('outcome.id', 'desc')
    .execute()
  const consulted = await db
    .selectFrom('outcome_department')
    .innerJoin('department', 'department.id', 'outcome_department.department_id')
    .select(['outcome_department.outcome_id', 'department.id', 'department.name'])
    .where('outcome_department.outcome_id', 'in', rows.length ? rows.map((r) => r.id) : [-1])
    .orderBy('department.id')
    .execute()
  const records = rows.map((r): OutcomeRecord => ({
    outcomeId: r.id,
    kind: r.kind,
    decision: r.decision,
    channel: (r.channel as OutcomeRecord['channel']) ?? null,
    channelNote: r.channel_note,
    department:
      r.department_id !== null && r.departmentName !== null
        ? { id: r.department_id, name: r.departmentName }
        : null,
    ownerLeader:
      r.owner_leader_id !== null && r.leaderName !== null
        ? { id: r.owner_leader_id, name: r.leaderName, title: r.leaderTitle ?? '' }
        : null,
    deadline: r.deadline,
    deadlineRule: r.deadline_rule,
    shareContact: r.share_contact === 1,
    consulted: consulted
      .filter((c) => c.outcome_id === r.id)
      .map((c) => ({ id: c.id, name: c.name })),
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
    amendReason: r.amend_reason,
    supersededAt: r.superseded_at,
  }))
  // The current outcome (not superseded) first.
  return [
    ...records.filter((r) => r.supersededAt === null),
    ...records.filter((r) => r.supersededAt !== null),
  ]
}

/** The current outcome of a case, or null (a case always has one once recorded). */
export async function currentOutcome(db: Db, caseId: number) {
  return db
    .selectFrom('outcome')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('superseded_at', 'is', null)
    .executeTakeFirst()
}

/** Why a paper was voided: stored since 0010 for the calendar; before, only amendments voided. */
export const supersededReason = (r: {
  superseded: number
  superseded_reason: string | null
}): 'amended' | 'calendar' | null =>
  r.superseded !== 1 ? null : r.superseded_reason === 'calendar' ? 'calendar' : 'amended'

/** The documents printed for a case, newest first. */
export async function readDocumentRows(db: Db, caseId: number): Promise<DocumentRow[]> {
  const rows = await db
    .selectFrom('case_document')
    .select([
      'id',
      'kind',
      'outcome_id',
      'printed_at',
      'printed_by',
      'reprint_of',
      'superseded',
      'superseded_at',
      'superseded_reason',
      'pdf_saved_at',
      'log_entry_id',
    ])
    .where('case_id', '=', caseId)
    .orderBy('id', 'desc')
    .execute()
  return rows.map((r) => ({
    documentId: r.id,
    kind: r.kind,
    entryId: r.log_entry_id,
    outcomeId: r.outcome_id,
    printedAt: r.printed_at,
    printedBy: r.printed_by,
    reprintOf: r.reprint_of,
    superseded: r.superseded === 1,
    supersededAt: r.superseded_at,
    supersededReason: supersededReason(r),
    hasPdf: r.pdf_saved_at !== null,
  }))
}
