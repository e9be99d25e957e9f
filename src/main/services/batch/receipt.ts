import {
  formatTicket,
  isCollective,
  receiptQrText,
  type ReceiptView,
  type Input,
} from '@shared/contract'
import { maskIdNumber, maskName } from '@shared/person/mask'
import { findCounty } from '../../divisions/divisions'
import type { Db, CallContext } from '../core/context'
import { DomainError } from '../core/domainError'
import { readSettings } from '../reference/settings'
import { batchAtTable } from './batchJoins'

export interface HallInfo {
  hallName: string
  countyName: string | null
  hallPhone: string | null
}

/** The hall as printed documents name it; empty settings are left to the templates' defaults. */
export async function hallInfo(db: Db): Promise<HallInfo> {
  const settings = await readSettings(db)
  return {
    hallName: settings.hallName.trim(),
    countyName: settings.countyCode ? (findCounty(settings.countyCode)?.name ?? null) : null,
    hallPhone: settings.hallPhone.trim() || null,
  }
}

/**
 * The registration receipt (登记回执) of a batch: masked names and ID numbers only — never a
 * full ID number or phone — plus the query code for later progress look-ups (art. 21).
 */
export async function batchReceipt(
  ctx: CallContext,
  input: Input<'batch', 'receipt'>,
): Promise<ReceiptView> {
  const batch = await batchAtTable(ctx.db)
    .innerJoin('reception_day', 'reception_day.id', 'batch.day_id')
    .select([
      'batch.id',
      'batch.ticket_no',
      'batch.kind',
      'batch.headcount',
      'batch.status',
      'batch.query_code',
      'batch.registered_at',
      'duty.table_no',
      'leader.name as leaderName',
      'leader.title as leaderTitle',
      'reception_day.date as dayDate',
      'reception_day.place as place',
    ])
    .where('batch.id', '=', input.batchId)
    .executeTakeFirst()
  if (!batch) throw new DomainError('receipt.notFound', {}, 'not_found')
  if (batch.status === 'cancelled') throw new DomainError('receipt.cancelled', {}, 'conflict')

  const members = await ctx.db
    .selectFrom('batch_member')
    .innerJoin('person', 'person.id', 'batch_member.person_id')
    .select(['person.name', 'person.id_number'])
    .where('batch_member.batch_id', '=', input.batchId)
    .orderBy('batch_member.sort')
    .execute()

  return {
    batchId: batch.id,
    ...(await hallInfo(ctx.db)),
    dayDate: batch.dayDate,
    place: batch.place,
    ticket: formatTicket(batch.ticket_no),
    tableNo: batch.table_no,
    leaderName: batch.leaderName,
    leaderTitle: batch.leaderTitle,
    registeredAt: batch.registered_at,
    kind: batch.kind,
    headcount: batch.headcount,
    collective: isCollective(batch.headcount),
    members: members.map((m) => ({
      maskedName: maskName(m.name),
      maskedIdNumber: m.id_number ? maskIdNumber(m.id_number) : null,
    })),
    queryCode: batch.query_code,
    qrText: receiptQrText(batch.query_code),
  }
}
