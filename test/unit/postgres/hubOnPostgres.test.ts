import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseHubArgs } from '../../../src/main/hub/args'
import { startHub, type RunningHub } from '../../../src/main/hub/startHub'
import { FIXED_NOW, HALL_TIME_ZONE } from '../../support/tempStore'
import {
  freshPostgresDatabase,
  postgresAdminUrl,
  type TestDatabase,
} from '../../support/testDatabase'

// `--db postgres://…`: the very hub, over HTTP, on a PostgreSQL database; backups are the
// server's job, said in the caller's language.

describe('the hub’s --db', () => {
  it('takes a file or a connection string, also from RECEPTION_DAY_DB', () => {
    const url = 'postgres://hall@db.example/county'
    expect(parseHubArgs(['--db', url], {}).db).toBe(url)
    expect(parseHubArgs([], { RECEPTION_DAY_DB: url }).db).toBe(url)
    expect(parseHubArgs(['--db', '/data/hall.db'], { RECEPTION_DAY_DB: url }).db).toBe(
      '/data/hall.db',
    )
  })
})

describe.skipIf(!postgresAdminUrl())('a hub on PostgreSQL', () => {
  let database: TestDatabase
  let hub: RunningHub
  let dir: string
  const headers = { authorization: 'Bearer pg-token', 'content-type': 'application/json' }
  const base = () => `http://127.0.0.1:${hub.server.port}`
  const post = async (path: string, input: unknown, language = 'zh-CN') => {
    const res = await fetch(`${base()}/trpc/${path}`, {
      method: 'POST',
      headers: { ...headers, 'accept-language': language },
      body: JSON.stringify(input),
    })
    return (await res.json()) as {
      result?: { data: Record<string, unknown> }
      error?: { message: string; data: { messageKey?: string } }
    }
  }

  beforeAll(async () => {
    database = await freshPostgresDatabase()
    dir = mkdtempSync(join(tmpdir(), 'reception-day-pg-hub-'))
    hub = await startHub({
      dbFile: database.url,
      host: '127.0.0.1',
      port: 0,
      token: 'pg-token',
      rendererDir: dir,
      version: 'test',
      now: () => FIXED_NOW,
      timeZone: HALL_TIME_ZONE,
    })
  })
  afterAll(async () => {
    await hub?.stop()
    await database?.drop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('registers through the API and counts as on SQLite', async () => {
    expect(hub.store.kind).toBe('postgres')
    const leader = await post('leader.create', { name: '王建国' })
    const day = await post('day.plan', {
      date: '2026-10-21',
      place: '县人民来访接待中心',
      duties: [{ leaderId: leader.result?.data['id'], tableNo: 1 }],
    })
    const dayId = day.result?.data['id']
    for (const name of ['张三', '李四']) {
      const registered = await post('batch.register', {
        dayId,
        kind: 'individual',
        headcount: 1,
        members: [{ name }],
        summary: '宅基地审批',
      })
      expect(registered.error).toBeUndefined()
    }
    const res = await fetch(
      `${base()}/trpc/tally.get?input=${encodeURIComponent(JSON.stringify({ dayId }))}`,
      { headers },
    )
    const tally = (await res.json()) as { result: { data: { totals: { batches: unknown } } } }
    expect(tally.result.data.totals.batches).toBe(2)
  })

  it('says that backups and restores are the server’s job', async () => {
    const zh = await post('backup.create', { keep: 5 })
    expect(zh.error?.data.messageKey).toBe('backup.onServer')
    expect(zh.error?.message).toContain('PostgreSQL')
    const en = await post('backup.restore', { file: '/tmp/x.db' }, 'en')
    expect(en.error?.message).toMatch(/the server's job/)
  })
})
