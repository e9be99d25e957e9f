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

/** Renderer command-line switches carrying the hub's address; read back by the preload. The
 * admin secret is not among them: the main process adds it as a header (hubHeaders.ts). */
export function hubArguments(hub: HubConnectionInfo): string[] {
  return [`--hub-url=${hub.url}`]
}

/**
 * The address of a renderer route: the page of `base` (the hall hub, or the Vite dev server in
 * `npm run dev`) with the route as its hash. The app's pages always come over HTTP from the
 * hub, never from file://, so the page's origin is the hub's and its CSP can say 'self'.
 */
export function rendererPageUrl(base: string, route: string): string {
  const url = new URL(base)
  url.pathname = '/'
  url.search = ''
  url.hash = route
  return url.href
}
