import { useQuery } from '@tanstack/react-query'
import { useTRPC } from '../../../app/trpc'
import type { Option } from './DecisionFields'

/** The departments and leaders a decision can name, as select options (recording and amending). */
export function useDecisionOptions(): { departments: Option[]; leaders: Option[] } {
  const trpc = useTRPC()
  const departments = useQuery(trpc.reference.departments.queryOptions())
  const leaders = useQuery(trpc.leader.list.queryOptions())
  return {
    departments: (departments.data ?? []).map((d) => ({ value: String(d.id), label: d.name })),
    leaders: (leaders.data ?? []).map((l) => ({
      value: String(l.id),
      label: l.title ? `${l.name}（${l.title}）` : l.name,
    })),
  }
}
