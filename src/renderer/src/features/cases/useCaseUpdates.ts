import { useQueryClient } from '@tanstack/react-query'
import { useSubscription } from '@trpc/tanstack-react-query'
import { useTRPC } from '../../app/trpc'

/** Re-reads the case queries whenever the hub reports a change to cases or to the queues. */
export function useCaseUpdates(): void {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  useSubscription(
    trpc.events.changes.subscriptionOptions(undefined, {
      onData: (event) => {
        if (event.topic === 'case' || event.topic === 'queue')
          void queryClient.invalidateQueries({ queryKey: trpc.case.pathKey() })
      },
    }),
  )
}
