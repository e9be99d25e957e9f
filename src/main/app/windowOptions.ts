// Window options and the Content Security Policy, as pure functions so they can be unit-tested
// under plain Node. Only electron *types* are imported here.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'

/**
 * The web preferences every window of the app gets (Electron security checklist): the renderer
 * is a sandboxed web page with an isolated preload and no Node.js anywhere.
 *
 * `extraArguments` go to the renderer's `process.argv` (see `hubArguments`).
 */
export function secureWebPreferences(
  preloadPath: string,
  extraArguments: readonly string[] = [],
): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    experimentalFeatures: false,
    enableWebSQL: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    additionalArguments: [...extraArguments],
  }
}

/** The front-desk window: one per desk PC, registration and the queue. */
export function deskWindowOptions(
  preloadPath: string,
  title: string,
  extraArguments: readonly string[] = [],
): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath, extraArguments),
  }
}

export interface HubConnectionInfo {
  url: string
  token: string
}

/** Renderer command-line switches carrying the hub connection; read back by the preload. */
export function hubArguments(hub: HubConnectionInfo): string[] {
  return [`--hub-url=${hub.url}`, `--hub-token=${hub.token}`]
}

function httpOrigin(url: string): URL {
  const parsed = new URL(url)
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`expected an http(s) origin, got ${JSON.stringify(url)}`)
  }
  return parsed
}

/** `http://h:p` → `ws://h:p`, `https://h:p` → `wss://h:p`. */
function webSocketOrigin(origin: URL): string {
  return `${origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${origin.host}`
}

/**
 * The CSP of the app's own pages. `hubOrigin` is the hall hub (HTTP + WebSocket).
 * `devServerOrigin` (only with `electron-vite dev`) relaxes script-src for Vite's inline React
 * refresh preamble and allows its HMR socket; production builds never pass it.
 */
export function contentSecurityPolicy(hubOrigin: string, devServerOrigin?: string): string {
  const hub = httpOrigin(hubOrigin)
  const scriptSrc = ["'self'"]
  const connectSrc = ["'self'", hub.origin, webSocketOrigin(hub)]
  if (devServerOrigin !== undefined) {
    const dev = httpOrigin(devServerOrigin)
    scriptSrc.push(dev.origin, "'unsafe-inline'")
    connectSrc.push(dev.origin, webSocketOrigin(dev))
  }
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', scriptSrc],
    // Mantine injects <style> elements (CSS variables) and inline style attributes.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', [...new Set(connectSrc)]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'none'"]],
  ]
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ')
}
