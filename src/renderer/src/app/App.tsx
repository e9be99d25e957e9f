import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { RouterProvider } from 'react-router'
import { HallClockGate } from './HallClockGate'
import { hubAddress } from './hubAddress'
import { useConnectionState } from './connectionState'
import { PairPage } from '../features/devices/PairPage'
import { TokenRefused } from './MissingToken'
import { router } from './routes'
import { theme } from './theme'
import { createHubClient, queryClient, TRPCProvider } from './trpc'

/** Refused: the desktop app's window says its address is wrong; a browser pairs. */
function RefusedGate({ paired, children }: { paired: boolean; children: ReactNode }) {
  if (useConnectionState() !== 'refused') return children
  return paired ? <TokenRefused /> : <PairPage />
}

export function App() {
  const [address] = useState(hubAddress)
  const [trpcClient] = useState(() => createHubClient(address))
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-center" />
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          {/* A refused address is said at once: the hall clock would never arrive. */}
          <RefusedGate paired={address.desktop}>
            <HallClockGate>
              <RouterProvider router={router} />
            </HallClockGate>
          </RefusedGate>
        </TRPCProvider>
      </QueryClientProvider>
    </MantineProvider>
  )
}
