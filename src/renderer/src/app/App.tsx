import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { RouterProvider } from 'react-router'
import { HallClockGate } from './HallClockGate'
import { hubAddress } from './hubAddress'
import { MissingToken } from './MissingToken'
import { router } from './routes'
import { theme } from './theme'
import { createHubClient, queryClient, TRPCProvider } from './trpc'

export function App() {
  const [address] = useState(hubAddress)
  const [trpcClient] = useState(() => (address ? createHubClient(address) : null))
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-center" />
      {trpcClient ? (
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            <HallClockGate>
              <RouterProvider router={router} />
            </HallClockGate>
          </TRPCProvider>
        </QueryClientProvider>
      ) : (
        <MissingToken />
      )}
    </MantineProvider>
  )
}
