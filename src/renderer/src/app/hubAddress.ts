export interface HubAddress {
  wsUrl: string
  /** The desktop app's own window: the admin device of its own hub (its main process sends the
   * secret as a header); false for a browser, which pairs and holds an HttpOnly cookie. */
  desktop: boolean
}

/**
 * Where the hub is: the Electron preload says so; a LAN browser is on the hub's own origin.
 * The page holds no secret either way: the cookie or the header travels without its script.
 */
export function hubAddress(): HubAddress {
  const bridge = window.receptionDay
  if (bridge) return { wsUrl: toWs(bridge.hub.url), desktop: true }
  return { wsUrl: toWs(location.origin), desktop: false }
}

function toWs(httpUrl: string): string {
  const url = new URL('/trpc', httpUrl)
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  return url.toString()
}
