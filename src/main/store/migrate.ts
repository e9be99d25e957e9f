import { Migrator, type Kysely, type MigrationProvider } from 'kysely'
import type { Database } from './schema'

/** Runs a migration set to the latest, failing loudly (shared by both databases). */
export async function migrateWith(
  db: Kysely<Database>,
  provider: MigrationProvider,
): Promise<void> {
  const migrator = new Migrator({ db, provider })
  const { error, results } = await migrator.migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error(String(error))
  const failed = results?.find((r) => r.status === 'Error')
  if (failed) throw new Error(`Migration ${failed.migrationName} failed`)
}
