import { isCollective, type Input, type Output, type RouteRule } from '@shared/contract'
import type { ExpressionBuilder } from 'kysely'
import type { CallContext, Db } from '../core/context'
import type { Database } from '../../store/schema'
import { waitForNewArrival } from '../queue/expectedWait'

/** Minutes added to a paused table's wait: any active table comes first. */
const PAUSED_PENALTY = 24 * 60

export interface RouteRequest {
  dayId: number
  personIds: number[]
  townshipCode?: string | undefined
  categoryId?: number | undefined
  collective: boolean
  hard: boolean
  /** For the shortest expected wait; defaults to the current time. */
  now?: Date | undefined
}

export interface RouteSuggestion {
  dutyId: number
  tableNo: number
  leaderId: number
  leaderName: string
  rule: RouteRule
}

type DutyEb = ExpressionBuilder<Database, 'duty' | 'leader'>
const liaisons = (eb: DutyEb, townshipCode: string) =>
  eb.selectFrom('leader_township').select('leader_id').where('township_code', '=', townshipCode)
const areaLeaders = (eb: DutyEb, categoryId: number) =>
  eb.selectFrom('leader_area').select('leader_id').where('category_id', '=', categoryId)

/**
 * The default routing of DESIGN.md: an open case's owner leader, the lead leader for
 * collective or hard cases, the township's liaison, the category's leader, then the
 * table with the shortest expected wait (active tables before paused ones). Only tables on duty
 * and not ended count.
 */
export async function computeRoute(db: Db, request: RouteRequest): Promise<RouteSuggestion | null> {
  const { personIds, townshipCode, categoryId } = request
  // Each rule's answer per table, in the one query of the tables on duty: a round trip each
  // would be four on PostgreSQL for the one registration.
  const duties = await db
    .selectFrom('duty')
    .innerJoin('leader', 'leader.id', 'duty.leader_id')
    .select([
      'duty.id as dutyId',
      'duty.table_no as tableNo',
      'duty.is_lead as isLead',
      'duty.state as state',
      'leader.id as leaderId',
      'leader.name as leaderName',
    ])
    .select((eb) => [
      // The newest open case of these persons that this table's leader owns.
      (personIds.length > 0
        ? eb
            .selectFrom('petition_case')
            .innerJoin('batch_member', 'batch_member.batch_id', 'petition_case.batch_id')
            .select((e) => e.fn.max('petition_case.created_at').as('at'))
            .whereRef('petition_case.owner_leader_id', '=', 'duty.leader_id')
            .where('batch_member.person_id', 'in', personIds)
            .where('petition_case.state', '!=', 'closed')
        : eb.lit(null)
      ).as('ownedCaseAt'),
      // Whether this table's leader is the township's liaison, the category's leader.
      (townshipCode ? eb('duty.leader_id', 'in', liaisons(eb, townshipCode)) : eb.lit(false)).as(
        'isLiaison',
      ),
      (categoryId ? eb('duty.leader_id', 'in', areaLeaders(eb, categoryId)) : eb.lit(false)).as(
        'isArea',
      ),
    ])
    .where('duty.day_id', '=', request.dayId)
    .where('duty.state', '!=', 'ended')
    .orderBy('duty.table_no')
    .execute()
  if (duties.length === 0) return null
  type Duty = (typeof duties)[number]
  const pick = (duty: Duty, rule: RouteRule): RouteSuggestion => ({
    dutyId: duty.dutyId,
    tableNo: duty.tableNo,
    leaderId: duty.leaderId,
    leaderName: duty.leaderName,
    rule,
  })

  const owner = duties.reduce<Duty | undefined>(
    (newest, d) =>
      d.ownedCaseAt !== null && (!newest || d.ownedCaseAt > (newest.ownedCaseAt ?? ''))
        ? d
        : newest,
    undefined,
  )
  if (owner) return pick(owner, 'owner_leader')

  if (request.collective || request.hard) {
    const lead = duties.find((d) => d.isLead === 1)
    if (lead) return pick(lead, 'lead_leader')
  }

  const liaison = duties.find((d) => Boolean(d.isLiaison))
  if (liaison) return pick(liaison, 'township')

  const area = duties.find((d) => Boolean(d.isArea))
  if (area) return pick(area, 'category')

  // Shortest expected wait (queue/expectedWait.ts); a paused table only when all are paused.
  const waitAt = await waitForNewArrival(db, request.dayId, request.now ?? new Date())
  const rank = (duty: Duty) => (duty.state === 'paused' ? PAUSED_PENALTY : 0) + waitAt(duty.dutyId)
  const shortest = duties.reduce((best, duty) => (rank(duty) < rank(best) ? duty : best))
  return pick(shortest, 'shortest_wait')
}

/** The route the desk shows before registering (desk.suggestRoute). */
export async function suggestRoute(
  ctx: CallContext,
  input: Input<'desk', 'suggestRoute'>,
): Promise<Output<'desk', 'suggestRoute'>> {
  const route = await computeRoute(ctx.db, {
    dayId: input.dayId,
    personIds: input.personIds,
    townshipCode: input.townshipCode,
    categoryId: input.categoryId,
    collective: isCollective(input.headcount),
    hard: input.hard,
    now: ctx.now(),
  })
  return route && { tableNo: route.tableNo, leaderName: route.leaderName, rule: route.rule }
}
