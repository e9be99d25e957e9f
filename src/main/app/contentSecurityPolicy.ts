// The renderer's one Content Security Policy, written into index.html as a meta tag at build
// time (electron.vite.config.ts). A meta tag, not a response header: Electron applies no header
// policy to file:// pages, and the page is the same file whether the desktop app or a LAN
// browser loads it. Pure: imported by the Vite config and by the tests.

export type RendererMode = 'production' | 'development'

/**
 * The desk's second-generation ID-card reader is the vendor's local WebSocket service on this
 * PC (src/shared/idCard/): loopback only, never another host.
 */
export const ID_CARD_READER_SOURCES = ['ws://127.0.0.1:*', 'ws://localhost:*']

/**
 * Production: the page always comes from the hall hub itself (the desktop app loads
 * `http://127.0.0.1:<port>/`, a LAN browser the hub's LAN address), so the hub is 'self' and
 * nothing else may be reached but the ID-card reader's loopback WebSocket: no inline script, no
 * other host.
 *
 * Development (`npm run dev`, the Vite dev server): React refresh injects an inline module
 * preamble, and the hub listens on a loopback port of its own.
 */
export function rendererPolicy(mode: RendererMode): string {
  const dev = mode === 'development'
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', dev ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    // Mantine injects <style> elements (CSS variables) and inline style attributes.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    // QR codes are data: URLs; exports are fetched and saved through blob: URLs.
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    [
      'connect-src',
      dev
        ? [
            "'self'",
            'http://127.0.0.1:*',
            'ws://127.0.0.1:*',
            'http://localhost:*',
            'ws://localhost:*',
          ]
        : ["'self'", ...ID_CARD_READER_SOURCES],
    ],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ]
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ')
}

/** `a b; c d` → { a: ['b'], c: ['d'] }: a policy read back, for checks and tests. */
export function parsePolicy(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => {
        const [name = '', ...sources] = part.split(/\s+/)
        return [name.toLowerCase(), sources]
      }),
  )
}
