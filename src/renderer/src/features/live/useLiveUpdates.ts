import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useSubscription } from '@trpc/tanstack-react-query'
import { useCallback } from 'react'
import type { ChangeEvent } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { isRefreshedBy } from '@shared/live/refreshTable'

/** Re-reads (if shown) or marks stale every query the event changes, per `refreshTable`. */
export const refreshFor = (queryClient: QueryClient, event: ChangeEvent) =>
  queryClient.invalidateQueries({ predicate: (query) => isRefreshedBy(event, query.queryKey) })

/**
 * Keeps every screen current without polling: the hub pushes what changed after each
 * commit and the affected queries are re-read (through the screen's own masking).
 * A table's screen subscribes to its day; its queue queries re-read only when its own table
 * changed. The shell (desk, plan, cases, reports, settings) subscribes to every day.
 */
export function useLiveUpdates(dayId?: number): void {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  useSubscription(
    trpc.events.changes.subscriptionOptions(dayId ? { dayId } : undefined, {
      onData: (event: ChangeEvent) => void refreshFor(queryClient, event),
    }),
  )
}

/** This screen's own change to reference data: re-read at once what shows it here (other
 * screens hear of it from the hub's `reference` event, through the same table). */
export function useReferenceRefresh(): () => Promise<void> {
  const queryClient = useQueryClient()
  return useCallback(
    () => refreshFor(queryClient, { topic: 'reference', dayId: null, tableNos: [] }),
    [queryClient],
  )
}
