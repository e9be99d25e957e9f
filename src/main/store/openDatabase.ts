import { openStore, type OpenStoreOptions, type SqliteStore, type Store } from './openStore'
import { isPostgresUrl } from './databaseUrl'
import { openPostgresStore } from './postgresStore'

/**
 * The hub's `--db`: a `postgres://…` connection string opens the store on that server, anything
 * else is the path of the hall's SQLite file. The same services run on both.
 */
export async function openDatabase(target: string, options: OpenStoreOptions = {}): Promise<Store> {
  return isPostgresUrl(target) ? openPostgresStore(target) : openStore(target, options)
}

/** What a store is, for the hub's start-up line and the settings page (no password). */
export const describeStore = (store: Store): string =>
  store.kind === 'postgres' ? store.url : store.file

/** For code that works on the SQLite file itself (bench, file backups). */
export function sqliteOf(store: Store): SqliteStore {
  if (store.kind !== 'sqlite') throw new Error('This needs the SQLite store, not PostgreSQL')
  return store
}
