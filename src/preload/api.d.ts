// What the preload exposes to the renderer (window.receptionDay). Only present inside the
// Electron app; a LAN browser has no bridge and finds the hub from the page's own URL.

export interface ReceptionDayHub {
  /** Base URL of the hall hub, e.g. http://127.0.0.1:17300 (WebSocket: same host, ws://). */
  url: string
  /** Access token of this app launch; send it when connecting. */
  token: string
}

export interface ReceptionDayBridge {
  hub: ReceptionDayHub
  platform: 'electron'
}

declare global {
  interface Window {
    receptionDay?: ReceptionDayBridge
  }
}
