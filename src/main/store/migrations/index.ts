import type { Migration, MigrationProvider } from 'kysely'
import * as m0001 from './0001_initial'
import * as m0002 from './0002_reference_data'
import * as m0003 from './0003_summary_search'
import * as m0004 from './0004_appointment_cancel'
import * as m0006 from './0006_outcomes_documents'
import * as m0007 from './0007_day_tally'
import * as m0008 from './0008_request_log'
import * as m0009 from './0009_shutdown_marker'
import * as m0010 from './0010_paired_devices'

// Bundled with the app, so the migrations that run are exactly the ones this build knows.
export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_reference_data': m0002,
  '0003_summary_search': m0003,
  '0004_appointment_cancel': m0004,
  '0006_outcomes_documents': m0006,
  '0007_day_tally': m0007,
  '0008_request_log': m0008,
  '0009_shutdown_marker': m0009,
  '0010_paired_devices': m0010,
}

export const staticMigrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
}
