import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os'

/** Where other PCs of the hall open the screens, as the desk shows it (text and QR). */
export interface ScreenAddresses {
  /** The hub listens on loopback only: no other PC can reach it. */
  loopbackOnly: boolean
  /** `http://<LAN address>:<port>/?token=…`, one per IPv4 address of this PC's networks. */
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
/** The hub's LAN addresses as a new device opens them to pair, with the code (`#/pair/…`);
 * on a loopback-only hub, the loopback address (a device of this PC). */
export function pairingUrls(
  host: string,
  port: number,
  code: string,
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): string[] {
  const { urls } = screenAddresses(host, port, '', interfaces)
  const origins = urls.length ? urls.map((u) => new URL(u).origin) : [`http://127.0.0.1:${port}`]
  return origins.map((origin) => `${origin}/#/pair/${code}`)
}

export function screenAddresses(
  host: string,
  port: number,
  token: string,
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): ScreenAddresses {
  const url = (address: string) => `http://${address}:${port}/?token=${encodeURIComponent(token)}`
  if (LOOPBACK.has(host)) return { loopbackOnly: true, urls: [] }
  if (!EVERY.has(host)) return { loopbackOnly: false, urls: [url(host)] }
  const addresses = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal && !i.address.startsWith('169.254.'))
    .map((i) => i.address)
  return { loopbackOnly: false, urls: [...new Set(addresses)].map(url) }
}
