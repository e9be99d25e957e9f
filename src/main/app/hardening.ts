// Hardening applied to every web contents and session of the app (Electron security checklist).
// Only electron *types* are imported: the functions take the objects to harden, so the pure
// navigation rule can be unit-tested under plain Node. `shell.openExternal` is used nowhere.
import type { Session, WebContents } from 'electron'

const NAVIGABLE_PROTOCOLS = new Set(['http:', 'https:', 'file:'])

function parse(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

/** A file URL without query and fragment: the document it names. */
function fileDocument(url: URL): string {
  const copy = new URL(url.href)
  copy.search = ''
  copy.hash = ''
  return copy.href
}

/**
 * May a frame of the app navigate (or be redirected) to `url`?
 *
 * `allowedOrigins` holds the app's own origins: `http(s)://host[:port]` entries allow any URL of
 * that exact origin (the dev server); `file://…` entries allow exactly that document, with any
 * query or hash route (the built `index.html`; file URLs have no usable origin, and allowing all
 * of `file://` would expose the whole disk). Everything else — other schemes, other hosts, ports
 * or files, URLs with credentials, unparsable strings — is refused.
 */
export function isAllowedNavigation(url: string, allowedOrigins: readonly string[]): boolean {
  const target = parse(url)
  if (target === undefined || !NAVIGABLE_PROTOCOLS.has(target.protocol)) return false
  if (target.username !== '' || target.password !== '') return false
  return allowedOrigins.some((entry) => {
    const allowed = parse(entry)
    if (allowed === undefined || allowed.protocol !== target.protocol) return false
    if (target.protocol === 'file:') return fileDocument(allowed) === fileDocument(target)
    return (
      NAVIGABLE_PROTOCOLS.has(allowed.protocol) &&
      allowed.origin !== 'null' &&
      allowed.origin === target.origin
    )
  })
}

/**
 * No new windows, no navigation or redirect away from the app, no <webview>.
 * Call from `app.on('web-contents-created')` so every contents is covered.
 */
export function hardenWebContents(contents: WebContents, allowedOrigins: readonly string[]): void {
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`[hardening] blocked window.open(${JSON.stringify(url)})`)
    return { action: 'deny' }
  })
  const guard = (kind: string) => (event: { url: string; preventDefault(): void }) => {
    if (!isAllowedNavigation(event.url, allowedOrigins)) {
      event.preventDefault()
      console.warn(`[hardening] blocked ${kind} to ${JSON.stringify(event.url)}`)
    }
  }
  contents.on('will-navigate', guard('navigation'))
  contents.on('will-frame-navigate', guard('frame navigation'))
  contents.on('will-redirect', guard('redirect'))
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
}

/**
 * The permissions the app's pages use, and nothing else: the copy buttons (reports page 复制)
 * write text with navigator.clipboard.writeText, which Chromium asks for as
 * 'clipboard-sanitized-write'. Speech synthesis, printing and the screens' full screen (set by
 * the main process) need no permission; camera, microphone, notifications, geolocation,
 * clipboard reading, MIDI, HID/USB/serial devices and the rest are refused.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write'])

/** Is `permission`, asked by a page at `url`, one the app grants? Only its own pages ask. */
export function isAllowedPermission(
  permission: string,
  url: string | undefined,
  allowedOrigins: readonly string[],
): boolean {
  if (!ALLOWED_PERMISSIONS.has(permission) || url === undefined || url === '') return false
  return isAllowedNavigation(url, allowedOrigins)
}

/**
 * The session's permission handlers: {@link ALLOWED_PERMISSIONS} for the app's own pages, no
 * device access at all. The page's policy is its CSP meta tag (contentSecurityPolicy.ts): no
 * response header is added, so there is only one policy to read and test.
 */
export function hardenSession(session: Session, allowedOrigins: readonly string[]): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const url = details.requestingUrl || contents.getURL()
    callback(isAllowedPermission(permission, url, allowedOrigins))
  })
  session.setPermissionCheckHandler((contents, permission, requestingOrigin) =>
    isAllowedPermission(permission, requestingOrigin || contents?.getURL(), allowedOrigins),
  )
  session.setDevicePermissionHandler(() => false)
}
