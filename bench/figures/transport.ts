import { fork } from 'node:child_process'
import { join } from 'node:path'
import { LIMITS } from '../../src/main/hub/limits'
import { measured, notRun, p99Under, type Figure } from '../lib/figure'
import { timeEach } from '../lib/stats'

const GROUP = 7
const TARGET_MS = 50
const BODY_BYTES = 50 * 1024 * 1024
const FRAME_CALLS = 20_000

interface Hub {
  port: number
  token: string
  stop(): void
}

/** A hub in its own process, as in the hall (the Electron shell runs it as a utility process). */
function forkHub(root: string): Promise<Hub> {
  return new Promise((resolve, reject) => {
    const child = fork(join(root, 'bench/lib/hubChild.ts'), {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    })
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`the hub exited (${code})`)))
    child.once('message', (message: { port: number; token: string }) =>
      resolve({ ...message, stop: () => child.disconnect() }),
    )
  })
}

interface Counts {
  sent: number
  refused: number
}

/** The two attacking clients, in a process of their own. */
async function startAttacks(root: string, hub: Hub) {
  const child = fork(
    join(root, 'bench/lib/attackChild.ts'),
    [JSON.stringify({ ...hub, bodyBytes: BODY_BYTES, frameCalls: FRAME_CALLS })],
    { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] },
  )
  const started = await new Promise<{ frameBytes: number }>((resolve, reject) => {
    child.once('error', reject)
    child.once('message', (message: { frameBytes: number }) => resolve(message))
  })
  return {
    frameBytes: started.frameBytes,
    stop: () =>
      new Promise<{ bodies: Counts; frames: Counts }>((resolve) => {
        child.once('message', (counts: { bodies: Counts; frames: Counts }) => resolve(counts))
        child.send('stop')
      }),
  }
}

/**
 * Issue 10: `system.health` p99, from a client of its own, while another client keeps sending
 * 50 MB bodies and a third keeps sending frames of 20,000 calls (each refused: 413, close 1009).
 */
export async function transportFigures(root: string, runs: number): Promise<Figure[]> {
  const name = 'system.health while a 50 MB body and a 20,000-call frame are refused'
  let hub: Hub
  try {
    hub = await forkHub(root)
  } catch (error) {
    return [notRun(GROUP, 'transport.health', name, 'failed', String(error).slice(0, 300))]
  }
  try {
    const health = async () => {
      const res = await fetch(`http://127.0.0.1:${hub.port}/trpc/system.health`, {
        headers: { authorization: `Bearer ${hub.token}` },
      })
      if (res.status !== 200) throw new Error(`system.health answered ${res.status}`)
      await res.arrayBuffer()
    }
    const inputs = Array.from({ length: runs }, (_, i) => i)
    const quiet = await timeEach(inputs, health)

    const attacks = await startAttacks(root, hub)
    let attacked
    let counts: { bodies: Counts; frames: Counts }
    try {
      attacked = await timeEach(inputs, health)
    } finally {
      counts = await attacks.stop()
    }
    const { bodies, frames } = counts
    const all = bodies.refused === bodies.sent && frames.refused === frames.sent
    return [
      measured(GROUP, 'transport.health', name, `HTTP, ${runs} calls`, attacked.sample, {
        ...p99Under(TARGET_MS, attacked.sample.p99Ms),
        value: `${bodies.refused} bodies, ${frames.refused} frames refused`,
        note:
          `${(BODY_BYTES / 2 ** 20).toFixed(0)} MB bodies (413, limit ${LIMITS.httpBodyBytes / 2 ** 20} MB) ` +
          `and ${FRAME_CALLS.toLocaleString('en')}-call frames (${(attacks.frameBytes / 2 ** 20).toFixed(1)} MB, close 1009) sent ` +
          `back to back by two other clients (another process); ${all ? 'every one refused' : `NOT ALL REFUSED: ${JSON.stringify(counts)}`}; ` +
          `hub in its own process on a fresh database`,
        ...(all ? {} : { met: false }),
      }),
      measured(
        GROUP,
        'transport.health.quiet',
        'system.health, no attack (context)',
        `HTTP, ${runs} calls`,
        quiet.sample,
      ),
    ]
  } finally {
    hub.stop()
  }
}
