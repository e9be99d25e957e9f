import { useQuery } from '@tanstack/react-query'
import { useTRPC } from '../../app/trpc'
import { setupSteps, type SetupStep } from './setupSteps'

export interface SetupGuide {
  /** null until every list has been read. */
  steps: SetupStep[] | null
  complete: boolean
}

/** The first-run guide's steps, from the hall's own lists (the live `reference` event refreshes them). */
export function useSetupGuide(): SetupGuide {
  const trpc = useTRPC()
  const townships = useQuery(trpc.reference.townships.queryOptions())
  const departments = useQuery(trpc.reference.departments.queryOptions())
  const leaders = useQuery(trpc.leader.list.queryOptions())
  const days = useQuery(trpc.day.list.queryOptions())
  if (!townships.data || !departments.data || !leaders.data || !days.data)
    return { steps: null, complete: false }
  const steps = setupSteps({
    townships: townships.data.length,
    departments: departments.data.length,
    leaders: leaders.data.length,
    days: days.data.upcoming.length + days.data.recent.length,
  })
  return { steps, complete: steps.every((s) => s.done) }
}
