import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { openDatabase } from '../store/openDatabase'
import { openStore, type Store } from '../store/openStore'
import { isPostgresUrl } from '../store/databaseUrl'
import { hallTimeZone } from '@shared/tally/timeZone'
import { ChangeBus } from '../services/core/changeBus'
import type { ServiceContext } from '../services/core/context'
import type { HubShared } from './context'
import { createHubDevices } from './deviceSockets'
import { hallCertificate } from './hallCertificate'
import { pairingUrls } from './lanAddresses'
import { createMaintenance, type HubMaintenance } from './maintenance'
import { startHallServer, type HallServer } from './server'

export interface HubOptions {
  /** The hall's SQLite file, or a `postgres://…` connection string (store/openDatabase.ts). */
  dbFile: string
  host: string
  port: number
  token?: string | undefined
  /** Serve HTTPS with the hall certificate kept in this folder (made on the first start). */
  certificateFolder?: string | undefined
  rendererDir: string
  version: string
  nativeBinding?: string | undefined
  /** On PostgreSQL: where pg_dump's backups go; none: backups are the server's job. */
  postgresBackupFolder?: string | undefined
  now?: () => Date
  /** The hall's zone; default hallTimeZone(process.env). */
  timeZone?: string
  /** The hall served on a store of several halls: its county's code; none the local hall. */
  hall?: string | undefined
  /** The hub could not reopen its database after a restore: it cannot go on. */
  onFatal?: (error: unknown) => void
}

export interface RunningHub {
  /** The store open now (a restore from a backup replaces it). */
  readonly store: Store
  readonly server: HallServer
  /** Backups and restores (the close of a day backs up through it). */
  readonly maintenance: HubMaintenance
  /** The fixed admin secret (a header only): --token, or one made for this run. */
  token: string
  /** The hall certificate's SHA-256 (hex) when serving HTTPS; null on plain HTTP. */
  fingerprint: string | null
  /** A one-time code pairing an admin device (the hall's first, from the hub's own console). */
  offerAdminPairing(): { code: string; urls: string[] }
  /** Resolves once a restore in progress has swapped the database (or failed). */
  restoreSettled(): Promise<void>
  stop(): Promise<void>
}

/** Opens the store and starts the hall server: the hub, in Electron or under plain Node. */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  if (!isPostgresUrl(options.dbFile)) mkdirSync(dirname(options.dbFile), { recursive: true })
  let store: Store = await openDatabase(options.dbFile, { nativeBinding: options.nativeBinding })
  const token = options.token ?? randomBytes(24).toString('base64url')
  const tls = options.certificateFolder
    ? await hallCertificate(options.certificateFolder).catch(async (error: unknown) => {
        await store.close()
        throw error
      })
    : undefined
  const fingerprint = tls?.fingerprint ?? null
  const services: ServiceContext = {
    db: store.db,
    bus: new ChangeBus(),
    now: options.now ?? (() => new Date()),
    timeZone: options.timeZone ?? hallTimeZone(process.env),
    hall: options.hall,
  }
  let server: HallServer | undefined
  const serve = (port: number) =>
    startHallServer({
      shared,
      host: options.host,
      port,
      token,
      rendererDir: options.rendererDir,
      tls,
    })

  const maintenance = createMaintenance({
    store: () => store,
    now: () => services.now(),
    timeZone: services.timeZone,
    nativeBinding: options.nativeBinding,
    postgresBackupFolder: options.postgresBackupFolder,
    log: (message) => console.log(`[hub] ${message}`),
    // A restore: stop serving, let the work in progress finish, close the store, put the
    // backup in its place, reopen, serve again on the same port with the same token.
    swap: async (restore) => {
      const port = server?.port ?? options.port
      await server?.close()
      server = undefined
      const old = store
      // maintenance.ts restores SQLite files only (a server's backups are the server's job).
      if (old.kind !== 'sqlite') throw new Error('A restore needs the SQLite store')
      await old.db.connection().execute(async () => undefined)
      await old.close()
      let failure: unknown = null
      try {
        await restore(old.file)
      } catch (error) {
        failure = error
      }
      try {
        store = await openStore(old.file, { nativeBinding: options.nativeBinding })
        services.db = store.db
        shared.migrations = store.migrations
        server = await serve(port)
      } catch (error) {
        console.error(`[hub] could not reopen the database after a restore: ${String(error)}`)
        options.onFatal?.(error)
        throw error
      }
      if (failure) throw failure
    },
  })
  const shared: HubShared = {
    services,
    version: options.version,
    migrations: store.migrations,
    maintenance,
    devices: createHubDevices(),
  }

  try {
    server = await serve(options.port)
    shared.listening = { host: options.host, port: server.port, fingerprint }
  } catch (error) {
    await store.close()
    throw error
  }
  const running: HallServer = server
  return {
    get store() {
      return store
    },
    get server() {
      return server ?? running
    },
    maintenance,
    token,
    fingerprint,
    offerAdminPairing: () => {
      const { code } = (shared.devices ?? createHubDevices()).codes.offer(
        { name: 'admin', role: 'admin', tableNo: null },
        +services.now(),
      )
      const port = (server ?? running).port
      return { code, urls: pairingUrls({ host: options.host, port, fingerprint }, code) }
    },
    restoreSettled: async () => {
      await maintenance.pending()
    },
    stop: async () => {
      await maintenance.pending()?.catch(() => undefined)
      await server?.close()
      server = undefined
      await store.close()
    },
  }
}
