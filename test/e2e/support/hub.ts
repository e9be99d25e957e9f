import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, type BrowserContext } from '@playwright/test'
import { spawnHub, type SpawnedHub } from '../../support/spawnHub'
import { E2E_ADMIN_TOKEN } from './adminHeader'
import { DEFAULT_HALL_CLOCK, HALL_TIME_ZONE, projectHallClock, type HallClockOption } from './dates'
import { freshE2eDatabase, projectOnPostgres } from './postgres'

export { E2E_ADMIN_TOKEN, UNPAIRED } from './adminHeader'

export interface HubProcess extends SpawnedHub {
  dbFile: string
  /** The app at a hash route, e.g. page('/leader/1'): the hub's address, no secret in it. */
  at(route: string): string
}

/** The HttpOnly cookie a paired browser holds its secret in (src/main/hub/deviceAuth.ts). */
const DEVICE_COOKIE = 'reception-day-device'

/**
 * The spec's own pages are the admin device of its hubs: each database's hub pairs an admin
 * device once (as a script, with the fixed secret as a header), and its secret is set as the
 * device cookie of this test's browser contexts — those open already (the `context` fixture)
 * and those opened later (`browser.newContext()`, through the `storageState` option). No
 * address carries a secret. A context playing another PC opts out with UNPAIRED.
 */
const adminSecretOf = new Map<string, string>()
let current: { state: { cookies: Cookie[]; origins: [] }; contexts: Set<BrowserContext> } | null =
  null

type Cookie = {
  name: string
  value: string
  domain: string
  path: string
  expires: number
  httpOnly: boolean
  secure: boolean
  sameSite: 'Strict'
}

async function pairAdmin(hub: SpawnedHub): Promise<string> {
  const { code } = await hub.call<{ code: string }>('device.startPairing', {
    name: '测试管理端',
    role: 'admin',
  })
  const res = await hub.request('/pair', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, client: 'script' }),
  })
  const body = res.json as { secret?: string }
  if (!body.secret) throw new Error(`the e2e admin could not pair: ${res.status}`)
  return body.secret
}

async function admitAsAdmin(hub: SpawnedHub, dbFile: string) {
  let secret = adminSecretOf.get(dbFile)
  if (!secret) {
    secret = await pairAdmin(hub)
    adminSecretOf.set(dbFile, secret)
  }
  if (!current) return
  const cookie: Cookie = {
    name: DEVICE_COOKIE,
    value: secret,
    domain: new URL(hub.origin).hostname,
    path: '/',
    expires: -1,
    httpOnly: true,
    secure: hub.origin.startsWith('https:'),
    sameSite: 'Strict',
  }
  // Cookies are per host, not per port: the latest hub's admin cookie stands for this host.
  current.state.cookies = [
    ...current.state.cookies.filter((c) => c.domain !== cookie.domain),
    cookie,
  ]
  for (const context of current.contexts) await context.addCookies([cookie])
}

export interface StartHubOptions {
  dbFile?: string
  port?: number
  token?: string
  /** The hub's clock at start (RECEPTION_DAY_CLOCK); default: this project's hall clock. */
  clock?: string
  /** e.g. 0.0.0.0 to serve the LAN; 127.0.0.1 by default. */
  host?: string
  /** Serve HTTPS with the hall certificate. */
  https?: boolean
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
    token: options.token ?? E2E_ADMIN_TOKEN,
    host: options.host,
    https: options.https,
    env,
  })
  await admitAsAdmin(hub, dbFile)
  return { ...hub, dbFile, at: (route) => `${hub.origin}/#${route}` }
}

/** A test with a hub of its own on a fresh database, its clock at the project's hall clock. */
export const test = base.extend<{ hub: HubProcess }, HallClockOption>({
  hallClock: [DEFAULT_HALL_CLOCK, { option: true, scope: 'worker' }],
  // Filled as the test's hubs start (admitAsAdmin): read by every browser.newContext() after.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function takes from its pattern
  storageState: async ({}, use) => {
    current = { state: { cookies: [], origins: [] }, contexts: new Set() }
    await use(current.state)
    current = null
  },
  context: async ({ context }, use) => {
    current?.contexts.add(context)
    for (const cookie of current?.state.cookies ?? []) await context.addCookies([cookie])
    await use(context)
  },
  hub: async ({ hallClock, storageState: _ }, use) => {
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
