import { isCollective, type Input, type Output, type RouteRule } from '@shared/contract'
import type { CallContext, Db } from '../core/context'
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

/**
 * The default routing of DESIGN.md: an open case's owner leader, the lead leader for
 * collective or hard cases, the township's liaison, the category's leader, then the
 * table with the shortest expected wait (active tables before paused ones). Only tables on duty
 * and not ended count.
 */
export async function computeRoute(db: Db, request: RouteRequest): Promise<RouteSuggestion | null> {
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
    .where('duty.day_id', '=', request.dayId)
    .where('duty.state', '!=', 'ended')
    .orderBy('duty.table_no')
    .execute()
  if (duties.length === 0) return null
  const byLeader = (leaderId: number | null | undefined) =>
    duties.find((d) => d.leaderId === leaderId)
  const pick = (duty: (typeof duties)[number], rule: RouteRule): RouteSuggestion => ({
    dutyId: duty.dutyId,
    tableNo: duty.tableNo,
    leaderId: duty.leaderId,
    leaderName: duty.leaderName,
    rule,
  })
  const leaderIds = duties.map((d) => d.leaderId)

  if (request.personIds.length > 0) {
    const owner = await db
      .selectFrom('petition_case')
      .innerJoin('batch_member', 'batch_member.batch_id', 'petition_case.batch_id')
      .select('petition_case.owner_leader_id as leaderId')
      .where('batch_member.person_id', 'in', request.personIds)
      .where('petition_case.state', '!=', 'closed')
      .where('petition_case.owner_leader_id', 'in', leaderIds)
      .orderBy('petition_case.created_at', 'desc')
      .executeTakeFirst()
    const duty = byLeader(owner?.leaderId)
    if (duty) return pick(duty, 'owner_leader')
  }

  if (request.collective || request.hard) {
    const lead = duties.find((d) => d.isLead === 1)
    if (lead) return pick(lead, 'lead_leader')
  }

  if (request.townshipCode) {
    const liaison = await db
      .selectFrom('leader_township')
      .select('leader_id')
      .where('township_code', '=', request.townshipCode)
      .where('leader_id', 'in', leaderIds)
      .executeTakeFirst()
    const duty = byLeader(liaison?.leader_id)
    if (duty) return pick(duty, 'township')
  }

  if (request.categoryId) {
    const area = await db
      .selectFrom('leader_area')
      .select('leader_id')
      .where('category_id', '=', request.categoryId)
      .where('leader_id', 'in', leaderIds)
      .executeTakeFirst()
    const duty = byLeader(area?.leader_id)
    if (duty) return pick(duty, 'category')
  }

  // Shortest expected wait (queue/expectedWait.ts); a paused table only when all are paused.
  const waitAt = await waitForNewArrival(db, request.dayId, request.now ?? new Date())
  const rank = (duty: (typeof duties)[number]) =>
    (duty.state === 'paused' ? PAUSED_PENALTY : 0) + waitAt(duty.dutyId)
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
