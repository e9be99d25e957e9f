import type { IncomingMessage } from 'node:http'
import { hallOf } from '../services/core/hall'
import { deviceBySecret, touchDevice } from '../services/device/devices'
import { HUB_ADMIN, type Device } from './access'
import type { HubShared } from './context'
import { tokenMatches } from './token'

/** The browser's cookie with its device secret: HttpOnly, SameSite=Strict (pairRoute.ts). */
export const DEVICE_COOKIE = 'reception-day-device'

/** How often a device's "last seen" is written: a screen calls many times a minute. */
const TOUCH_EVERY_MS = 30_000

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=')
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim()
  }
  return undefined
}

const bearer = (req: IncomingMessage) => {
  const auth = req.headers.authorization
  return auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length).trim() : undefined
}

/** The remote address, for the devices page and the pairing rate limit. */
export const remoteAddress = (req: IncomingMessage) =>
  (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '')

/**
 * Who is calling: the hub's fixed admin secret (`Authorization: Bearer …` only, never a URL:
 * scripts, tests and the desktop app's own windows, whose main process adds the header), or a
 * paired device's own secret (a header for scripts, the HttpOnly cookie for browsers);
 * undefined for anyone else.
 */
export function deviceAuthenticator(shared: HubShared, fixedToken: string) {
  const touched = new Map<number, number>()
  return async (req: IncomingMessage): Promise<Device | undefined> => {
    const header = bearer(req)
    if (tokenMatches(fixedToken, header)) return HUB_ADMIN
    const secret = header ?? cookie(req, DEVICE_COOKIE)
    if (!secret) return undefined
    const row = await deviceBySecret(shared.services.db, secret, hallOf(shared.services))
    if (!row) return undefined
    const now = shared.services.now()
    if (now.getTime() - (touched.get(row.id) ?? 0) > TOUCH_EVERY_MS) {
      touched.set(row.id, now.getTime())
      await touchDevice(shared.services.db, row.id, now.toISOString(), remoteAddress(req))
    }
    return { id: row.id, name: row.name, role: row.role, tableNo: row.table_no }
  }
}
