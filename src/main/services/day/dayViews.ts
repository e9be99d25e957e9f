import type { DayView, DutyView } from '@shared/contract'
import type { Db } from '../core/context'

// A day as every day screen shows it, written once: the plan's list, a day's own view, the
// announcement and the queue screens read their days and duties through these.

/** The columns of a day its views and notices read. */
export const DAY_COLUMNS = [
  'id',
  'date',
  'place',
  'opens_at',
  'closes_at',
  'state',
  'created_at',
  'announced_10_at',
  'announced_3_at',
] as const

type DayFields = Omit<DayView, 'duties'>

/** A day's own fields as its views give them. */
export const dayFields = (day: {
  id: number
  date: string
  place: string
  opens_at: string
  closes_at: string
  state: DayView['state']
  created_at: string
}): DayFields => ({
  id: day.id,
  date: day.date,
  place: day.place,
  opensAt: day.opens_at,
  closesAt: day.closes_at,
  state: day.state,
  createdAt: day.created_at,
})

/** The duties of some days with their leaders, each day's by table number (one query). */
export async function dutiesOf(db: Db, dayIds: number[]): Promise<Map<number, DutyView[]>> {
  const byDay = new Map<number, DutyView[]>()
  if (dayIds.length === 0) return byDay
  const rows = await db
    .selectFrom('duty')
    .innerJoin('leader', 'leader.id', 'duty.leader_id')
    .select([
      'duty.day_id as dayId',
      'duty.id as id',
      'duty.table_no as tableNo',
      'duty.is_lead as isLead',
      'duty.state as state',
      'leader.id as leaderId',
      'leader.name as leaderName',
      'leader.title as leaderTitle',
    ])
    .where('duty.day_id', 'in', dayIds)
    .orderBy('duty.table_no')
    .execute()
  for (const d of rows) {
    const duties = byDay.get(d.dayId) ?? []
    duties.push({
      id: d.id,
      tableNo: d.tableNo,
      isLead: d.isLead === 1,
      state: d.state,
      leader: { id: d.leaderId, name: d.leaderName, title: d.leaderTitle },
    })
    byDay.set(d.dayId, duties)
  }
  return byDay
}
