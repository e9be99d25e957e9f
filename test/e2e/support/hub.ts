import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base } from '@playwright/test'
import { contract } from '../../../src/shared/contract'
import { DEFAULT_HALL_CLOCK, HALL_TIME_ZONE, projectHallClock, type HallClockOption } from './dates'
import { freshE2eDatabase, projectOnPostgres } from './postgres'

/** Queries go as GET, mutations as POST: as tRPC's HTTP protocol wants. */
function kindOf(procedure: string): string {
  const [domain, name] = procedure.split('.') as [string, string]
  const procedures = (contract as Record<string, Record<string, { kind: string }>>)[domain]
  const kind = procedures?.[name]?.kind
  if (!kind) throw new Error(`No procedure ${procedure} in the contract`)
  return kind
}

export interface HubProcess {
  /** Base URL with the token, e.g. http://127.0.0.1:4312/?token=… */
  url: string
  token: string
  port: number
  dbFile: string
  /** The app at a hash route, e.g. page('/leader/1'). */
  at(route: string): string
  /** Calls a procedure over plain HTTP/JSON, as a script would. */
  call<T = unknown>(procedure: string, input?: unknown): Promise<T>
  process: ChildProcess
  stop(signal?: NodeJS.Signals): Promise<void>
}

export interface StartHubOptions {
  dbFile?: string
  port?: number
  token?: string
  /** The hub's clock at start (RECEPTION_DAY_CLOCK); default: this project's hall clock. */
  clock?: string
  /** e.g. 0.0.0.0 to serve the LAN; 127.0.0.1 by default. */
  host?: string
}

/** Starts the built hub (out/main/hub.js) under plain Node, on a fresh database by default. */
export async function startHub(options: StartHubOptions = {}): Promise<HubProcess> {
  const dbFile =
    options.dbFile ??
    (projectOnPostgres()
      ? await freshE2eDatabase()
      : join(mkdtempSync(join(tmpdir(), 'reception-day-e2e-')), 'hall.db'))
  // RECEPTION_DAY_OUT lets parallel work build into its own folder (RECEPTION_DAY_OUT=.out/x npm run build).
  const out = process.env['RECEPTION_DAY_OUT'] ?? 'out'
  const args = [`${out}/main/hub.js`, '--db', dbFile, '--port', String(options.port ?? 0)]
  if (options.token) args.push('--token', options.token)
  if (options.host) args.push('--host', options.host)
  // The hall's clock is set, never the machine's: the tests pass at any hour in any zone.
  const env = {
    ...process.env,
    RECEPTION_DAY_CLOCK: options.clock ?? projectHallClock(),
    RECEPTION_DAY_TZ: HALL_TIME_ZONE,
  }
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env })
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`hub did not start:\n${output}`)), 20_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Open: (http:\/\/\S+?)#/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => reject(new Error(`hub exited (${code}):\n${output}`)))
  })
  const parsed = new URL(url)
  const token = parsed.searchParams.get('token') ?? ''
  const origin = parsed.origin
  return {
    url,
    token,
    port: Number(parsed.port),
    dbFile,
    process: child,
    at: (route) => `${url}#${route}`,
    call: async <T>(procedure: string, input?: unknown): Promise<T> => {
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
      const body = JSON.stringify(input ?? {})
      const res =
        kindOf(procedure) === 'query'
          ? await fetch(`${origin}/trpc/${procedure}?input=${encodeURIComponent(body)}`, {
              headers,
            })
          : await fetch(`${origin}/trpc/${procedure}`, { method: 'POST', headers, body })
      const reply = (await res.json()) as { result?: { data: T }; error?: { message: string } }
      if (!res.ok || !reply.result) throw new Error(reply.error?.message ?? `HTTP ${res.status}`)
      return reply.result.data
    },
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill(signal)
      }),
  }
}

/** A test with a hub of its own on a fresh database, its clock at the project's hall clock. */
export const test = base.extend<{ hub: HubProcess }, HallClockOption>({
  hallClock: [DEFAULT_HALL_CLOCK, { option: true, scope: 'worker' }],
  hub: async ({ hallClock }, use) => {
    const hub = await startHub({ clock: hallClock })
    await use(hub)
    await hub.stop()
  },
})

export { expect } from '@playwright/test'

/**
 * Registration takes place on the hall's today only, so an earlier visit is made as it happened:
 * a second hub on the same database with its clock at 10:00 on that earlier date.
 */
export async function onEarlierDay<T>(
  hub: HubProcess,
  date: string,
  action: (earlier: HubProcess) => Promise<T>,
): Promise<T> {
  const earlier = await startHub({ dbFile: hub.dbFile, clock: `${date}T10:00:00+08:00` })
  try {
    return await action(earlier)
  } finally {
    await earlier.stop()
  }
}
