import { spawn, type ChildProcess } from 'node:child_process'
import { contract } from '@shared/contract'

// The hub in a process of its own, as the hall runs it, for the tests and the bench: started
// with plain Node on a database file, ready once it prints its `Open:` line (src/main/hub/index.ts).

export interface SpawnHubOptions {
  dbFile: string
  /** What Node runs before the hub's own arguments; default the build, `<out>/main/hub.js`. */
  entry?: string[]
  /** Default 0: a free port. */
  port?: number
  token?: string
  /** e.g. 0.0.0.0 to serve the LAN; the hub's default (127.0.0.1) otherwise. */
  host?: string
  cwd?: string
  /** The hub's environment; default this process's. */
  env?: NodeJS.ProcessEnv
  timeoutMs?: number
  /** The hall served on a store of several halls (`--hall`, its county's code). */
  hall?: string
}

export interface SpawnedHub {
  /** As the hub prints it, without the route: http://127.0.0.1:4312/?token=… */
  url: string
  origin: string
  token: string
  port: number
  process: ChildProcess
  /** Settles when the process has exited, however it ended. */
  exited: Promise<void>
  /** Calls a procedure over plain HTTP/JSON, as a script would. */
  call<T = unknown>(procedure: string, input?: unknown): Promise<T>
  stop(signal?: NodeJS.Signals): Promise<void>
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
  if (options.token) args.push('--token', options.token)
  if (options.host) args.push('--host', options.host)
  if (options.hall) args.push('--hall', options.hall)
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: options.cwd,
    env: options.env ?? process.env,
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    // A hub that does not start in time is not left behind.
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`hub did not start:\n${output}`))
    }, options.timeoutMs ?? 20_000)
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
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`hub exited (${code ?? signal}):\n${output}`))
    })
  })
  const parsed = new URL(url)
  const token = parsed.searchParams.get('token') ?? ''
  const origin = parsed.origin
  return {
    url,
    origin,
    token,
    port: Number(parsed.port),
    process: child,
    exited,
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
