#!/usr/bin/env node
// `npm run test:unit`: the unit tests must not depend on the process's time zone (the hall's
// clock is ServiceContext.now read in the hall's zone, never the machine's). So the whole suite
// runs in New York (12–13 hours from the hall's Shanghai, the day before for half the day), and
// the files that read dates and times run again in Kiritimati (UTC+14, the day after).
// Then the service tests run once more on PostgreSQL (RECEPTION_DAY_TEST_DB=postgres: each test
// gets a fresh database on a throwaway cluster the run starts itself, test/support/postgresSetup.ts)
// with the tests of the PostgreSQL store (schema parity, query plans). The tests of the SQLite
// file itself (test/unit/store: durability, backups, pragmas, openStore) and the hub's
// transport tests stay on SQLite. Without PostgreSQL installed that run is skipped with a
// warning, except under CI=true, where it fails.
// Extra arguments go to every vitest run (e.g. a file filter).
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const vitest = process.platform === 'win32' ? 'vitest.cmd' : 'vitest'
const extra = process.argv.slice(2)
const DATE_FILES = [
  'test/unit/services',
  'test/unit/tally',
  'test/unit/cases',
  'test/unit/queue',
  'test/unit/renderer',
  'test/unit/idNumber.test.ts',
]

const POSTGRES_FILES = ['test/unit/services', 'test/unit/postgres']

const postgresInstalled = () => {
  if (process.env.PG_BIN) return existsSync(join(process.env.PG_BIN, 'initdb'))
  const root = '/usr/lib/postgresql'
  return existsSync(root) && readdirSync(root).some((v) => existsSync(join(root, v, 'bin/initdb')))
}

const runs = [
  { zone: 'America/New_York', files: [], database: 'sqlite' },
  { zone: 'Pacific/Kiritimati', files: DATE_FILES, database: 'sqlite' },
  { zone: 'America/New_York', files: POSTGRES_FILES, database: 'postgres' },
]

for (const { zone, files, database } of runs) {
  if (database === 'postgres' && !postgresInstalled()) {
    if (process.env.CI === 'true') {
      console.error('\n— PostgreSQL is not installed: the tests on PostgreSQL cannot run (CI=true)')
      process.exit(1)
    }
    console.warn('\n— PostgreSQL is not installed: the tests on PostgreSQL are SKIPPED')
    continue
  }
  console.log(
    `\n— unit tests on ${database} with TZ=${zone}${files.length ? ` (${files.join(' ')})` : ''}`,
  )
  const result = spawnSync(vitest, ['run', ...(extra.length ? extra : files)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone, RECEPTION_DAY_TEST_DB: database },
    shell: process.platform === 'win32',
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
