import { QueryClient } from '@tanstack/react-query'
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client'
import { createTRPCContext } from '@trpc/tanstack-react-query'
import type { AppRouter } from '../../../main/hub/router'
import { setConnectionState } from './connectionState'
import type { HubAddress } from './hubAddress'
import { i18n } from './i18n'
import { screenActor } from '../../../shared/audit/screenActor'

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>()

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: 1 },
    mutations: { retry: false },
  },
})

/**
 * One WebSocket carries every call and the pushed changes. It reconnects by itself;
 * after a reconnect every query is re-read, since changes may have been missed meanwhile.
 */
export function createHubClient(address: HubAddress) {
  let opened = false
  const wsClient = createWSClient({
    url: () => `${address.wsUrl}?token=${encodeURIComponent(address.token)}`,
    connectionParams: () => ({ locale: i18n.language, actor: screenActor(location.hash) }),
    retryDelayMs: (attempt) => Math.min(500 * 2 ** attempt, 5000),
    onOpen: () => {
      setConnectionState('connected')
      if (opened) void queryClient.invalidateQueries()
      opened = true
    },
    onClose: () => setConnectionState(opened ? 'reconnecting' : 'connecting'),
  })
  return createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] })
}
