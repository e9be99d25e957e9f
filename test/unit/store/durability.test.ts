import { randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store/openStore'
import { spawnHub, type SpawnedHub } from '../../support/spawnHub'

// The real hub process (from source, through tsx: vitest runs before the build in `npm test`),
// killed with SIGKILL while registrations are in flight. What it acknowledged must survive.

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url))
const TOKEN = 'durability-test-token'
const ACKNOWLEDGED_BEFORE_KILL = 60
const CONCURRENCY = 8

const cleanups: (() => void | Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function startHubFromSource(dbFile: string): Promise<SpawnedHub> {
  const hub = await spawnHub({
    entry: ['--import', 'tsx', 'src/main/hub/index.ts'],
    dbFile,
    token: TOKEN,
    cwd: projectRoot,
    // On the hall's clock of the day it registers on (2026-03-16), whatever the real date.
    env: {
      ...process.env,
      RECEPTION_DAY_SQLITE_BINDING: '',
      RECEPTION_DAY_CLOCK: '2026-03-16T09:00:00+08:00',
      RECEPTION_DAY_TZ: 'Asia/Shanghai',
    },
    timeoutMs: 30_000,
  })
  cleanups.push(() => {
    if (hub.process.exitCode === null && hub.process.signalCode === null)
      hub.process.kill('SIGKILL')
  })
  return hub
}

async function call<T>(origin: string, procedure: string, input: unknown): Promise<T> {
  const res = await fetch(`${origin}/trpc/${procedure}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
    signal: AbortSignal.timeout(15_000),
  })
  const body = (await res.json()) as { result?: { data: T }; error?: { message: string } }
  if (res.status !== 200 || !body.result)
    throw new Error(`${procedure}: HTTP ${res.status} ${body.error?.message ?? ''}`)
  return body.result.data
}

interface Ack {
  batchId: number
  ticketNo: number
  name: string
}

describe('durability', () => {
  it(
    'Opening a database, killing the hub with SIGKILL mid-registration and reopening ' +
      'leaves every acknowledged registration present and integrity_check ok',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'reception-day-durability-'))
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
      const dbFile = join(dir, 'hall.db')
      const hub = await startHubFromSource(dbFile)

      // Plan a day with two tables.
      const leaders = [
        await call<{ id: number }>(hub.origin, 'leader.create', { name: '王建国', title: '县长' }),
        await call<{ id: number }>(hub.origin, 'leader.create', {
          name: '李秀英',
          title: '副县长',
        }),
      ]
      const day = await call<{ id: number }>(hub.origin, 'day.plan', {
        date: '2026-03-16',
        place: '县人民来访接待中心',
        duties: leaders.map((leader, i) => ({ leaderId: leader.id, tableNo: i + 1 })),
      })

      // Register concurrently; SIGKILL the hub as soon as enough were acknowledged,
      // while the other workers' requests are still in flight.
      const acknowledged: Ack[] = []
      let sent = 0
      let inFlight = 0
      let inFlightAtKill = -1
      let killed = false
      const kill = () => {
        if (killed) return
        killed = true
        inFlightAtKill = inFlight - 1 // the other workers' requests, besides the one just acknowledged
        hub.process.kill('SIGKILL')
      }
      // Every submission carries its request id, as the desk sends it; the unanswered ones are
      // retried after the restart.
      const unanswered = new Map<string, { name: string; input: unknown }>()
      const worker = async () => {
        while (!killed) {
          const n = ++sent
          const name = `来访人${n}`
          const requestId = randomUUID()
          const input = {
            dayId: day.id,
            kind: 'individual',
            headcount: 1,
            members: [{ name, phone: `138${String(n).padStart(8, '0')}` }],
            summary: `第 ${n} 号测试诉求：宅基地审批两年未办理`,
            requestId,
          }
          unanswered.set(requestId, { name, input })
          inFlight++
          try {
            const batch = await call<{ batchId: number; ticketNo: number }>(
              hub.origin,
              'batch.register',
              input,
            )
            unanswered.delete(requestId)
            acknowledged.push({ batchId: batch.batchId, ticketNo: batch.ticketNo, name })
            if (acknowledged.length >= ACKNOWLEDGED_BEFORE_KILL) kill()
          } catch (error) {
            // Only requests cut off by the kill may fail; anything else fails the test.
            if (killed) return
            kill()
            throw error
          } finally {
            inFlight--
          }
        }
      }
      const workers = Promise.allSettled(Array.from({ length: CONCURRENCY }, worker))
      await hub.exited
      const outcomes = await workers
      const failures = outcomes.filter((o) => o.status === 'rejected')
      expect(failures).toEqual([])

      expect(killed).toBe(true)
      expect(hub.process.signalCode).toBe('SIGKILL')
      expect(inFlightAtKill).toBeGreaterThan(0)
      expect(acknowledged.length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL)
      // Not cleanly closed: the commits are (at least partly) in the write-ahead log.
      expect(existsSync(`${dbFile}-wal`)).toBe(true)

      // Reopen as the hub does on its next start (quick_check, pragmas, migrations).
      const store = await openStore(dbFile)
      cleanups.push(() => store.close())
      expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')

      const rows = store.sqlite
        .prepare(
          `select b.id, b.ticket_no as ticketNo, p.name
             from batch b
             join batch_member m on m.batch_id = b.id
             join person p on p.id = m.person_id
            where b.day_id = ?
            order by b.ticket_no`,
        )
        .all(day.id) as { id: number; ticketNo: number; name: string }[]
      const byId = new Map(rows.map((r) => [r.id, r]))
      for (const ack of acknowledged)
        expect(byId.get(ack.batchId), `batch ${ack.batchId}`).toEqual({
          id: ack.batchId,
          ticketNo: ack.ticketNo,
          name: ack.name,
        })
      // Committed tickets are unique and without gaps: no half-written registration.
      expect(rows.map((r) => r.ticketNo)).toEqual(rows.map((_, i) => i + 1))
      const audited = store.sqlite
        .prepare("select count(*) from audit_log where action = 'batch.register'")
        .pluck()
        .get()
      expect(audited).toBe(rows.length)

      // The desk retries what got no answer, with the same request ids, once the hub is back.
      // Those the kill cut off after their commit answer with the batch already on file.
      const committedUnanswered = new Map(
        rows
          .filter((r) => [...unanswered.values()].some((u) => u.name === r.name))
          .map((r) => [r.name, r]),
      )
      await store.close()
      const restarted = await startHubFromSource(dbFile)
      for (const { name, input } of unanswered.values()) {
        const retry = await call<{ batchId: number; ticketNo: number }>(
          restarted.origin,
          'batch.register',
          input,
        )
        const onFile = committedUnanswered.get(name)
        if (onFile) expect(retry).toMatchObject({ batchId: onFile.id, ticketNo: onFile.ticketNo })
      }
      restarted.process.kill('SIGTERM')
      await restarted.exited
      const after = await openStore(dbFile)
      cleanups.push(() => after.close())
      const names = after.sqlite
        .prepare(
          `select p.name from batch b join batch_member m on m.batch_id = b.id
             join person p on p.id = m.person_id where b.day_id = ?`,
        )
        .pluck()
        .all(day.id) as string[]
      // Exactly one batch per submission: acknowledged or retried, never twice.
      expect(names.length).toBe(acknowledged.length + unanswered.size)
      expect(new Set(names).size).toBe(names.length)
      console.log(
        `durability: ${acknowledged.length} acknowledged, ${unanswered.size} cut off by the kill, ` +
          `${committedUnanswered.size} of them committed but unanswered; retried once each`,
      )
    },
    120_000,
  )
})
