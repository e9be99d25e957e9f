const TOKEN_KEY = 'reception-day.token'

export interface HubAddress {
  wsUrl: string
  token: string
}

/**
 * Where the hub is: the Electron preload says so; a LAN browser was opened at the hub's
 * own URL with `?token=…`, which is kept for the tab so in-app navigation keeps working.
 */
export function hubAddress(): HubAddress | null {
  const bridge = window.receptionDay
  if (bridge) return { wsUrl: toWs(bridge.hub.url), token: bridge.hub.token }
  const fromUrl = new URLSearchParams(location.search).get('token')
  if (fromUrl) sessionStorage.setItem(TOKEN_KEY, fromUrl)
  const token = fromUrl ?? sessionStorage.getItem(TOKEN_KEY)
  if (!token) return null
  return { wsUrl: toWs(location.origin), token }
}

function toWs(httpUrl: string): string {
  const url = new URL('/trpc', httpUrl)
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  return url.toString()
}
