import type { IncomingMessage } from 'node:http'
import { networkInterfaces } from 'node:os'

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]']

/**
 * The names this hub answers to (`host:port`): loopback, the address it is bound to, and every
 * IPv4 address of this PC's network cards. A request whose `Host` is another name was sent to a
 * name that someone pointed at this PC (DNS rebinding: a web page read through its own name), so
 * it is refused whatever it carries.
 */
export function hubHosts(boundHost: string, port: number): Set<string> {
  const names = new Set(LOOPBACK_NAMES)
  if (!['0.0.0.0', '::', ''].includes(boundHost))
    names.add(boundHost.includes(':') ? `[${boundHost}]` : boundHost)
  for (const list of Object.values(networkInterfaces()))
    for (const i of list ?? []) names.add(i.family === 'IPv4' ? i.address : `[${i.address}]`)
  return new Set([...names].map((name) => `${name}:${port}`.toLowerCase()))
}

/** The request was addressed to one of the hub's own names. */
export function hostAllowed(req: IncomingMessage, hosts: Set<string>): boolean {
  const host = req.headers.host?.toLowerCase()
  return host !== undefined && hosts.has(host)
}

/**
 * A write or a WebSocket upgrade comes from the hub's own pages: its `Origin`, when it has one
 * (every browser sends one on these; scripts send none), is the hub's own origin, or a page on
 * this PC's loopback (the desktop app's dev server). Any other web page is refused, so no site a
 * hall PC visits can act with the cookie or open the API's socket.
 */
export function originAllowed(req: IncomingMessage, hosts: Set<string>): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return true
  if (!URL.canParse(origin)) return false
  const url = new URL(origin)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
  return hosts.has(url.host.toLowerCase()) || LOOPBACK_NAMES.includes(url.hostname)
}
