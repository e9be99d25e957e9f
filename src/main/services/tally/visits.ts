import type { AssignedMatter, VisitCounts } from '@shared/contract/tally'
import { formatTicket } from '@shared/contract/ticket'
import type { Db } from '../core/context'

// 初访 / 重复访 and the 交办事项清单 of a day, as the contract defines them (VisitCounts,
// AssignedMatter in contract/tally.ts).

interface CountedBatch {
  id: number
  headcount: number
}

/** The day's visits: each batch first or repeat by its people's earlier reception days. */
export async function loadVisits(
  db: Db,
  day: { id: number; date: string },
  counted: readonly CountedBatch[],
): Promise<VisitCounts> {
  const members = await db
    .selectFrom('batch_member')
    .innerJoin('batch', 'batch.id', 'batch_member.batch_id')
    .select(['batch_member.batch_id as batchId', 'batch_member.person_id as personId'])
    .where('batch.day_id', '=', day.id)
    .where('batch.status', '!=', 'cancelled')
    .execute()
  // The people of the day who had come on an earlier reception day (a batch not cancelled).
  const earlier = await db
    .selectFrom('batch_member as m')
    .innerJoin('batch as b', 'b.id', 'm.batch_id')
    .innerJoin('reception_day as d', 'd.id', 'b.day_id')
    .select('m.person_id as personId')
    .distinct()
    .where('b.status', '!=', 'cancelled')
    .where('d.date', '<', day.date)
    .where(
      'm.person_id',
      'in',
      db
        .selectFrom('batch_member')
        .innerJoin('batch', 'batch.id', 'batch_member.batch_id')
        .select('batch_member.person_id')
        .where('batch.day_id', '=', day.id),
    )
    .execute()
  const cameBefore = new Set(earlier.map((e) => e.personId))
  const repeatBatchIds = new Set(
    members.filter((m) => cameBefore.has(m.personId)).map((m) => m.batchId),
  )
  const visits: VisitCounts = {
    firstBatches: 0,
    firstPersons: 0,
    repeatBatches: 0,
    repeatPersons: 0,
    distinctPersons: new Set(members.map((m) => m.personId)).size,
  }
  for (const b of counted) {
    if (repeatBatchIds.has(b.id)) {
      visits.repeatBatches += 1
      visits.repeatPersons += b.headcount
    } else {
      visits.firstBatches += 1
      visits.firstPersons += b.headcount
    }
  }
  return visits
}

/** The matters of the day's batches whose current outcome is 交办, by case number. */
export async function loadAssignedMatters(db: Db, dayId: number): Promise<AssignedMatter[]> {
  const rows = await db
    .selectFrom('petition_case')
    .innerJoin('batch', 'batch.id', 'petition_case.batch_id')
    .innerJoin('duty', 'duty.id', 'batch.duty_id')
    .innerJoin('leader', 'leader.id', 'duty.leader_id')
    .leftJoin('department', 'department.id', 'petition_case.department_id')
    .leftJoin('category', 'category.id', 'petition_case.category_id')
    .select([
      'petition_case.id as caseId',
      'petition_case.case_no as caseNo',
      'petition_case.deadline',
      'batch.ticket_no as ticketNo',
      'duty.table_no as tableNo',
      'leader.name as leaderName',
      'department.name as departmentName',
      'category.name as categoryName',
    ])
    .where('batch.day_id', '=', dayId)
    .where('batch.status', '!=', 'cancelled')
    .where('petition_case.outcome', '=', 'assigned')
    .orderBy('petition_case.case_no')
    .orderBy('petition_case.id')
    .execute()
  return rows.map((r) => ({
    caseId: r.caseId,
    caseNo: r.caseNo,
    ticket: formatTicket(r.ticketNo),
    tableNo: r.tableNo,
    leaderName: r.leaderName,
    categoryName: r.categoryName,
    departmentName: r.departmentName,
    deadline: r.deadline,
  }))
}
