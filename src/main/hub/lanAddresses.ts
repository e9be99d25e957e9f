import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os'

/** Where other PCs of the hall open the screens, as the desk shows it (text and QR). */
export interface ScreenAddresses {
  /** The hub listens on loopback only: no other PC can reach it. */
  loopbackOnly: boolean
  /** `http(s)://<LAN address>:<port>/`, one per IPv4 address of this PC's networks; no
   * secret in it: a PC opening it pairs (pairingUrls). */
  urls: string[]
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1'])
const EVERY = new Set(['0.0.0.0', '::', '[::]', ''])

/**
 * The addresses of the screens for a hub listening on `host:port`. Bound to every interface,
 * each IPv4 address of a real network card (internal ones and link-local 169.254.* left out:
 * nobody can reach those); bound to one address, that one. IPv6 is left out: the hall's LAN and
 * the people typing the address use IPv4.
 */
/** How the hub serves: plain HTTP, or HTTPS with the hall certificate of this fingerprint. */
export interface Listening {
  host: string
  port: number
  /** The hall certificate's SHA-256 (hex) when the hub serves HTTPS; null for HTTP. */
  fingerprint: string | null
}

/** The hub's LAN addresses as a new device opens them to pair, with the code (`#/pair/…`) and,
 * over HTTPS, the hall certificate's fingerprint to pin (`?fp=…`); on a loopback-only hub, the
 * loopback address (a device of this PC). */
export function pairingUrls(
  listening: Listening,
  code: string,
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): string[] {
  const { urls } = screenAddresses(listening, interfaces)
  const scheme = listening.fingerprint ? 'https' : 'http'
  const origins = urls.length
    ? urls.map((u) => new URL(u).origin)
    : [`${scheme}://127.0.0.1:${listening.port}`]
  const pin = listening.fingerprint ? `?fp=${listening.fingerprint}` : ''
  return origins.map((origin) => `${origin}/#/pair/${code}${pin}`)
}

export function screenAddresses(
  { host, port, fingerprint }: Listening,
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): ScreenAddresses {
  const scheme = fingerprint ? 'https' : 'http'
  const url = (address: string) => `${scheme}://${address}:${port}/`
  if (LOOPBACK.has(host)) return { loopbackOnly: true, urls: [] }
  if (!EVERY.has(host)) return { loopbackOnly: false, urls: [url(host)] }
  const addresses = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal && !i.address.startsWith('169.254.'))
    .map((i) => i.address)
  return { loopbackOnly: false, urls: [...new Set(addresses)].map(url) }
}
