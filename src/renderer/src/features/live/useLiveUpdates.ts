import { useQueryClient, type Query } from '@tanstack/react-query'
import { useSubscription } from '@trpc/tanstack-react-query'
import type { ChangeEvent } from '../../../../shared/contract'
import { useTRPC } from '../../app/trpc'

/** The `tableNo` a query was made for (tRPC keys are [path, { input, type }]), if any. */
function tableOf(query: Query): number | undefined {
  const input = (query.queryKey[1] as { input?: { tableNo?: unknown } } | undefined)?.input
  return typeof input?.tableNo === 'number' ? input.tableNo : undefined
}

/**
 * Keeps every screen current without polling: the hub pushes what changed after each
 * commit and the affected queries are re-read (through the screen's own masking).
 * A table's screen re-reads only when its own table changed; the board and the desk's list
 * re-read on every queue change (queries without a `tableNo` are not filtered).
 */
export function useLiveUpdates(dayId?: number): void {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  useSubscription(
    trpc.events.changes.subscriptionOptions(dayId ? { dayId } : undefined, {
      onData: (event: ChangeEvent) => {
        if (event.topic === 'reference') {
          void queryClient.invalidateQueries({ queryKey: trpc.leader.pathKey() })
          return
        }
        if (event.topic === 'day') {
          void queryClient.invalidateQueries({ queryKey: trpc.day.pathKey() })
          void queryClient.invalidateQueries({ queryKey: trpc.appointment.pathKey() })
          void queryClient.invalidateQueries({ queryKey: trpc.queue.pathKey() })
          return
        }
        void queryClient.invalidateQueries({ queryKey: trpc.batch.listForDay.pathKey() })
        void queryClient.invalidateQueries({
          queryKey: trpc.queue.pathKey(),
          predicate: (query) => {
            const tableNo = tableOf(query)
            return tableNo === undefined || event.tableNos.includes(tableNo)
          },
        })
      },
    }),
  )
}
