import { RegisterBatchInput } from '@shared/contract'
import type { ServiceContext } from '../../src/main/services/core/context'
import { hallCaller } from './hallCaller'

/** Plans a day with leaders at the given tables, through the hub's API (the typed caller). */
export async function planWithLeaders(
  ctx: ServiceContext,
  date: string,
  leaders: { name: string; title?: string; tableNo: number; isLead?: boolean }[],
) {
  const caller = hallCaller(ctx)
  const duties = []
  for (const l of leaders) {
    const leader = await caller.leader.create({ name: l.name, title: l.title })
    duties.push({ leaderId: leader.id, tableNo: l.tableNo, isLead: l.isLead ?? false })
  }
  return caller.day.plan({ date, place: '县人民来访接待中心', duties })
}

export const registration = (input: Record<string, unknown>) => RegisterBatchInput.parse(input)
