import type { CaseFollowUp, Input, OwnedCase, OwnedCases } from '@shared/contract'
import { FOLLOWED } from '@shared/followUp/caseLog'
import { hallDate } from '@shared/time/hallClock'
import type { CallContext } from '../core/context'
import { daysOfHall, hallOf } from '../core/hall'
import { readCaseSource, toFollowUp } from './caseSource'
import { reasonsFor, workingDaysLeft } from './workList'

/** What a case waits for, in the order the loop takes them; a leader reads one, not seven. */
const NEXT_ORDER = ['onSpotRecord', 'notice', 'reviewAnswer', 'reply', 'callback', 'close']

export const nextStepOf = (f: Pick<CaseFollowUp, 'next'>): string | null =>
  NEXT_ORDER.find((kind) => f.next.includes(kind)) ?? null

/**
 * The cases the leader on duty at this table today owns (包案), until they are closed, with
 * each one's clock and next step: soonest deadline first. An accusation (检举控告) is listed
 * only where this leader also handled it at the table (its batch's duty): it never leaves the
 * handling leader. No names, no summary.
 */
export async function ownedCases(
  ctx: CallContext,
  input: Input<'followUp', 'owned'>,
): Promise<OwnedCases> {
  const today = hallDate(ctx)
  const duty = await ctx.db
    .selectFrom('duty')
    .innerJoin('reception_day', 'reception_day.id', 'duty.day_id')
    .innerJoin('leader', 'leader.id', 'duty.leader_id')
    .select(['leader.id', 'leader.name'])
    .where('reception_day.date', '=', today)
    .where('reception_day.hall', '=', hallOf(ctx))
    .where('duty.table_no', '=', input.tableNo)
    .executeTakeFirst()
  if (!duty) return { today, leader: null, rows: [] }
  const cases = await ctx.db
    .selectFrom('petition_case')
    .innerJoin('batch', 'batch.id', 'petition_case.batch_id')
    .innerJoin('duty', 'duty.id', 'batch.duty_id')
    .leftJoin('category', 'category.id', 'petition_case.category_id')
    .select([
      'petition_case.id',
      'petition_case.nature',
      'duty.leader_id as handlingLeaderId',
      'category.name as categoryName',
    ])
    .where('petition_case.owner_leader_id', '=', duty.id)
    .where('petition_case.day_id', 'in', daysOfHall(ctx.db, hallOf(ctx)))
    .where('petition_case.outcome', 'in', [...FOLLOWED])
    .orderBy('petition_case.id')
    .execute()
  const rows: OwnedCase[] = []
  for (const c of cases) {
    if (c.nature === 'accusation' && c.handlingLeaderId !== duty.id) continue
    const f = toFollowUp(ctx, await readCaseSource(ctx.db, c.id), today)
    if (f.state === 'closed') continue
    rows.push({
      caseId: f.caseId,
      caseNo: f.caseNo,
      state: f.state,
      nature: f.nature,
      categoryName: c.categoryName,
      departmentName: f.departmentName,
      acceptedOn: f.acceptedOn,
      deadline: f.deadline,
      extended: f.extended,
      workingDaysLeft: f.deadline ? workingDaysLeft(today, f.deadline.date) : null,
      reasons: reasonsFor(f, today),
      nextStep: nextStepOf(f),
    })
  }
  const due = (r: OwnedCase) => r.deadline?.date ?? '9999-12-31'
  rows.sort((a, b) => due(a).localeCompare(due(b)) || a.caseId - b.caseId)
  return { today, leader: { id: duty.id, name: duty.name }, rows }
}
