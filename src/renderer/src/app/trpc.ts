import { QueryClient } from '@tanstack/react-query'
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client'
import { createTRPCContext } from '@trpc/tanstack-react-query'
import type { AppRouter } from '../../../main/hub/router'
import { connectionState, setConnectionState } from './connectionState'
import type { HubAddress } from './hubAddress'
import { i18n } from './i18n'
import { screenActor } from '@shared/audit/screenActor'

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>()

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: 1 },
    mutations: { retry: false },
  },
})

/** True when the hub is up and answers 401 to this device; false when it is unreachable. */
async function tokenRefused(address: HubAddress): Promise<boolean> {
  const url = new URL('/trpc/system.health', address.wsUrl.replace(/^ws/, 'http'))
  try {
    const res = await fetch(url)
    return res.status === 401
  } catch {
    return false
  }
}

/**
 * One WebSocket carries every call and the pushed changes. It reconnects by itself;
 * after a reconnect every query is re-read, since changes may have been missed meanwhile.
 */
export function createHubClient(address: HubAddress) {
  let opened = false
  const wsClient = createWSClient({
    // No secret in the URL: a paired browser's cookie goes with the upgrade by itself (same
    // origin); the desktop app's main process adds its header.
    url: () => address.wsUrl,
    connectionParams: () => ({ locale: i18n.language, actor: screenActor(location.hash) }),
    retryDelayMs: (attempt) => Math.min(500 * 2 ** attempt, 5000),
    onOpen: () => {
      setConnectionState('connected')
      if (opened) void queryClient.invalidateQueries()
      opened = true
    },
    onClose: () => {
      // Once refused, stay so until the hub says otherwise (no flicker on every retry).
      if (connectionState() !== 'refused')
        setConnectionState(opened ? 'reconnecting' : 'connecting')
      // A browser tells a page nothing of why a WebSocket closed (the hub answers 401 on the
      // upgrade): ask the same question over plain HTTP, where the status can be read.
      void tokenRefused(address).then((refused) => {
        if (refused) setConnectionState('refused')
        else if (connectionState() === 'refused') setConnectionState('connecting')
      })
    },
  })
  return createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] })
}
