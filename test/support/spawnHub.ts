import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { request as httpsRequest } from 'node:https'
import { dirname, join } from 'node:path'
import { contract } from '@shared/contract'

// The hub in a process of its own, as the hall runs it, for the tests and the bench: started
// with plain Node on a database file, ready once it prints its `Open:` line (src/main/hub/index.ts).

export interface SpawnHubOptions {
  dbFile: string
  /** What Node runs before the hub's own arguments; default the build, `<out>/main/hub.js`. */
  entry?: string[]
  /** Default 0: a free port. */
  port?: number
  /** The hub's fixed admin secret, sent as a header only; default one made here. */
  token?: string
  /** e.g. 0.0.0.0 to serve the LAN; the hub's default (127.0.0.1) otherwise. */
  host?: string
  /** Serve HTTPS with the hall certificate (made beside the database file). */
  https?: boolean
  cwd?: string
  /** The hub's environment; default this process's. */
  env?: NodeJS.ProcessEnv
  timeoutMs?: number
  /** The hall served on a store of several halls (`--hall`, its county's code). */
  hall?: string
}

export interface SpawnedHub {
  /** As the hub prints it, without the route and without any secret: http://127.0.0.1:4312/ */
  url: string
  origin: string
  /** The fixed admin secret, for `Authorization: Bearer …` (never in a URL). */
  token: string
  /** The one-time code the hub printed for pairing the hall's first admin device. */
  adminPairingCode: string
  /** Everything the hub wrote to stdout and stderr so far (its log). */
  output(): string
  port: number
  process: ChildProcess
  /** Settles when the process has exited, however it ended. */
  exited: Promise<void>
  /** Calls a procedure over HTTP(S)/JSON, as a script would, with the fixed admin secret. */
  call<T = unknown>(procedure: string, input?: unknown): Promise<T>
  /** A request to the hub as a script makes it; over HTTPS trusting the hall certificate only. */
  request(path: string, init?: HubRequest): Promise<{ status: number; json: unknown }>
  stop(signal?: NodeJS.Signals): Promise<void>
}

export interface HubRequest {
  method?: string
  headers?: Record<string, string>
  body?: string
}

/** Over HTTPS the hall certificate (beside the database) is the one trusted, as a pin. */
function requester(origin: string, dbFile: string) {
  return async (path: string, init: HubRequest = {}) => {
    if (!origin.startsWith('https:')) {
      const res = await fetch(`${origin}${path}`, init)
      return { status: res.status, json: (await res.json()) as unknown }
    }
    const ca = readFileSync(join(dirname(dbFile), 'hall-certificate.pem'), 'utf8')
    return new Promise<{ status: number; json: unknown }>((resolve, reject) => {
      const req = httpsRequest(
        `${origin}${path}`,
        { method: init.method ?? 'GET', headers: init.headers ?? {}, ca },
        (res) => {
          let text = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => (text += chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }))
        },
      )
      req.on('error', reject)
      req.end(init.body)
    })
  }
}

/** The build the e2e tests and the bench run: RECEPTION_DAY_OUT lets parallel work build apart. */
export const builtHub = (): string[] => [`${process.env['RECEPTION_DAY_OUT'] ?? 'out'}/main/hub.js`]

/** Queries go as GET, mutations as POST: as tRPC's HTTP protocol wants. */
function kindOf(procedure: string): string {
  const [domain, name] = procedure.split('.') as [string, string]
  const procedures = (contract as Record<string, Record<string, { kind: string }>>)[domain]
  const kind = procedures?.[name]?.kind
  if (!kind) throw new Error(`No procedure ${procedure} in the contract`)
  return kind
}

export async function spawnHub(options: SpawnHubOptions): Promise<SpawnedHub> {
  const args = [
    ...(options.entry ?? builtHub()),
    '--db',
    options.dbFile,
    '--port',
    String(options.port ?? 0),
  ]
  if (options.host) args.push('--host', options.host)
  if (options.https) args.push('--https')
  // The secret goes by environment, not argv (a command line is readable by every local user).
  const token = options.token ?? randomBytes(24).toString('base64url')
  if (options.hall) args.push('--hall', options.hall)
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: options.cwd,
    env: { ...(options.env ?? process.env), RECEPTION_DAY_TOKEN: token },
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  let log = ''
  const keep = (chunk: Buffer) => (log += chunk.toString())
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const { url, adminPairingCode } = await new Promise<{ url: string; adminPairingCode: string }>(
    (resolve, reject) => {
      let output = ''
      // A hub that does not start in time is not left behind.
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        reject(new Error(`hub did not start:\n${output}`))
      }, options.timeoutMs ?? 20_000)
      const onData = (chunk: Buffer) => {
        output += chunk.toString()
        const match = /Open: (https?:\/\/\S+?)#/.exec(output)
        const code = /Pair the first admin device: code (\d{6})/.exec(output)
        if (match?.[1] && code?.[1]) {
          clearTimeout(timer)
          resolve({ url: match[1], adminPairingCode: code[1] })
        }
      }
      child.stdout.on('data', onData)
      child.stderr.on('data', onData)
      child.once('exit', (code, signal) => {
        clearTimeout(timer)
        reject(new Error(`hub exited (${code ?? signal}):\n${output}`))
      })
    },
  )
  const parsed = new URL(url)
  const origin = parsed.origin
  const request = requester(origin, options.dbFile)
  return {
    url,
    origin,
    token,
    adminPairingCode,
    output: () => log,
    port: Number(parsed.port),
    process: child,
    exited,
    call: async <T>(procedure: string, input?: unknown): Promise<T> => {
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
      const body = JSON.stringify(input ?? {})
      const res =
        kindOf(procedure) === 'query'
          ? await request(`/trpc/${procedure}?input=${encodeURIComponent(body)}`, { headers })
          : await request(`/trpc/${procedure}`, { method: 'POST', headers, body })
      const reply = res.json as { result?: { data: T }; error?: { message: string } }
      if (res.status >= 400 || !reply.result)
        throw new Error(reply.error?.message ?? `HTTP ${res.status}`)
      return reply.result.data
    },
    request,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill(signal)
      }),
  }
}
