import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'

// Other processes on the machine (builds, tests) disturb the figures, p99s first: the bench
// waits for a quiet moment before each figure and records how busy the rest of the machine was.

interface CpuTimes {
  busy: number
  total: number
}

function systemTimes(): CpuTimes | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? ''
    const fields = line.trim().split(/\s+/).slice(1).map(Number)
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0)
    const total = fields.reduce((a, b) => a + b, 0)
    return { busy: total - idle, total }
  } catch {
    return null // not Linux: no measure, no waiting
  }
}

const TICK_MS = 10 // USER_HZ = 100 on Linux

/** Measures, over a span, how many cores other processes kept busy. */
export class OtherLoad {
  private readonly start = systemTimes()
  private readonly startOwn = process.cpuUsage()
  private readonly startAt = performance.now()

  /** Cores busy with other processes (0 = quiet), or null where unknown. */
  cores(): number | null {
    const end = systemTimes()
    if (!this.start || !end) return null
    const elapsed = performance.now() - this.startAt
    if (elapsed <= 0) return null
    const own = process.cpuUsage(this.startOwn)
    const busyMs = (end.busy - this.start.busy) * TICK_MS
    const ownMs = (own.user + own.system) / 1000
    return Math.max(0, (busyMs - ownMs) / elapsed)
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Waits (up to `maxMs`) until other processes use less than `threshold` of a core, measured
 * over one second; returns the last measure.
 */
export async function waitForQuiet(
  maxMs = 60_000,
  threshold = 0.3,
  log?: (line: string) => void,
): Promise<number | null> {
  const until = performance.now() + maxMs
  let told = false
  for (;;) {
    const load = new OtherLoad()
    await sleep(1000)
    const cores = load.cores()
    if (cores === null || cores < threshold || performance.now() >= until) return cores
    if (!told && log) {
      log(
        `  waiting for a quiet machine (other processes use ${cores.toFixed(1)} of ${cpus().length} cores)`,
      )
      told = true
    }
  }
}
