import type { Migration, MigrationProvider } from 'kysely'
import * as m0001 from './0001_initial'

// Bundled with the app, so the migrations that run are exactly the ones this build knows.
export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
}

export const staticMigrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
}
