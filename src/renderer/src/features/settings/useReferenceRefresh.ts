import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useTRPC } from '../../app/trpc'

/**
 * After a settings change: re-read what shows reference data on this screen (other screens
 * re-read on the hub's `reference` change event). Day views show leaders' names too.
 */
export function useReferenceRefresh(): () => Promise<void> {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  return useCallback(async () => {
    await Promise.all(
      [trpc.reference, trpc.leader, trpc.demo, trpc.day].map((router) =>
        queryClient.invalidateQueries({ queryKey: router.pathKey() }),
      ),
    )
  }, [trpc, queryClient])
}
