import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RawBuilder } from 'kysely'
import { ChangeBus } from '../../src/main/services/core/changeBus'
import type { ServiceContext } from '../../src/main/services/core/context'
import type { ChangeEvent } from '@shared/contract'
import { openStore, type SqliteStore, type Store } from '../../src/main/store/openStore'
import { openPostgresStore } from '../../src/main/store/postgresStore'
import { freshPostgresDatabase, TEST_DATABASE } from './testDatabase'

export interface TempStore {
  dir: string
  /** The SQLite file (on PostgreSQL: the connection string of this test's database). */
  file: string
  store: Store
  services: ServiceContext
  events: ChangeEvent[]
  /** Rows of a query written with Kysely's `sql` tag (parameters as `${value}`: both dialects). */
  rows<T = Record<string, unknown>>(query: RawBuilder<unknown>): Promise<T[]>
  /** The first row, or undefined. */
  row<T = Record<string, unknown>>(query: RawBuilder<unknown>): Promise<T | undefined>
  /** The first column of the first row (a count, an id), or undefined. */
  value<T = unknown>(query: RawBuilder<unknown>): Promise<T | undefined>
  /** The first column of every row. */
  values<T = unknown>(query: RawBuilder<unknown>): Promise<T[]>
  close(): Promise<void>
}

/** The hall's zone in the unit tests, whatever the process's own zone (TZ) is. */
export const HALL_TIME_ZONE = 'Asia/Shanghai'

/** 09:30 on 2026-10-21 in the hall: the default clock, fixed so no test depends on the hour. */
export const FIXED_NOW = new Date('2026-10-21T01:30:00Z')

/**
 * A real database with services wired to it: a SQLite file in a fresh temp folder, or, when the
 * run is on PostgreSQL (RECEPTION_DAY_TEST_DB=postgres, scripts/unit-in-zones.mjs), a fresh
 * database on the run's throwaway cluster (test/support/postgresSetup.ts).
 */
export async function tempStore(
  now: () => Date = () => FIXED_NOW,
  timeZone: string = HALL_TIME_ZONE,
  database: 'sqlite' | 'postgres' = TEST_DATABASE,
): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), 'reception-day-'))
  let file = join(dir, 'hall.db')
  let drop: () => Promise<void> = async () => undefined
  let store: Store
  if (database === 'postgres') {
    const fresh = await freshPostgresDatabase()
    file = fresh.url
    drop = fresh.drop
    store = await openPostgresStore(fresh.url, { max: 4 })
  } else store = await openStore(file)
  const bus = new ChangeBus()
  const events: TempStore['events'] = []
  const original = bus.publish.bind(bus)
  bus.publish = (batch) => {
    events.push(...batch)
    original(batch)
  }
  const rows = async <T>(query: RawBuilder<unknown>) => (await query.execute(store.db)).rows as T[]
  const firstColumn = (row: unknown) =>
    row === undefined ? undefined : Object.values(row as Record<string, unknown>)[0]
  return {
    dir,
    file,
    store,
    services: { db: store.db, bus, now, timeZone },
    events,
    rows,
    row: async <T>(query: RawBuilder<unknown>) => (await rows<T>(query))[0],
    value: async <T>(query: RawBuilder<unknown>) => firstColumn((await rows(query))[0]) as T,
    values: async <T>(query: RawBuilder<unknown>) => (await rows(query)).map(firstColumn) as T[],
    close: async () => {
      await store.close()
      await drop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** For the tests of the SQLite file itself (backups, durability): always SQLite. */
export async function sqliteTempStore(
  now: () => Date = () => FIXED_NOW,
  timeZone: string = HALL_TIME_ZONE,
): Promise<TempStore & { store: SqliteStore }> {
  const hall = await tempStore(now, timeZone, 'sqlite')
  if (hall.store.kind !== 'sqlite') throw new Error('unreachable: a SQLite store was asked for')
  return { ...hall, store: hall.store }
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'reception-day-'))
