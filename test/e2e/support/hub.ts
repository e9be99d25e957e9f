import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base } from '@playwright/test'
import { spawnHub, type SpawnedHub } from '../../support/spawnHub'
import { DEFAULT_HALL_CLOCK, HALL_TIME_ZONE, projectHallClock, type HallClockOption } from './dates'
import { freshE2eDatabase, projectOnPostgres } from './postgres'

export interface HubProcess extends SpawnedHub {
  dbFile: string
  /** The app at a hash route, e.g. page('/leader/1'). */
  at(route: string): string
}

export interface StartHubOptions {
  dbFile?: string
  port?: number
  token?: string
  /** The hub's clock at start (RECEPTION_DAY_CLOCK); default: this project's hall clock. */
  clock?: string
  /** e.g. 0.0.0.0 to serve the LAN; 127.0.0.1 by default. */
  host?: string
}

/** Starts the built hub (out/main/hub.js) under plain Node, on a fresh database by default. */
export async function startHub(options: StartHubOptions = {}): Promise<HubProcess> {
  const dbFile =
    options.dbFile ??
    (projectOnPostgres()
      ? await freshE2eDatabase()
      : join(mkdtempSync(join(tmpdir(), 'reception-day-e2e-')), 'hall.db'))
  // The hall's clock is set, never the machine's: the tests pass at any hour in any zone.
  const env = {
    ...process.env,
    RECEPTION_DAY_CLOCK: options.clock ?? projectHallClock(),
    RECEPTION_DAY_TZ: HALL_TIME_ZONE,
  }
  const hub = await spawnHub({
    dbFile,
    port: options.port,
    token: options.token,
    host: options.host,
    env,
  })
  return { ...hub, dbFile, at: (route) => `${hub.url}#${route}` }
}

/** A test with a hub of its own on a fresh database, its clock at the project's hall clock. */
export const test = base.extend<{ hub: HubProcess }, HallClockOption>({
  hallClock: [DEFAULT_HALL_CLOCK, { option: true, scope: 'worker' }],
  hub: async ({ hallClock }, use) => {
    const hub = await startHub({ clock: hallClock })
    await use(hub)
    await hub.stop()
  },
})

export { expect } from '@playwright/test'

/**
 * Registration takes place on the hall's today only, so an earlier visit is made as it happened:
 * a second hub on the same database with its clock at 10:00 on that earlier date.
 */
export async function onEarlierDay<T>(
  hub: HubProcess,
  date: string,
  action: (earlier: HubProcess) => Promise<T>,
): Promise<T> {
  const earlier = await startHub({ dbFile: hub.dbFile, clock: `${date}T10:00:00+08:00` })
  try {
    return await action(earlier)
  } finally {
    await earlier.stop()
  }
}
