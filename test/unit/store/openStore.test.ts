import { writeFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store/openStore'
import { StoreOpenError } from '../../../src/main/store/errors'
import { readPragmas } from '../../../src/main/store/pragmas'
import { tempDir } from '../../support/tempStore'

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c()
})

describe('openStore', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout on every open', async () => {
    const file = join(tempDir(), 'hall.db')
    for (let open = 0; open < 2; open++) {
      const store = await openStore(file)
      expect(readPragmas(store.sqlite)).toEqual({
        journalMode: 'wal',
        synchronous: 2,
        foreignKeys: 1,
        busyTimeout: 5000,
      })
      await store.close()
    }
  })

  it('creates the domain tables with the first migration', async () => {
    const store = await openStore(join(tempDir(), 'hall.db'))
    cleanups.push(() => store.close())
    const tables = store.sqlite
      .prepare("select name from sqlite_master where type = 'table' order by name")
      .pluck()
      .all()
    for (const table of [
      'reception_day',
      'leader',
      'leader_area',
      'leader_township',
      'duty',
      'department',
      'category',
      'township',
      'person',
      'batch',
      'batch_member',
      'petition_case',
      'outcome',
      'audit_log',
    ])
      expect(tables).toContain(table)
  })

  it('keeps the audit log append-only', async () => {
    const store = await openStore(join(tempDir(), 'hall.db'))
    cleanups.push(() => store.close())
    store.sqlite
      .prepare("insert into audit_log (at, actor, action, entity) values ('t', 'a', 'x', 'y')")
      .run()
    expect(() => store.sqlite.prepare("update audit_log set actor = 'b'").run()).toThrow(
      /append-only/,
    )
    expect(() => store.sqlite.prepare('delete from audit_log').run()).toThrow(/append-only/)
  })

  it('refuses a database written by a newer version, and leaves it as it was', async () => {
    const file = join(tempDir(), 'hall.db')
    const store = await openStore(file)
    store.sqlite
      .prepare("insert into kysely_migration (name, timestamp) values ('9999_future', 'x')")
      .run()
    await store.close()
    const before = readFileSync(file)
    const error = await openStore(file).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreOpenError)
    expect((error as StoreOpenError).reason).toBe('newer')
    expect((error as StoreOpenError).message).toMatch(/newer version/)
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('refuses a damaged database without writing to it', async () => {
    const file = join(tempDir(), 'hall.db')
    const store = await openStore(file)
    store.sqlite.prepare("insert into setting (key, value) values ('k', 'v')").run()
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    await store.close()
    // Scribble over the second page, where the schema's tables live.
    const bytes = readFileSync(file)
    bytes.fill(0xab, 4096, 4096 + 2000)
    writeFileSync(file, bytes)
    const error = await openStore(file).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreOpenError)
    expect((error as StoreOpenError).reason).toBe('damaged')
    expect(readFileSync(file).equals(bytes)).toBe(true)
  })

  it('refuses a file that is not a database', async () => {
    const file = join(tempDir(), 'notes.db')
    writeFileSync(file, 'this is not a database, just some notes '.repeat(200))
    const error = await openStore(file).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreOpenError)
    expect((error as StoreOpenError).reason).toBe('damaged')
    expect(new Sqlite(':memory:').open).toBe(true)
  })
})
