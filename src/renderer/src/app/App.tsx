import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { RouterProvider } from 'react-router'
import { HallClockGate } from './HallClockGate'
import { hubAddress } from './hubAddress'
import { useConnectionState } from './connectionState'
import { MissingToken, TokenRefused } from './MissingToken'
import { router } from './routes'
import { theme } from './theme'
import { createHubClient, queryClient, TRPCProvider } from './trpc'

function RefusedGate({ children }: { children: ReactNode }) {
  return useConnectionState() === 'refused' ? <TokenRefused /> : children
}

export function App() {
  const [address] = useState(hubAddress)
  const [trpcClient] = useState(() => (address ? createHubClient(address) : null))
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-center" />
      {trpcClient ? (
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            {/* A refused address is said at once: the hall clock would never arrive. */}
            <RefusedGate>
              <HallClockGate>
                <RouterProvider router={router} />
              </HallClockGate>
            </RefusedGate>
          </TRPCProvider>
        </QueryClientProvider>
      ) : (
        <MissingToken />
      )}
    </MantineProvider>
  )
}
