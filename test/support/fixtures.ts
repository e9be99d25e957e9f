import { RegisterBatchInput, PlanDayInput, CreateLeaderInput } from '@shared/contract'
import { createLeader } from '../../src/main/services/leader/leaders'
import { planDay } from '../../src/main/services/day/days'
import { actingAs, type ServiceContext } from '../../src/main/services/core/context'

/** Plans a day with leaders at the given tables, through the same services the hub uses. */
export async function planWithLeaders(
  ctx: ServiceContext,
  date: string,
  leaders: { name: string; title?: string; tableNo: number; isLead?: boolean }[],
) {
  const duties = []
  for (const l of leaders) {
    const leader = await createLeader(
      actingAs(ctx, 'test'),
      CreateLeaderInput.parse({ name: l.name, title: l.title }),
    )
    duties.push({ leaderId: leader.id, tableNo: l.tableNo, isLead: l.isLead ?? false })
  }
  return planDay(
    actingAs(ctx, 'test'),
    PlanDayInput.parse({ date, place: '县人民来访接待中心', duties }),
  )
}

export const registration = (input: Record<string, unknown>) => RegisterBatchInput.parse(input)
