import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { startHub } from '../../../src/main/hub/startHub'
import { backupDatabase } from '../../../src/main/services/backup/backup'
import { backupFolder, backupNames, replacedFolder } from '../../../src/main/services/backup/files'
import { inspectBackup, tableCounts } from '../../../src/main/services/backup/inspect'
import { restoreDatabase } from '../../../src/main/services/backup/restore'
import { DomainError } from '../../../src/main/services/core/domainError'
import { registerBatch } from '../../../src/main/services/batch/registration'
import { openStore } from '../../../src/main/store/openStore'
import { planWithLeaders, registration } from '../../support/fixtures'
import { FIXED_NOW, HALL_TIME_ZONE, sqliteTempStore, type TempStore } from '../../support/tempStore'
import { sqliteOf } from '../../../src/main/store/openDatabase'
import { actingAs } from '../../../src/main/services/core/context'

const ZONE = 'Asia/Shanghai'
// SQLite only: these are backups of the SQLite file (a server's backups are the server's job).
let hall: Awaited<ReturnType<typeof sqliteTempStore>> | undefined
afterEach(async () => {
  await hall?.close()
  hall = undefined
})

async function registerSome(h: TempStore, dayId: number, count: number, from = 0) {
  for (let i = 0; i < count; i += 1)
    await registerBatch(
      actingAs(h.services, 'desk-1'),
      registration({
        dayId,
        kind: 'individual',
        headcount: 1,
        members: [{ name: `来访人${from + i}` }],
        summary: '宅基地审批',
      }),
    )
}

const countsOf = (file: string) => {
  const db = new Sqlite(file, { readonly: true, fileMustExist: true })
  try {
    return tableCounts(db)
  } finally {
    db.close()
  }
}

describe('backups of the hall database', () => {
  it('are made with the backup API, verified, named by date, and the last N kept', async () => {
    hall = await sqliteTempStore()
    const day = await planWithLeaders(hall.services, '2026-10-21', [{ name: '王建国', tableNo: 1 }])
    await registerSome(hall, day.id, 5)
    const made = []
    for (let i = 0; i < 4; i += 1)
      made.push(
        await backupDatabase(hall.store, {
          reason: i === 0 ? 'close' : 'manual',
          keep: 2,
          at: new Date(Date.UTC(2026, 9, 21, 9, 30, i)),
          timeZone: ZONE,
        }),
      )
    expect(made[0]?.name).toBe('hall-2026-10-21-173000-close.db')
    expect(made[3]?.name).toBe('hall-2026-10-21-173003-manual.db')
    expect(made.every((b) => b.integrity === 'ok')).toBe(true)
    // The copy has exactly the rows of the database, table by table.
    const live = tableCounts(hall.store.sqlite)
    expect(made[3]?.rowCounts).toEqual(live)
    expect(countsOf(made[3]?.file ?? '')).toEqual(live)
    expect(live['batch']).toBe(5)
    // One self-contained file: no -wal beside it.
    expect(existsSync(`${made[3]?.file}-wal`)).toBe(false)
    expect(backupNames(hall.file)).toEqual([
      'hall-2026-10-21-173003-manual.db',
      'hall-2026-10-21-173002-manual.db',
    ])
    expect(made[3]?.pruned).toEqual(['hall-2026-10-21-173001-manual.db'])
  })

  it('round-trip through a restore: equal row counts, the replaced database kept aside', async () => {
    hall = await sqliteTempStore()
    const day = await planWithLeaders(hall.services, '2026-10-21', [{ name: '王建国', tableNo: 1 }])
    await registerSome(hall, day.id, 3)
    const backup = await backupDatabase(hall.store, {
      reason: 'manual',
      at: new Date(Date.UTC(2026, 9, 21, 2)),
      timeZone: ZONE,
    })
    await registerSome(hall, day.id, 4, 3)
    const before = tableCounts(hall.store.sqlite)
    expect(before['batch']).toBe(7)
    await hall.store.close()

    const restored = await restoreDatabase({
      dbFile: hall.file,
      backupFile: backup.file,
      at: new Date(Date.UTC(2026, 9, 21, 3)),
      timeZone: ZONE,
    })
    expect(restored.rowCounts).toEqual(backup.rowCounts)
    expect(restored.replacedKeptAt).toBe(
      join(replacedFolder(hall.file), 'hall-2026-10-21-110000-replaced.db'),
    )
    // The database that was replaced is intact where it was moved.
    expect(countsOf(restored.replacedKeptAt ?? '')).toEqual(before)

    const reopened = await openStore(hall.file)
    try {
      expect(tableCounts(reopened.sqlite)).toEqual(backup.rowCounts)
      expect(tableCounts(reopened.sqlite)['batch']).toBe(3)
    } finally {
      await reopened.close()
    }
  })

  it('refuses files that are not good backups, and leaves the database untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reception-day-restore-'))
    const dbFile = join(dir, 'hall.db')
    const store = await openStore(dbFile)
    const counts = tableCounts(store.sqlite)
    await store.close()
    const junk = join(dir, 'junk.db')
    writeFileSync(junk, 'this is not a database')
    const key = (e: unknown) => (e instanceof DomainError ? e.key : String(e))
    const at = new Date()
    expect(await restoreDatabase({ dbFile, backupFile: junk, at, timeZone: ZONE }).catch(key)).toBe(
      'backup.notADatabase',
    )
    expect(
      await restoreDatabase({ dbFile, backupFile: join(dir, 'none.db'), at, timeZone: ZONE }).catch(
        key,
      ),
    ).toBe('backup.fileNotFound')
    const other = join(dir, 'other.db')
    new Sqlite(other).exec('create table t (x)').close()
    expect(() => inspectBackup(other)).toThrow(DomainError)
    expect(
      await restoreDatabase({ dbFile, backupFile: dbFile, at, timeZone: ZONE }).catch(key),
    ).toBe('backup.isTheDatabase')
    expect(countsOf(dbFile)).toEqual(counts)
    // Nothing was moved aside: the refusals came before any file was touched.
    expect(readdirSync(dir)).not.toContain('backups')
  })
})

describe('backups at the same time', () => {
  it('get distinct names, reserved atomically, each a verified copy', async () => {
    hall = await sqliteTempStore()
    const day = await planWithLeaders(hall.services, '2026-10-21', [{ name: '王建国', tableNo: 1 }])
    await registerSome(hall, day.id, 3)
    const at = new Date(Date.UTC(2026, 9, 21, 9, 30, 0))
    const made = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        backupDatabase(hall!.store, {
          reason: i % 2 ? 'close' : 'manual',
          keep: 30,
          at,
          timeZone: ZONE,
        }),
      ),
    )
    const names = made.map((b) => b.name)
    expect(new Set(names).size).toBe(6)
    expect(names).toContain('hall-2026-10-21-173000-manual.db')
    expect(names).toContain('hall-2026-10-21-173000-3-manual.db')
    for (const backup of made) {
      expect(backup.integrity).toBe('ok')
      expect(countsOf(backup.file)).toEqual(tableCounts(hall.store.sqlite))
    }
    expect(readdirSync(backupFolder(hall.file)).filter((n) => n.endsWith('.partial'))).toEqual([])
    expect(backupNames(hall.file)).toHaveLength(6)
  })

  it('are pruned by the time in their names, `-2` after the first of its second', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reception-day-prune-'))
    const dbFile = join(dir, 'hall.db')
    mkdirSync(backupFolder(dbFile))
    const names = [
      'hall-2026-10-21-173000-manual.db',
      'hall-2026-10-21-173000-2-manual.db',
      'hall-2026-10-21-173000-10-close.db',
      'hall-2026-10-20-235959-close.db',
      'hall-2026-10-22-080000-manual.db',
    ]
    // The files' own times all equal: the order comes from the names' times and numbers.
    for (const name of names) {
      const file = join(backupFolder(dbFile), name)
      writeFileSync(file, '')
      utimesSync(file, 1_000_000, 1_000_000)
    }
    expect(backupNames(dbFile)).toEqual([
      'hall-2026-10-22-080000-manual.db',
      'hall-2026-10-21-173000-10-close.db',
      'hall-2026-10-21-173000-2-manual.db',
      'hall-2026-10-21-173000-manual.db',
      'hall-2026-10-20-235959-close.db',
    ])
  })
})

describe('the running hub', () => {
  it('backs up from the settings and swaps its database on restore, on the same address', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reception-day-hub-'))
    const hub = await startHub({
      dbFile: join(dir, 'hall.db'),
      host: '127.0.0.1',
      port: 0,
      token: 'backup-token',
      rendererDir: dir,
      version: 'test',
      now: () => FIXED_NOW,
      timeZone: HALL_TIME_ZONE,
    })
    const base = `http://127.0.0.1:${hub.server.port}`
    const headers = { authorization: 'Bearer backup-token', 'content-type': 'application/json' }
    const post = async (path: string, input: unknown) => {
      const res = await fetch(`${base}/trpc/${path}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input),
      })
      const reply = (await res.json()) as {
        result?: { data: unknown }
        error?: { message: string }
      }
      if (!reply.result) throw new Error(reply.error?.message)
      return reply.result.data as Record<string, unknown>
    }
    const get = async (path: string, input?: unknown) => {
      const q = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`
      const res = await fetch(`${base}/trpc/${path}${q}`, { headers })
      return ((await res.json()) as { result: { data: unknown } }).result.data
    }
    try {
      const leader = await post('leader.create', { name: '王建国' })
      const day = await post('day.plan', {
        date: '2026-10-21', // FIXED_NOW's date in the hall
        place: '县人民来访接待中心',
        duties: [{ leaderId: leader['id'], tableNo: 1 }],
      })
      const register = (name: string) =>
        post('batch.register', {
          dayId: day['id'],
          kind: 'individual',
          headcount: 1,
          members: [{ name }],
          summary: '宅基地审批',
        })
      await register('张三')
      await register('李四')
      const backup = (await post('backup.create', { keep: 5 })) as {
        file: string
        integrity: string
        rowCounts: Record<string, number>
      }
      expect(backup.integrity).toBe('ok')
      await register('王五')
      expect(await get('batch.listForDay', { dayId: day['id'] })).toHaveLength(3)

      const listed = (await get('backup.list')) as { backups: { file: string }[] }
      expect(listed.backups.map((b) => b.file)).toEqual([backup.file])

      const scheduled = await post('backup.restore', { file: backup.file })
      expect(scheduled).toMatchObject({ scheduled: true, from: backup.file })
      await hub.restoreSettled()

      // Same port, same token: the screens reconnect and see the restored database.
      expect(hub.server.port).toBe(Number(new URL(base).port))
      expect(await get('batch.listForDay', { dayId: day['id'] })).toHaveLength(2)
      expect(tableCounts(sqliteOf(hub.store).sqlite)).toEqual(backup.rowCounts)
      const after = (await get('backup.list')) as {
        lastRestore: { ok: boolean; replacedKeptAt: string }
      }
      expect(after.lastRestore.ok).toBe(true)
      expect(countsOf(after.lastRestore.replacedKeptAt)['batch']).toBe(3)
      // Work goes on in the restored database.
      await register('赵六')
      expect(await get('batch.listForDay', { dayId: day['id'] })).toHaveLength(3)
    } finally {
      await hub.stop()
    }
  })

  it('makes one backup at a time: concurrent calls get one file or a clear refusal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reception-day-hub-'))
    const hub = await startHub({
      dbFile: join(dir, 'hall.db'),
      host: '127.0.0.1',
      port: 0,
      token: 'backup-token',
      rendererDir: dir,
      version: 'test',
    })
    const backup = async () => {
      const res = await fetch(`http://127.0.0.1:${hub.server.port}/trpc/backup.create`, {
        method: 'POST',
        headers: {
          authorization: 'Bearer backup-token',
          'content-type': 'application/json',
          'x-locale': 'zh-CN',
        },
        body: JSON.stringify({ keep: 50 }),
      })
      return {
        status: res.status,
        body: (await res.json()) as {
          result?: { data: { file: string } }
          error?: { message: string; data: { messageKey: string } }
        },
      }
    }
    try {
      const answers = await Promise.all(Array.from({ length: 12 }, backup))
      const made = answers.filter((a) => a.status === 200)
      const refused = answers.filter((a) => a.status !== 200)
      expect(made).toHaveLength(1)
      // Refused while it runs, or (a small database is quick) as too soon after it.
      expect(refused).toHaveLength(11)
      for (const a of refused) {
        expect(a.status).toBe(409)
        expect(['backup.running', 'backup.tooSoon']).toContain(a.body.error?.data.messageKey)
      }
      for (const a of refused)
        expect(a.body.error?.message).toMatch(
          /^(正在备份，请等这份备份完成后再试|刚刚已备份过，请 \d+ 秒后再试)$/,
        )
      // Each answer that said "made" left its file, verified; nothing else was written.
      const file = made[0]?.body.result?.data.file ?? ''
      expect(backupNames(sqliteOf(hub.store).file)).toEqual([file.split('/').pop()])
      expect(inspectBackup(file).rowCounts).toEqual(tableCounts(sqliteOf(hub.store).sqlite))
      // Right after it, another manual backup is refused as too soon, with the wait.
      const soon = await backup()
      expect(soon.status).toBe(409)
      expect(soon.body.error?.data.messageKey).toBe('backup.tooSoon')
      expect(soon.body.error?.message).toMatch(/^刚刚已备份过，请 \d+ 秒后再试$/)
      // The close of a day waits for its turn instead: queued behind a running one, both made.
      const [closeA, closeB] = await Promise.all([
        hub.maintenance.backup('close'),
        hub.maintenance.backup('close'),
      ])
      expect(closeA.name).not.toBe(closeB.name)
      expect([closeA, closeB].map((b) => inspectBackup(b.file).rowCounts)).toEqual([
        closeA.rowCounts,
        closeB.rowCounts,
      ])
      expect(backupNames(sqliteOf(hub.store).file)).toHaveLength(3)
    } finally {
      await hub.stop()
    }
  })
})
