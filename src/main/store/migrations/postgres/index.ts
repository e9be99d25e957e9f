import type { Migration, MigrationProvider } from 'kysely'
import { sharedMigrations } from '../shared'
import * as m0009 from './0009_baseline'

// PostgreSQL's own set: a baseline equal to SQLite's schema after its 0009, then the migrations
// both sets share (../shared.ts). Named so that every shared one sorts after the baseline.
export const postgresMigrations: Record<string, Migration> = {
  '0009_baseline': m0009,
  ...sharedMigrations,
}

export const postgresMigrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(postgresMigrations),
}
