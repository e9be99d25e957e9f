import { useQueryClient } from '@tanstack/react-query'
import { useSubscription } from '@trpc/tanstack-react-query'
import { useTRPC } from '../../app/trpc'

/**
 * Keeps every screen current without polling: the hub pushes what changed after each
 * commit and the affected queries are re-read (through the screen's own masking).
 */
export function useLiveUpdates(dayId?: number): void {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  useSubscription(
    trpc.events.changes.subscriptionOptions(dayId ? { dayId } : undefined, {
      onData: (event) => {
        if (event.topic === 'reference') {
          void queryClient.invalidateQueries({ queryKey: trpc.leader.pathKey() })
          return
        }
        if (event.topic === 'day') {
          void queryClient.invalidateQueries({ queryKey: trpc.day.pathKey() })
          void queryClient.invalidateQueries({ queryKey: trpc.appointment.pathKey() })
        }
        void queryClient.invalidateQueries({ queryKey: trpc.queue.pathKey() })
      },
    }),
  )
}
