// Desk registration → its appearance on 30 connected screens (median, p99).
//
//   npx tsx bench/screens.ts [runs]        (standalone)
//   benchScreens()                         (from bench/run.ts)
//
// A hub on a fresh database (the built out/main/hub.js in its own process, as in the hall; the
// sources in-process when nothing is built), 12 tables with 2 leader screens each and 6 hall
// boards, each a WebSocket tRPC client that subscribes to events.changes and re-reads its query
// as the real screens do (useLiveUpdates: a table's screen only when its table changed, a board
// on every queue change). Each run registers one batch from a desk client and times, from the
// mutation call, until every one of the 30 screens is current: the 2 screens of its table and
// the 6 boards show the new ticket, the 22 others have received the change and skipped it.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createTRPCClient, createWSClient, wsLink, type TRPCClient } from '@trpc/client'
import WebSocket from 'ws'
import type { AppRouter } from '../src/main/hub/router'
import type { ChangeEvent } from '@shared/contract'
import { spawnHub } from '../test/support/spawnHub'

const TABLES = 12
const SCREENS_PER_TABLE = 2
const BOARDS = 6
const WARMUP = 10
const TOKEN = 'bench-screens'

export interface ScreensBenchResult {
  name: string
  size: string
  medianMs: number
  p99Ms: number
  runs: number
  /** Over every (registration, screen showing it) pair, for comparison. */
  perScreenMedianMs: number
  perScreenP99Ms: number
  note: string
}

const root = fileURLToPath(new URL('..', import.meta.url))

interface Hub {
  url: string
  stop(): Promise<void>
}

/** The built hub in a process of its own; else the sources in this process. */
async function startHub(dbFile: string): Promise<Hub> {
  const out = process.env['RECEPTION_DAY_OUT'] ?? 'out'
  const script = join(root, out, 'main', 'hub.js')
  if (existsSync(script)) {
    const hub = await spawnHub({ entry: [script], dbFile, token: TOKEN, timeoutMs: 30_000 })
    return { url: hub.origin, stop: () => hub.stop() }
  }
  const { startHub: startInProcess } = await import('../src/main/hub/startHub')
  const hub = await startInProcess({
    dbFile,
    host: '127.0.0.1',
    port: 0,
    token: TOKEN,
    rendererDir: join(root, 'src', 'renderer'),
    version: 'bench',
  })
  return { url: new URL(hub.server.url).origin, stop: () => hub.stop() }
}

type Client = TRPCClient<AppRouter>

function connect(url: string, actor: string) {
  const wsClient = createWSClient({
    url: `${url.replace(/^http/, 'ws')}/trpc`,
    // The fixed admin secret as a header (never in the URL): ws takes headers, browsers do not.
    WebSocket: class extends WebSocket {
      constructor(address: string | URL) {
        super(address, { headers: { authorization: `Bearer ${TOKEN}` } })
      }
    } as unknown as typeof globalThis.WebSocket,
    connectionParams: { locale: 'zh-CN', actor },
  })
  const client: Client = createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] })
  return {
    client,
    close: () => {
      // A socket never opened rejects its close; nothing is left to clean up then.
      void wsClient.close().catch(() => undefined)
    },
  }
}

/** One screen: subscribed, re-reading its query after each relevant change, one read at a time. */
class Screen {
  private reading = false
  private dirty = false
  /** The ticket a run waits for, and when this screen got current for it. */
  private expected: { ticket: string; tableNo: number; t0: number; shows: boolean } | null = null
  doneAt: number | null = null

  constructor(
    private readonly client: Client,
    private readonly dayId: number,
    readonly tableNo: number | null,
  ) {}

  start(): Promise<void> {
    return new Promise((resolve) => {
      this.client.events.changes.subscribe(
        { dayId: this.dayId },
        {
          onStarted: () => resolve(),
          onData: (event: ChangeEvent) => this.onChange(event),
        },
      )
    })
  }

  get idle() {
    return !this.reading && !this.dirty
  }

  expect(ticket: string, tableNo: number, t0: number, shows: boolean) {
    this.expected = { ticket, tableNo, t0, shows }
    this.doneAt = null
  }

  private onChange(event: ChangeEvent) {
    const relevant = this.tableNo === null || event.tableNos.includes(this.tableNo)
    if (!relevant) {
      // The screen learnt of the change and has nothing to re-read: current.
      const expected = this.expected
      if (expected && !expected.shows && this.doneAt === null)
        if (event.tableNos.includes(expected.tableNo)) this.doneAt = performance.now() - expected.t0
      return
    }
    this.dirty = true
    // A read cut short by the end of the bench (connection closed) is of no interest.
    this.read().catch(() => undefined)
  }

  private async read(): Promise<void> {
    if (this.reading) return
    this.reading = true
    try {
      while (this.dirty) {
        this.dirty = false
        const tickets =
          this.tableNo === null
            ? (await this.client.queue.board.query({ dayId: this.dayId })).tables.flatMap((t) =>
                t.next.map((n) => n.ticket),
              )
            : (
                await this.client.queue.forTable.query({ dayId: this.dayId, tableNo: this.tableNo })
              ).waiting.map((w) => w.ticket)
        const expected = this.expected
        if (expected?.shows && this.doneAt === null && tickets.includes(expected.ticket))
          this.doneAt = performance.now() - expected.t0
      }
    } finally {
      this.reading = false
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until(condition: () => boolean, timeoutMs: number, what: string) {
  const deadline = performance.now() + timeoutMs
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(1)
  }
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN
}
function median(sorted: number[]): number {
  const mid = sorted.length / 2
  return sorted.length % 2 === 1
    ? (sorted[Math.floor(mid)] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2
}

export async function benchScreens(runs = 200): Promise<ScreensBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'reception-day-bench-screens-'))
  const hub = await startHub(join(dir, 'hall.db'))
  const connections: { close(): void }[] = []
  const screens: Screen[] = []
  try {
    const desk = connect(hub.url, 'bench-desk')
    connections.push(desk)
    const duties = []
    for (let tableNo = 1; tableNo <= TABLES; tableNo++) {
      const leader = await desk.client.leader.create.mutate({ name: `领导${tableNo}`, title: '' })
      duties.push({ leaderId: leader.id, tableNo, isLead: tableNo === 1 })
    }
    const day = await desk.client.day.plan.mutate({
      date: (await desk.client.system.clock.query()).date,
      place: '县人民来访接待中心',
      duties,
    })

    for (let tableNo = 1; tableNo <= TABLES; tableNo++)
      for (let i = 0; i < SCREENS_PER_TABLE; i++) {
        const c = connect(hub.url, `table-${tableNo}`)
        connections.push(c)
        screens.push(new Screen(c.client, day.id, tableNo))
      }
    for (let i = 0; i < BOARDS; i++) {
      const c = connect(hub.url, 'board')
      connections.push(c)
      screens.push(new Screen(c.client, day.id, null))
    }
    await Promise.all(screens.map((s) => s.start()))

    const all: number[] = []
    const perScreen: number[] = []
    for (let run = 0; run < WARMUP + runs; run++) {
      const tableNo = (run % TABLES) + 1
      await until(() => screens.every((s) => s.idle), 10_000, 'screens to settle')
      const t0 = performance.now()
      // The ticket is known only from the reply; screens match it as soon as it is set.
      const ticket = String(run + 1).padStart(3, '0')
      for (const s of screens)
        s.expect(ticket, tableNo, t0, s.tableNo === null || s.tableNo === tableNo)
      const registered = await desk.client.batch.register.mutate({
        dayId: day.id,
        kind: 'individual',
        headcount: 1,
        members: [{ name: `来访人${run}` }],
        summary: '基准测试诉求',
        tableNo,
      })
      if (registered.ticket !== ticket) throw new Error(`unexpected ticket ${registered.ticket}`)
      await until(() => screens.every((s) => s.doneAt !== null), 10_000, `ticket ${ticket}`)
      if (run >= WARMUP) {
        all.push(Math.max(...screens.map((s) => s.doneAt ?? Infinity)))
        for (const s of screens)
          if (s.tableNo === null || s.tableNo === tableNo) perScreen.push(s.doneAt ?? Infinity)
      }
      // Keep the queues short, as calls do in the hall (not timed).
      await desk.client.queue.noShow.mutate({ batchId: registered.batchId })
    }

    all.sort((a, b) => a - b)
    perScreen.sort((a, b) => a - b)
    const round = (ms: number) => Math.round(ms * 100) / 100
    return {
      name: 'desk registration → current on 30 screens',
      size: `${TABLES * SCREENS_PER_TABLE} table screens at ${TABLES} tables + ${BOARDS} boards`,
      medianMs: round(median(all)),
      p99Ms: round(percentile(all, 0.99)),
      runs: all.length,
      perScreenMedianMs: round(median(perScreen)),
      perScreenP99Ms: round(percentile(perScreen, 0.99)),
      note:
        'from the register call to the last of the 30 screens being current (its table’s 2 ' +
        'screens and the 6 boards re-read and show the ticket; 22 screens skip the change)',
    }
  } finally {
    await until(() => screens.every((s) => s.idle), 10_000, 'screens to settle').catch(
      () => undefined,
    )
    // Closing completes the subscriptions.
    for (const c of connections) c.close()
    await hub.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const runs = Number(process.argv[2] ?? 200)
  benchScreens(runs).then(
    (result) => {
      console.log(JSON.stringify(result, null, 2))
      process.exit(0)
    },
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
