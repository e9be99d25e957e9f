import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { failureLog } from '../../../src/main/hub/failureLog'
import { startHub, type RunningHub } from '../../../src/main/hub/startHub'
import { StoreOpenError } from '../../../src/main/store/errors'
import { openStore } from '../../../src/main/store/openStore'
import { tempDir } from '../../support/tempStore'

// Storage failures (issue 10 §6) on real files and real file systems: a small tmpfs that fills
// up, a read-only mount, immutable files and folders (chattr +i: root ignores mode bits, so
// 0444 proves nothing here), a damaged file with a hot write-ahead log.

const cleanups: (() => void | Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'pipe' })
const can = (probe: () => void) => {
  try {
    probe()
    return true
  } catch {
    return false
  }
}

/** A tmpfs of `size` at a fresh folder (root only); undefined where mounting is not allowed. */
function tmpfs(size: string): string | undefined {
  const dir = tempDir()
  if (!can(() => run('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir])))
    return undefined
  cleanups.push(() => {
    run('umount', ['-l', dir])
    rmSync(dir, { recursive: true, force: true })
  })
  return dir
}

function immutable(path: string): boolean {
  if (!can(() => run('chattr', ['+i', path]))) return false
  cleanups.push(() => void can(() => run('chattr', ['-i', path])))
  return true
}

const mountable = can(() => {
  const dir = tempDir()
  try {
    run('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir])
    run('umount', [dir])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
const chattrWorks = can(() => {
  const file = join(tempDir(), 'probe')
  writeFileSync(file, 'x')
  run('chattr', ['+i', file])
  run('chattr', ['-i', file])
})

const sha = (file: string) =>
  existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : null

const refusalOf = async (file: string) => {
  const error = await openStore(file).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(StoreOpenError)
  return error as StoreOpenError
}

async function newDatabase(file: string) {
  const store = await openStore(file)
  store.sqlite.prepare("insert into setting (key, value) values ('k', '\"v\"')").run()
  await store.close()
}

function hubCaller(hub: RunningHub, token: string) {
  return async (procedure: string, input: unknown, locale = 'zh-CN') => {
    const res = await fetch(`http://127.0.0.1:${hub.server.port}/trpc/${procedure}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'x-locale': locale,
      },
      body: JSON.stringify(input),
    })
    const body = (await res.json()) as {
      result?: { data: Record<string, unknown> }
      error?: { message: string; data: { messageKey: string | null; httpStatus: number } }
    }
    return { status: res.status, data: body.result?.data, error: body.error }
  }
}

describe('a full disk', () => {
  it.skipIf(!mountable)(
    'is said in the caller’s language, logged with the SQLite error, and loses nothing acknowledged',
    async () => {
      const dir = tmpfs('6m')
      if (!dir) throw new Error('tmpfs')
      const dbFile = join(dir, 'hall.db')
      const lines: string[] = []
      const write = failureLog.write
      failureLog.write = (line) => lines.push(line)
      cleanups.push(() => {
        failureLog.write = write
      })
      const hub = await startHub({
        dbFile,
        host: '127.0.0.1',
        port: 0,
        token: 'disk-full',
        rendererDir: dir,
        version: 'test',
        // A fixed hall clock: registration takes place on the hall's today only.
        now: () => new Date('2026-10-21T01:30:00Z'),
        timeZone: 'Asia/Shanghai',
      })
      cleanups.push(() => hub.stop())
      const call = hubCaller(hub, 'disk-full')
      const leader = await call('leader.create', { name: '王建国' })
      const day = await call('day.plan', {
        date: '2026-10-21',
        place: '县人民来访接待中心',
        duties: [{ leaderId: leader.data?.['id'], tableNo: 1 }],
      })
      const register = (n: number, locale?: string) =>
        call(
          'batch.register',
          {
            dayId: day.data?.['id'],
            kind: 'individual',
            headcount: 1,
            members: [{ name: `来访人${n}`, phone: `138${String(n).padStart(8, '0')}` }],
            summary: `第 ${n} 号：${'宅基地审批两年未办理，'.repeat(40)}`,
          },
          locale,
        )
      // Fill the disk but for a little room, then register until it is full.
      const filler = join(dir, 'filler')
      const room = 96 * 1024
      const free = Number(
        execFileSync('df', ['--output=avail', '-B1', dir]).toString().trim().split('\n')[1],
      )
      writeFileSync(filler, Buffer.alloc(Math.max(0, free - room)))
      const acknowledged: number[] = []
      let refused: Awaited<ReturnType<typeof register>> | undefined
      for (let n = 1; n <= 400 && !refused; n += 1) {
        const answer = await register(n)
        if (answer.data) acknowledged.push(Number(answer.data['ticketNo']))
        else refused = answer
      }
      expect(refused?.status).toBe(503)
      expect(refused?.error?.data.messageKey).toBe('errors.storage.full')
      expect(refused?.error?.message).toMatch(/^磁盘已满，本次未保存/)
      const inEnglish = await register(9999, 'en')
      expect(inEnglish.error?.message).toMatch(/^The disk is full; nothing was saved/)
      expect(lines.some((l) => /batch\.register.*SQLITE_FULL/.test(l))).toBe(true)
      // Never the input: no name, phone or summary in the log.
      expect(lines.join('\n')).not.toMatch(/来访人|138\d{8}|宅基地/)
      // The hub keeps serving; with room again, registration goes on.
      expect((await call('leader.list', undefined)).status).not.toBe(500)
      rmSync(filler)
      const after = await register(10_000)
      expect(after.status).toBe(200)
      acknowledged.push(Number(after.data?.['ticketNo']))
      await hub.stop()

      const store = await openStore(dbFile)
      cleanups.push(() => store.close())
      expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
      const tickets = store.sqlite
        .prepare('select ticket_no from batch order by ticket_no')
        .pluck()
        .all() as number[]
      expect(tickets).toEqual(acknowledged)
      expect(acknowledged.length).toBeGreaterThan(1)
    },
    120_000,
  )
})

describe('a read-only database is refused at start, in Chinese and English', () => {
  const expectReadOnly = (error: StoreOpenError) => {
    expect(error.reason).toBe('readonly')
    expect(error.message).toMatch(/只读/)
    expect(error.message).toMatch(/read-only/)
  }

  it.skipIf(!chattrWorks)('a read-only (immutable) file', async () => {
    const file = join(tempDir(), 'hall.db')
    await newDatabase(file)
    const before = sha(file)
    expect(immutable(file)).toBe(true)
    expectReadOnly(await refusalOf(file))
    expect(sha(file)).toBe(before)
  })

  it.skipIf(!chattrWorks)('a read-only folder', async () => {
    const folder = join(tempDir(), 'data')
    mkdirSync(folder)
    const file = join(folder, 'hall.db')
    await newDatabase(file)
    expect(immutable(folder)).toBe(true)
    expectReadOnly(await refusalOf(file))
  })

  it.skipIf(!mountable)('a read-only mount', async () => {
    const dir = tmpfs('8m')
    if (!dir) throw new Error('tmpfs')
    const file = join(dir, 'hall.db')
    await newDatabase(file)
    run('mount', ['-o', 'remount,ro', dir])
    expectReadOnly(await refusalOf(file))
  })
})

/** The files a SIGKILL leaves: copied while the writer still has them open, WAL not merged. */
async function crashedDatabase(dir: string): Promise<string> {
  const live = join(dir, 'live.db')
  const store = await openStore(live)
  store.sqlite.pragma('wal_autocheckpoint = 0')
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  for (let i = 0; i < 50; i += 1)
    store.sqlite.prepare('insert into setting (key, value) values (?, ?)').run(`k${i}`, '"v"')
  const crashed = join(dir, 'hall.db')
  for (const side of ['', '-wal', '-shm'])
    if (existsSync(live + side)) copyFileSync(live + side, crashed + side)
  await store.close()
  return crashed
}

describe('a damaged database', () => {
  it('with a hot WAL is refused through a read-only check, its files byte-for-byte unchanged', async () => {
    const file = await crashedDatabase(tempDir())
    expect(readFileSync(`${file}-wal`).length).toBeGreaterThan(0)
    const bytes = readFileSync(file)
    bytes.fill(0xab, 4096, 4096 + 2000)
    writeFileSync(file, bytes)
    const before = ['', '-wal', '-shm'].map((side) => sha(file + side))
    expect(before[2]).not.toBeNull()
    const error = await refusalOf(file)
    expect(error.reason).toBe('damaged')
    expect(error.message).toMatch(/完整性检查/)
    expect(error.message).toMatch(/left untouched/)
    expect(['', '-wal', '-shm'].map((side) => sha(file + side))).toEqual(before)
  })
})

describe('the start-up check', () => {
  it('is the full quick_check after an unclean shutdown, the small tables after a clean one', async () => {
    const dir = tempDir()
    const file = await crashedDatabase(dir)
    const afterCrash = await openStore(file)
    expect(afterCrash.check?.checked).toBe('quick_check')
    // What the crash left in the WAL is there.
    expect(afterCrash.sqlite.prepare('select count(*) from setting').pluck().get()).toBe(50)
    await afterCrash.close()
    const afterCleanClose = await openStore(file)
    expect(afterCleanClose.check).toEqual({ clean: true, checked: 'tables' })
    await afterCleanClose.close()
    // A marker without its clean close (as a crash right after opening leaves it): full check.
    const raw = new Sqlite(file)
    raw.prepare('update store_state set clean_shutdown = 0').run()
    raw.close()
    const again = await openStore(file)
    expect(again.check?.checked).toBe('quick_check')
    await again.close()
  })
})
