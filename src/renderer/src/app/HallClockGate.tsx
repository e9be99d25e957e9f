import { Center, Loader } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { setHallClock } from './hallClock'
import { useTRPC } from './trpc'

/**
 * Renders the screens once the hub's clock is known (system.clock), so that no screen ever
 * shows the browser's "today". Asks until the hub answers (it may still be starting).
 */
export function HallClockGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const clock = useQuery({
    ...trpc.system.clock.queryOptions(),
    staleTime: Infinity,
    retry: true,
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 5000),
  })
  const [known, setKnown] = useState(false)
  useEffect(() => {
    if (!clock.data) return
    setHallClock(clock.data)
    setKnown(true)
  }, [clock.data])
  if (!known)
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    )
  return children
}
