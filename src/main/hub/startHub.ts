import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { openStore, type Store } from '../store/openStore'
import { ChangeBus } from '../services/changeBus'
import { startHallServer, type HallServer } from './server'

export interface HubOptions {
  dbFile: string
  host: string
  port: number
  token?: string | undefined
  rendererDir: string
  version: string
  nativeBinding?: string | undefined
  now?: () => Date
}

export interface RunningHub {
  store: Store
  server: HallServer
  token: string
  stop(): Promise<void>
}

/** Opens the store and starts the hall server: the hub, in Electron or under plain Node. */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  mkdirSync(dirname(options.dbFile), { recursive: true })
  const store = await openStore(options.dbFile, { nativeBinding: options.nativeBinding })
  const token = options.token ?? randomBytes(24).toString('base64url')
  const services = { db: store.db, bus: new ChangeBus(), now: options.now ?? (() => new Date()) }
  try {
    const server = await startHallServer({
      shared: { services, version: options.version, migrations: store.migrations },
      host: options.host,
      port: options.port,
      token,
      rendererDir: options.rendererDir,
    })
    return {
      store,
      server,
      token,
      stop: async () => {
        await server.close()
        await store.close()
      },
    }
  } catch (error) {
    await store.close()
    throw error
  }
}
