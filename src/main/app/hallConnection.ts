import { normalizeFingerprint, pinFromPairingUrl, type HubPin } from './certificatePin'

// The desktop app's first-start choice (issue 15, item 6): "this PC holds the hall's data" (it
// runs the hall hub) or "connect to the hall's hub" (another PC's, reached by the pairing address
// its admin screen shows). Kept in the user data folder; pure, so the tests read and write it.

export const HALL_CONNECTION_FILE = 'hall-connection.json'

/** This PC runs the hub, or is a paired client of another PC's hub (its certificate pinned). */
export type HallConnection =
  | { mode: 'hub' }
  | {
      mode: 'client'
      /** The hub's origin, e.g. https://192.168.1.20:17300 */
      origin: string
      /** The hall certificate this client trusts under that origin (null on plain HTTP). */
      pin: HubPin | null
      /** This PC's own device secret, sent as a header (hubHeaders.ts). */
      secret: string
    }

/** The first-start dialog's two choices, in the dialog's button order. */
export const FIRST_START_CHOICES = [
  { mode: 'hub', label: '本电脑保存大厅数据 / This PC holds the hall’s data' },
  { mode: 'client', label: '连接大厅的服务器 / Connect to the hall’s hub' },
] as const

/** A stored connection, checked field by field; undefined for anything else (ask again). */
export function parseHallConnection(text: string): HallConnection | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  const v = value as Record<string, unknown> | null
  if (v?.['mode'] === 'hub') return { mode: 'hub' }
  if (v?.['mode'] !== 'client') return undefined
  const origin = typeof v['origin'] === 'string' && URL.canParse(v['origin']) ? v['origin'] : ''
  const secret = typeof v['secret'] === 'string' ? v['secret'] : ''
  if (!origin || new URL(origin).origin !== origin || secret.length < 16) return undefined
  const pin = v['pin'] as Record<string, unknown> | null | undefined
  const fingerprint = typeof pin?.['fingerprint'] === 'string' ? pin['fingerprint'] : ''
  const checked =
    pin && typeof pin['host'] === 'string'
      ? { host: pin['host'], fingerprint: normalizeFingerprint(fingerprint) ?? '' }
      : null
  if (checked && (!checked.fingerprint || checked.host !== new URL(origin).host)) return undefined
  // An HTTPS hub without a pin would be trusted by any certificate: refused.
  if (origin.startsWith('https:') && !checked) return undefined
  return { mode: 'client', origin, pin: checked, secret }
}

/**
 * What a pairing address tells a new client: the hub's origin, the code, and over HTTPS the
 * certificate to pin. A plain-HTTP address pairs without a pin (the hall chose no encryption).
 */
export function clientPairing(
  address: string,
): { origin: string; code: string; pin: HubPin | null } | undefined {
  const pinned = pinFromPairingUrl(address)
  if (pinned) return pinned
  if (!URL.canParse(address)) return undefined
  const url = new URL(address)
  const code = /^#\/pair\/(\d{6})/.exec(url.hash)?.[1]
  if (url.protocol !== 'http:' || !code) return undefined
  return { origin: url.origin, code, pin: null }
}
