import { createHash } from 'node:crypto'
import { copyFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contract, type ChangeEvent } from '@shared/contract'
import { mayCall, ROLES, type Role } from '@shared/contract/roles'
import type { Locale } from '@shared/i18n'
import { formatError } from '../../../src/main/hub/errors'
import {
  eventReaches,
  FULL_DATA_READS,
  reachesAnyTable,
  type Device,
} from '../../../src/main/hub/access'
import { openStore, type Store } from '../../../src/main/store/openStore'
import { inProcessHub } from '../../support/receptionDay'
import { tempDir } from '../../support/tempStore'
import { seedHall, SEEDED_CLERK, SEEDED_PERSON } from './baseInputs'

// Every procedure of the contract × every role (issue 15): called through the hub's router with
// the device's role in the context, on a real SQLite file seeded at table 1. A role the roles
// table does not name is refused with 403 and its message in the caller's language, and the
// database is left exactly as it was; an allowed role is never refused for its role (it may
// still fail on the domain's own rules). A leader device reaches only its own table.

const procedures = Object.entries(contract).flatMap(([domain, procs]) =>
  Object.entries(procs).map(([name, p]) => ({ path: `${domain}.${name}`, kind: p.kind })),
)

// A paired desk or staff device writes and reads full personal data only with someone signed
// in (people.signIn): the seeded hall's clerk is, on those; the others need nobody.
const device = (role: Role, tableNo: number | null = role === 'leader' ? 1 : null): Device => ({
  id: 7,
  name: `${role}-${tableNo ?? ''}`,
  role,
  tableNo,
  person: role === 'desk' || role === 'staff' ? { id: 1, name: SEEDED_CLERK.name } : null,
})

/** The callers walked: one device per role (a leader at table 1, where the hall is seeded), and
 * a leader at table 2. */
const callers = [...ROLES.map((r) => device(r)), device('leader', 2)]

const allowed = (d: Device, path: string) =>
  mayCall(d.role, path) && (d.role !== 'leader' || d.tableNo === 1 || reachesAnyTable(path))

let dir: string
let template: string
let bases: Record<string, unknown>

async function withStore<T>(file: string, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(file)
  try {
    return await run(store)
  } finally {
    await store.close()
  }
}

/** What every row of every table holds, hashed: a refused call changes nothing. */
function contents(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const hash = createHash('sha256')
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[]
    for (const t of tables.filter((name) => /^[A-Za-z0-9_]+$/.test(name))) {
      hash.update(t)
      for (const row of db.prepare(`SELECT * FROM "${t}"`).raw().iterate())
        hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.length : v)))
    }
    return hash.digest('hex')
  } finally {
    db.close()
  }
}

/** Calls a procedure as a device; a subscription is opened and closed at once. */
async function callAs(store: Store, d: Device, path: string, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const hub = inProcessHub(store, d.name, d, locale)
  const result: unknown = await hub.call(path, bases[path])
  if (result && typeof result === 'object' && Symbol.asyncIterator in result)
    await (result as AsyncIterableIterator<unknown>).return?.()
  return result
}

const failure = async (run: () => Promise<unknown>) => {
  try {
    await run()
    return undefined
  } catch (error) {
    if (error instanceof TRPCError) return error
    throw error
  }
}

/** The message the hub sends with a refusal (its error formatter), in a caller's language. */
const messageOf = (error: TRPCError | undefined, locale: Locale) =>
  error &&
  formatError(
    { message: error.message, code: -32603, data: { code: error.code, httpStatus: 403 } },
    error,
    locale,
  ).message

beforeAll(async () => {
  dir = tempDir()
  template = join(dir, 'seeded.db')
  bases = await withStore(template, async (store) => {
    const hub = inProcessHub(store)
    return seedHall(hub.call, hub.call)
  })
}, 60_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('every procedure × every role', () => {
  it('walks every procedure of the contract', () => {
    expect(procedures.length).toBeGreaterThan(60)
    for (const { path } of procedures) {
      // Every procedure is open to admin (DESIGN.md: everything) and refused to someone.
      expect(mayCall('admin', path), path).toBe(true)
    }
  })

  it('refuses a role the table does not name with 403, in its language, writing nothing', async () => {
    const file = join(dir, 'refused.db')
    copyFileSync(template, file)
    let refused = 0
    await withStore(file, async (store) => {
      // Read while the store is open (opening marks the file in use: not the calls' doing).
      const before = contents(file)
      for (const { path } of procedures)
        for (const d of callers.filter((c) => !allowed(c, path))) {
          const error = await failure(() => callAs(store, d, path))
          expect(error?.code, `${path} as ${d.name}`).toBe('FORBIDDEN')
          refused++
        }
      const zh = await failure(() => callAs(store, device('board'), 'batch.get'))
      expect(messageOf(zh, 'zh-CN')).toBe(
        '本设备的角色（大厅显示屏）不能做此操作，未读取也未保存任何内容',
      )
      const en = await failure(() => callAs(store, device('kiosk'), 'backup.restore', 'en'))
      expect(messageOf(en, 'en')).toBe(
        'This device’s role (self-service kiosk) may not do this; nothing was read or saved',
      )
      expect(contents(file)).toBe(before)
    })
    expect(refused).toBeGreaterThan(300)
  }, 120_000)

  it('never refuses an allowed role for its role', async () => {
    const file = join(dir, 'allowed.db')
    const outcomes: Record<string, string> = {}
    for (const { path } of procedures)
      for (const d of callers.filter((c) => allowed(c, path))) {
        // A fresh copy of the seeded hall for each call: an allowed write cannot spoil the next.
        for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true })
        copyFileSync(template, file)
        const error = await withStore(file, (store) => failure(() => callAs(store, d, path)))
        outcomes[`${path} as ${d.name}`] = error?.code ?? 'ok'
      }
    const refused = Object.entries(outcomes).filter(
      ([, code]) => code === 'FORBIDDEN' || code === 'UNAUTHORIZED',
    )
    expect(refused).toEqual([])
    // The seeded inputs are valid: nearly every allowed call succeeds outright.
    const ok = Object.values(outcomes).filter((code) => code === 'ok').length
    expect(ok / Object.keys(outcomes).length).toBeGreaterThan(0.8)
  }, 300_000)

  it('keeps a leader device to its own table, and a board from any full ID', async () => {
    const file = join(dir, 'reach.db')
    copyFileSync(template, file)
    await withStore(file, async (store) => {
      const atTable2 = device('leader', 2)
      const queue = bases['queue.forTable'] as { dayId: number }
      const hub2 = inProcessHub(store, 'leader-2', atTable2)
      await expect(hub2.call('queue.forTable', { ...queue, tableNo: 2 })).resolves.toBeTruthy()
      const own = await failure(() => hub2.call('queue.forTable', { ...queue, tableNo: 1 }))
      expect(own?.code).toBe('FORBIDDEN')

      const seen: string[] = []
      for (const { path } of procedures.filter((p) => mayCall('board', p.path)))
        seen.push(JSON.stringify(await callAs(store, device('board'), path)))
      const text = seen.join('\n')
      expect(text).not.toContain(SEEDED_PERSON.idNumber)
      expect(text).not.toContain(SEEDED_PERSON.phone)
      expect(text).not.toContain(SEEDED_PERSON.address)
    })
  })
})

describe('the kiosk and a leader’s own cases', () => {
  it('lets a kiosk call the query code and what every screen reads, nothing else', () => {
    const kiosk = procedures.filter((p) => mayCall('kiosk', p.path)).map((p) => p.path)
    expect(kiosk.sort()).toEqual(
      [
        'device.me',
        'followUp.query',
        'followUp.rate',
        'people.current',
        'reference.settings',
        'system.clock',
        'system.health',
      ].sort(),
    )
  })

  it('keeps a leader device to its own table’s owned cases (包案)', async () => {
    const file = join(dir, 'owned.db')
    copyFileSync(template, file)
    await withStore(file, async (store) => {
      const hub1 = inProcessHub(store, 'leader-1', device('leader', 1))
      await expect(hub1.call('followUp.owned', { tableNo: 1 })).resolves.toMatchObject({
        leader: { name: expect.any(String) as unknown },
      })
      const hub2 = inProcessHub(store, 'leader-2', device('leader', 2))
      const other = await failure(() => hub2.call('followUp.owned', { tableNo: 1 }))
      expect(other?.code).toBe('FORBIDDEN')
      for (const path of ['followUp.log', 'followUp.workList', 'followUp.query', 'followUp.rate'])
        expect((await failure(() => hub1.call(path, bases[path])))?.code, path).toBe('FORBIDDEN')
    })
  })
})

describe('reads of full personal data', () => {
  it('are audit-logged with the device that read them', async () => {
    const file = join(dir, 'reads.db')
    copyFileSync(template, file)
    await withStore(file, async (store) => {
      const desk = device('desk')
      const input = bases['batch.get'] as { batchId: number }
      await inProcessHub(store, 'desk:二号登记台#7', desk).call('batch.get', input)
      const rows = await store.db
        .selectFrom('audit_log')
        .select(['actor', 'entity', 'entity_id', 'after_json', 'person_id', 'device_id'])
        .where('action', '=', 'read:batch.get')
        .execute()
      expect(rows).toEqual([
        {
          actor: 'desk:二号登记台#7',
          entity: 'batch',
          entity_id: input.batchId,
          after_json: JSON.stringify({ device: 7, role: 'desk' }),
          person_id: 1,
          device_id: 7,
        },
      ])
    })
  })
})

describe('every read of full personal data', () => {
  it('is audit-logged, by the table of such reads, whichever its procedure', async () => {
    const file = join(dir, 'every-read.db')
    copyFileSync(template, file)
    await withStore(file, async (store) => {
      const paths = Object.keys(FULL_DATA_READS)
      expect(paths.length).toBeGreaterThan(0)
      const hub = inProcessHub(store, 'desk:二号登记台#7', device('desk'))
      for (const path of paths) {
        await hub.call(path, bases[path])
        const logged = await store.db
          .selectFrom('audit_log')
          .select('actor')
          .where('action', '=', `read:${path}`)
          .execute()
        expect(logged, path).toEqual([{ actor: 'desk:二号登记台#7' }])
      }
    })
  })
})

describe('a paired desk with nobody signed in', () => {
  it('may read what holds no full personal data, but neither write nor read it in full', async () => {
    const file = join(dir, 'nobody.db')
    copyFileSync(template, file)
    await withStore(file, async (store) => {
      const before = contents(file)
      const nobody = { ...device('desk'), person: null }
      const hub = inProcessHub(store, 'desk', nobody)
      for (const path of ['batch.register', 'batch.get', 'desk.lookup', 'batch.cancel']) {
        const error = await failure(() => hub.call(path, bases[path]))
        expect(error?.code, path).toBe('FORBIDDEN')
        expect(messageOf(error, 'zh-CN')).toBe('请先在本设备上登录，未读取也未保存任何内容')
      }
      await expect(hub.call('queue.board', bases['queue.board'])).resolves.toBeTruthy()
      await expect(hub.call('people.current')).resolves.toEqual({ person: null, required: true })
      expect(contents(file)).toBe(before)
    })
  })
})

describe('subscriptions filtered by role', () => {
  const event = (topic: ChangeEvent['topic'], tableNos: number[]): ChangeEvent => ({
    topic,
    dayId: 1,
    tableNos,
  })

  it('gives the board no case events, and a leader only its own table and the hall-wide', () => {
    expect(eventReaches(device('board'), event('queue', [1]))).toBe(true)
    expect(eventReaches(device('board'), event('case', []))).toBe(false)
    expect(eventReaches(device('leader', 2), event('queue', [1]))).toBe(false)
    expect(eventReaches(device('leader', 2), event('queue', [1, 2]))).toBe(true)
    expect(eventReaches(device('leader', 2), event('day', []))).toBe(true)
    expect(eventReaches(device('desk'), event('case', [3]))).toBe(true)
  })

  it('delivers through the hub only what reaches the device', async () => {
    const file = join(dir, 'events.db')
    copyFileSync(template, file)
    await withStore(file, async (store) => {
      const leader2 = inProcessHub(store, 'leader-2', device('leader', 2))
      // The in-process hubs each have their own bus: publish on the leader's.
      const stream = (await leader2.call(
        'events.changes',
        {},
      )) as AsyncIterableIterator<ChangeEvent>
      const next = stream.next()
      leader2.services.bus.publish([event('queue', [1]), event('queue', [2])])
      await expect(next).resolves.toEqual({ done: false, value: event('queue', [2]) })
      await stream.return?.()
    })
  })
})
