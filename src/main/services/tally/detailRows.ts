import { COLLECTIVE_HEADCOUNT } from '@shared/contract/enums'
import type { Db } from '../core/context'
import type { TallyDetailRow } from '@shared/contract/tally'
import { formatTicket } from '@shared/contract/ticket'
import { maskIdNumber, maskName } from '@shared/person/mask'
import { loadDay, type LoadedDay } from './load'
import { membersOfDay } from '../batch/batchJoins'

/**
 * The day's batches as the exports list them (明细), cancelled registrations left out, by
 * ticket. Names and ID numbers masked; the summary of the matter is not exported at all (an
 * accusation's content never leaves the table handling it).
 */
export async function detailRows(db: Db, dayId: number): Promise<TallyDetailRow[]> {
  return detailRowsOf(db, await loadDay(db, dayId))
}

export async function detailRowsOf(db: Db, day: LoadedDay): Promise<TallyDetailRow[]> {
  const members = await membersOfDay(db, day.id)
    .select(['batch_member.batch_id as batchId', 'person.name', 'person.id_number as idNumber'])
    .orderBy('batch_member.batch_id')
    .orderBy('batch_member.sort')
    .execute()
  const membersOf = new Map<number, { name: string; idNumber: string | null }[]>()
  for (const m of members) membersOf.set(m.batchId, [...(membersOf.get(m.batchId) ?? []), m])
  const dutyOf = new Map(day.duties.map((d) => [d.id, d]))

  return day.batches
    .filter((b) => b.status !== 'cancelled')
    .map((b) => {
      const people = membersOf.get(b.id) ?? []
      const duty = dutyOf.get(b.dutyId)
      return {
        batchId: b.id,
        ticket: formatTicket(b.ticketNo),
        registeredAt: b.registeredAt,
        kind: b.kind,
        headcount: b.headcount,
        collective: b.headcount >= COLLECTIVE_HEADCOUNT,
        maskedNames: people.map((p) => maskName(p.name)),
        maskedIdNumbers: people.flatMap((p) => (p.idNumber ? [maskIdNumber(p.idNumber)] : [])),
        nature: b.nature,
        categoryName: b.categoryName,
        townshipName: b.townshipName,
        tableNo: duty?.tableNo ?? 0,
        leaderName: duty?.leaderName ?? '',
        transfers: b.transfers.length,
        status: b.status,
        outcomes: b.outcomes,
        calledAt: b.calledAt,
        startedAt: b.startedAt,
        endedAt: b.endedAt,
        waitSeconds: b.waitSeconds,
        sessionSeconds: b.sessionSeconds,
      }
    })
}
