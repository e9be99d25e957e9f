// Runs the hall hub (out/main/hub.js) in an Electron utility process: a slow export or a crash
// in the hub never freezes or kills a window. Restarts it on the same port with the same token
// if it dies, so open screens (local and LAN) simply reconnect.
import { randomBytes } from 'node:crypto'
import { utilityProcess, type UtilityProcess } from 'electron'
import { isPostgresUrl } from '../store/databaseUrl'

/** Fixed default port, so LAN screens keep their bookmark; 0 (any free port) if it is taken. */
export const DEFAULT_HUB_PORT = 17300

export interface HubConnection {
  /** URL the local renderer uses to reach the hub (loopback when the hub listens on all). */
  url: string
  port: number
  token: string
}

export interface HubProcessOptions {
  /** Absolute path of the built hub entry (out/main/hub.js). */
  hubScript: string
  dbPath: string
  /** Listening address; undefined = the hub's default (loopback). 0.0.0.0 serves LAN screens. */
  host?: string | undefined
  /** The hall served on a server of several halls (`--hall`, its county's code); undefined: the
   * hub's default (RECEPTION_DAY_HALL, else the one local hall). */
  hall?: string | undefined
  /** better_sqlite3.node built for this Electron; undefined when packaged (rebuilt in place). */
  sqliteBinding?: string | undefined
  preferredPort?: number
  readyTimeoutMs?: number
  /** The app's version (app.getVersion()), which the hub reports; not npm's variable. */
  version?: string | undefined
  /** How long a graceful stop may take before the hub is killed. */
  stopTimeoutMs?: number
  /** Called when the hub keeps failing to restart; it is not retried any more. */
  onGiveUp?: (message: string) => void
}

type HubMessage =
  { type: 'ready'; url: string; port: number; token: string } | { type: 'fatal'; message: string }

function parseHubMessage(message: unknown): HubMessage | undefined {
  if (typeof message !== 'object' || message === null) return undefined
  const m = message as Record<string, unknown>
  if (
    m['type'] === 'ready' &&
    typeof m['url'] === 'string' &&
    typeof m['port'] === 'number' &&
    typeof m['token'] === 'string'
  ) {
    return { type: 'ready', url: m['url'], port: m['port'], token: m['token'] }
  }
  if (m['type'] === 'fatal') {
    return { type: 'fatal', message: typeof m['message'] === 'string' ? m['message'] : 'unknown' }
  }
  return undefined
}

/** The hub could not listen because another program holds the port (Node's EADDRINUSE). */
export function isPortBusy(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error)
  return /\bEADDRINUSE\b|address already in use/i.test(message)
}

/** A hub listening on every interface is reached locally over loopback. */
export function localHubUrl(url: string, port: number): string {
  try {
    const parsed = new URL(url)
    if (['0.0.0.0', '[::]', '::', ''].includes(parsed.hostname)) parsed.hostname = '127.0.0.1'
    return parsed.origin
  } catch {
    return `http://127.0.0.1:${port}`
  }
}

const RESTART_DELAYS_MS = [500, 1_000, 2_000, 5_000, 10_000, 20_000, 30_000]
/** Consecutive failed restarts after which we stop trying. */
const MAX_RESTART_FAILURES = 10
/** A hub that stayed up this long resets the backoff. */
const HEALTHY_UPTIME_MS = 60_000

export class HubProcess {
  /** Generated once per app launch; survives hub restarts. */
  readonly token = randomBytes(24).toString('base64url')
  private child: UtilityProcess | undefined
  private current: HubConnection | undefined
  private stopping = false
  private failures = 0
  private restartTimer: NodeJS.Timeout | undefined

  constructor(private readonly options: HubProcessOptions) {}

  get connection(): HubConnection | undefined {
    return this.current
  }

  /**
   * Starts the hub on the preferred port. Only when another program holds that port does it
   * take any free one (LAN screens then need the new address); any other failure (a damaged
   * database, a missing binding) is the caller's to report, not a reason to move.
   */
  async start(): Promise<HubConnection> {
    const preferred = this.options.preferredPort ?? DEFAULT_HUB_PORT
    try {
      return await this.spawn(preferred)
    } catch (error) {
      if (preferred === 0 || !isPortBusy(error)) throw error
      console.warn(`[hub] port ${preferred} is taken (${String(error)}); using any free port`)
      return await this.spawn(0)
    }
  }

  /**
   * Stops the hub for good (every way out of the app): no restart afterwards. It is asked to
   * stop (a `stop` message: it closes the server and checkpoints the database) and killed only
   * if it has not exited in time — `kill()` alone is no graceful stop on Windows. Idempotent.
   */
  stop(): Promise<void> {
    this.stopped ??= this.stopChild()
    return this.stopped
  }

  private stopped: Promise<void> | undefined

  private async stopChild(): Promise<void> {
    this.stopping = true
    clearTimeout(this.restartTimer)
    const child = this.child
    this.child = undefined
    if (child?.pid === undefined) return
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        console.warn('[hub] did not stop in time; killing it')
        child.kill()
        resolve()
      }, this.options.stopTimeoutMs ?? 5_000)
      child.once('exit', () => {
        clearTimeout(timer)
        resolve()
      })
      child.postMessage({ type: 'stop' })
    })
  }

  private spawn(port: number): Promise<HubConnection> {
    const env: Record<string, string | undefined> = {
      ...process.env,
      // The token goes by environment, not argv: a command line is readable by every local
      // user (ps, /proc/<pid>/cmdline), a process environment only by its owner.
      RECEPTION_DAY_TOKEN: this.token,
    }
    if (this.options.version !== undefined) env['RECEPTION_DAY_VERSION'] = this.options.version
    if (this.options.sqliteBinding !== undefined) {
      env['RECEPTION_DAY_SQLITE_BINDING'] = this.options.sqliteBinding
    }
    // A server's connection string may hold a password: by environment too, never argv.
    const onServer = isPostgresUrl(this.options.dbPath)
    if (onServer) env['RECEPTION_DAY_DB'] = this.options.dbPath
    const args = [...(onServer ? [] : ['--db', this.options.dbPath]), '--port', String(port)]
    if (this.options.host !== undefined) args.push('--host', this.options.host)
    if (this.options.hall !== undefined) args.push('--hall', this.options.hall)
    const child = utilityProcess.fork(this.options.hubScript, args, {
      serviceName: 'Reception Day hub',
      env,
      stdio: 'inherit',
    })
    this.child = child
    const startedAt = Date.now()

    return new Promise<HubConnection>((resolve, reject) => {
      let settled = false
      let ready = false
      const timeoutMs = this.options.readyTimeoutMs ?? 60_000
      const timer = setTimeout(() => {
        fail(new Error(`the hub did not report ready within ${timeoutMs / 1000} s`))
        child.kill()
      }, timeoutMs)
      const fail = (error: Error): void => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        reject(error)
      }

      child.on('message', (raw: unknown) => {
        const message = parseHubMessage(raw)
        if (message?.type === 'fatal') {
          console.error(`[hub] fatal: ${message.message}`)
          fail(new Error(message.message))
        } else if (message?.type === 'ready' && !settled) {
          settled = true
          ready = true
          clearTimeout(timer)
          if (message.token !== this.token) {
            console.error('[hub] reported a different token than the one it was given')
          }
          this.current = {
            url: localHubUrl(message.url, message.port),
            port: message.port,
            token: message.token,
          }
          console.info(`[hub] ready on ${message.url}`)
          resolve(this.current)
        }
      })
      child.on('error', (type, location) => {
        console.error(`[hub] ${type} at ${location}`)
      })
      child.once('exit', (code) => {
        fail(new Error(`the hub exited with code ${code} before it was ready`))
        if (this.child === child) this.child = undefined
        // Before 'ready' the failure is the caller's (start or scheduleRestart) to handle.
        if (this.stopping || !ready) return
        console.error(`[hub] exited unexpectedly with code ${code}`)
        if (Date.now() - startedAt >= HEALTHY_UPTIME_MS) this.failures = 0
        this.scheduleRestart()
      })
    })
  }

  private scheduleRestart(): void {
    if (this.stopping) return
    if (this.failures >= MAX_RESTART_FAILURES) {
      const message = `the hall hub failed ${this.failures} times in a row and was not restarted`
      console.error(`[hub] ${message}`)
      this.options.onGiveUp?.(message)
      return
    }
    const delay = RESTART_DELAYS_MS[Math.min(this.failures, RESTART_DELAYS_MS.length - 1)] ?? 30_000
    this.failures += 1
    // Same port and token as before: screens reconnect to the address they already know.
    const port = this.current?.port ?? this.options.preferredPort ?? DEFAULT_HUB_PORT
    console.info(`[hub] restarting on port ${port} in ${delay} ms`)
    this.restartTimer = setTimeout(() => {
      this.spawn(port).then(
        () => {
          // Backoff is reset only once the new hub has stayed up for a while (see 'exit').
        },
        (error: unknown) => {
          console.error(`[hub] restart failed: ${String(error)}`)
          this.scheduleRestart()
        },
      )
    }, delay)
  }
}
