import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Session } from 'electron'
import type { HubConnection } from './hubProcess'
import { clientPairing, parseHallConnection, type HallConnection } from './hallConnection'
import { pinHallCertificate } from './pinning'

/**
 * The hall's hub on another PC, for a desktop app that chose "connect to the hall's hub": the
 * same surface as HubProcess (connection, start, stop), with no local hub. Its certificate is
 * pinned in the session before the first request; the first start pairs with the code of the
 * pairing address (as a script: the secret comes back once) and keeps the secret in `file`.
 */
export class RemoteHub {
  private current: HubConnection | undefined

  constructor(
    private readonly options: {
      session: Session
      /** hall-connection.json in the user data folder. */
      file: string
      /** The pairing address the hub's admin screen showed (`--connect=…`), first start only. */
      pairingAddress?: string | undefined
    },
  ) {}

  get connection(): HubConnection | undefined {
    return this.current
  }

  async start(): Promise<HubConnection> {
    let stored = readStored(this.options.file)
    if (stored?.mode !== 'client') {
      const pairing = clientPairing(this.options.pairingAddress ?? '')
      if (!pairing) throw new Error('No pairing address of the hall hub (start with --connect=…)')
      if (pairing.pin) pinHallCertificate(this.options.session, pairing.pin)
      const res = await this.options.session.fetch(`${pairing.origin}/pair`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: pairing.code, client: 'script' }),
      })
      const body = (await res.json()) as { secret?: string; error?: { message?: string } }
      if (!res.ok || !body.secret) throw new Error(body.error?.message ?? `HTTP ${res.status}`)
      stored = { mode: 'client', origin: pairing.origin, pin: pairing.pin, secret: body.secret }
      mkdirSync(dirname(this.options.file), { recursive: true })
      writeFileSync(this.options.file, JSON.stringify(stored), { mode: 0o600 })
    } else if (stored.pin) pinHallCertificate(this.options.session, stored.pin)
    const url = new URL(stored.origin)
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80))
    this.current = { url: stored.origin, port, token: stored.secret }
    return this.current
  }

  stop(): Promise<void> {
    return Promise.resolve()
  }
}

export function readStored(file: string): HallConnection | undefined {
  try {
    return parseHallConnection(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}
