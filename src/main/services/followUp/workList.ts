import type { CaseFollowUp, Input, WorkList, WorkReason, WorkRow } from '@shared/contract'
import { isWorkingDay } from '@shared/cases/deadlines'
import { FOLLOWED } from '@shared/followUp/caseLog'
import { addDays } from '@shared/plan/notices'
import { hallDate } from '@shared/time/hallClock'
import type { CallContext } from '../core/context'
import { readCaseSource, toFollowUp } from './caseSource'
import { daysOfHall, hallOf } from '../core/hall'

/** Deadlines within this many working days are "due soon" on the work list. */
export const DUE_SOON_WORKING_DAYS = 3

/** Working days after `today` up to and including `deadline` (negative when past). */
export function workingDaysLeft(today: string, deadline: string): number {
  if (deadline < today) {
    let n = 0
    for (let d = deadline; d < today; d = addDays(d, 1)) if (isWorkingDay(d)) n -= 1
    return n
  }
  let n = 0
  for (let d = addDays(today, 1); d <= deadline; d = addDays(d, 1)) if (isWorkingDay(d)) n += 1
  return n
}

const HANDLING = ['accepted', 'in_progress', 'reopened']

export function reasonsFor(f: CaseFollowUp, today: string): WorkReason[] {
  const reasons: WorkReason[] = []
  if (f.state === 'replied') reasons.push('callback')
  if (f.outcome === 'resolved_on_spot' && f.next.includes('onSpotRecord'))
    reasons.push('onSpotRecord')
  const handling = HANDLING.includes(f.state) && f.outcome !== 'resolved_on_spot'
  if (handling && f.noticeDue && !f.noticeOn) reasons.push('notice')
  if (handling && f.deadline) {
    if (f.deadline.date < today) reasons.push('overdue')
    else if (workingDaysLeft(today, f.deadline.date) <= DUE_SOON_WORKING_DAYS)
      reasons.push('dueSoon')
  }
  return reasons
}

/**
 * What staff have to do now: call-backs due (replied, not yet called back), 现场处理记录 to
 * write, acceptance notices not yet given, deadlines within 3 working days, and overdue cases.
 */
export async function workList(
  ctx: CallContext,
  input: Input<'followUp', 'workList'>,
): Promise<WorkList> {
  const today = hallDate(ctx)
  const ids = await ctx.db
    .selectFrom('petition_case')
    .select(['id', 'department_id', 'owner_leader_id'])
    .where('outcome', 'in', [...FOLLOWED])
    .where('day_id', 'in', daysOfHall(ctx.db, hallOf(ctx)))
    .$if(input.ownerLeaderId !== undefined, (q) =>
      q.where('owner_leader_id', '=', input.ownerLeaderId ?? 0),
    )
    .orderBy('id')
    .execute()
  const rows: WorkRow[] = []
  for (const { id, department_id, owner_leader_id } of ids) {
    const f = toFollowUp(ctx, await readCaseSource(ctx.db, id), today)
    const reasons = reasonsFor(f, today)
    if (reasons.length === 0) continue
    rows.push({
      caseId: f.caseId,
      caseNo: f.caseNo,
      state: f.state,
      departmentId: department_id,
      departmentName: f.departmentName,
      ownerLeaderId: owner_leader_id,
      ownerLeaderName: f.ownerLeader?.name ?? null,
      reasons,
      deadline: f.deadline?.date ?? null,
      deadlineProvisional: f.deadline?.provisional ?? false,
      noticeDue: f.noticeDue?.date ?? null,
      workingDaysLeft: f.deadline ? workingDaysLeft(today, f.deadline.date) : null,
    })
  }
  const counts: Record<WorkReason, number> = {
    callback: 0,
    onSpotRecord: 0,
    notice: 0,
    dueSoon: 0,
    overdue: 0,
  }
  for (const row of rows) for (const r of row.reasons) counts[r] += 1
  return { today, rows, counts }
}
