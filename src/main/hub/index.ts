import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { defaultDatabasePath } from '../app/dataPaths'
import { describeStore } from '../store/openDatabase'
import { isPostgresUrl } from '../store/databaseUrl'
import { displayFingerprint } from '../app/certificatePin'
import { parseHubArgs } from './args'
import { clockFromEnv } from './clockFromEnv'
import { startHub } from './startHub'

// Entry of the hall hub: `node out/main/hub.js` (npm run hub) or an Electron utilityProcess.

interface ParentPort {
  postMessage(message: unknown): void
  on(event: 'message', listener: (event: { data: unknown }) => void): void
}
const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort

/** A `postgres://` connection string as given; a file path resolved; none: the default file. */
const databaseOf = (db: string | undefined): string =>
  db && isPostgresUrl(db)
    ? db
    : resolve(db ?? defaultDatabasePath(process.platform, process.env, homedir()))

async function main() {
  const args = parseHubArgs(process.argv.slice(2), process.env)
  const clock = clockFromEnv(process.env)
  const hub = await startHub({
    now: clock.now,
    timeZone: clock.timeZone,
    dbFile: databaseOf(args.db),
    host: args.host,
    port: args.port,
    token: args.token,
    // The hall certificate lives beside the database (on PostgreSQL: in the hub's data folder).
    certificateFolder: args.https
      ? isPostgresUrl(databaseOf(args.db))
        ? dirname(defaultDatabasePath(process.platform, process.env, homedir()))
        : dirname(databaseOf(args.db))
      : undefined,
    hall: args.hall,
    rendererDir: join(import.meta.dirname, '../renderer'),
    // The desktop app passes its own version (app.getVersion()); `npm run hub` runs under npm.
    version: process.env['RECEPTION_DAY_VERSION'] || process.env['npm_package_version'] || '0.0.0',
    nativeBinding: process.env['RECEPTION_DAY_SQLITE_BINDING'] || undefined,
    // On PostgreSQL, pg_dump's backups go to the hub's data folder (or RECEPTION_DAY_BACKUP_DIR).
    postgresBackupFolder:
      process.env['RECEPTION_DAY_BACKUP_DIR'] ||
      join(dirname(defaultDatabasePath(process.platform, process.env, homedir())), 'backups'),
    onFatal: (error) => {
      const message = error instanceof Error ? error.message : String(error)
      parentPort?.postMessage({ type: 'fatal', message })
      process.exit(1)
    },
  })
  const { url, port } = hub.server
  console.log(
    `Reception Day hub (${describeStore(hub.store)}${args.hall ? `, hall ${args.hall}` : ''})`,
  )
  if (clock.testStart)
    console.log(`Test clock: started at ${clock.testStart.toISOString()}, zone ${clock.timeZone}`)
  // No secret is printed: the address carries none, and the first admin device pairs with a
  // one-time code (single use, 5 minutes); scripts use --token/RECEPTION_DAY_TOKEN as a header.
  console.log(`Open: ${url}#/desk`)
  if (hub.fingerprint)
    console.log(`HTTPS, hall certificate SHA-256: ${displayFingerprint(hub.fingerprint)}`)
  const pairing = hub.offerAdminPairing()
  console.log(
    `Pair the first admin device: code ${pairing.code} (5 minutes), at ${pairing.urls.join(' ')}`,
  )
  parentPort?.postMessage({ type: 'ready', url, port, token: hub.token })

  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    void hub.stop().finally(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  // The desktop app asks by message: on Windows a utility process gets no SIGTERM.
  parentPort?.on('message', (event) => {
    const data = event.data as { type?: unknown } | null
    if (data?.type === 'stop') stop()
  })
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`Reception Day hub could not start: ${message}`)
  parentPort?.postMessage({ type: 'fatal', message })
  process.exit(1)
})
