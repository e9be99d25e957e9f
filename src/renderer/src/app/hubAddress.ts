const TOKEN_KEY = 'reception-day.token'

export interface HubAddress {
  wsUrl: string
  /** The hub's fixed secret (desktop app, tests); null for a paired browser, whose own secret
   * is an HttpOnly cookie the page never sees. */
  token: string | null
}

/**
 * Where the hub is: the Electron preload says so; a LAN browser is on the hub's own origin,
 * paired (its cookie), or opened with `?token=…`, kept for the tab so in-app navigation works.
 */
export function hubAddress(): HubAddress {
  const bridge = window.receptionDay
  if (bridge) return { wsUrl: toWs(bridge.hub.url), token: bridge.hub.token }
  const fromUrl = new URLSearchParams(location.search).get('token')
  if (fromUrl) sessionStorage.setItem(TOKEN_KEY, fromUrl)
  const token = fromUrl ?? sessionStorage.getItem(TOKEN_KEY)
  return { wsUrl: toWs(location.origin), token }
}

function toWs(httpUrl: string): string {
  const url = new URL('/trpc', httpUrl)
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  return url.toString()
}
