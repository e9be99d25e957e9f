import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BENCH_OUT, ensureBuild } from '../lib/build'
import { notRun, type Figure } from '../lib/figure'

/** What bench/screens.ts (issue 4) returns: desk action to 30 subscribed screens. */
interface ScreensResult {
  name: string
  size: string | number
  medianMs: number
  p99Ms: number
  runs: number
  note?: string
}

const NAME = 'desk action -> 30 screens updated'
const TARGET = 'p99 < 20 ms'

/**
 * Figure 6, measured by the queue issue's harness (bench/screens.ts, `benchScreens()`); loaded
 * by path so that this bench still runs, with a pending row, before that file lands.
 */
export async function screensFigures(
  root: string,
  options: { build: boolean; log: (line: string) => void },
): Promise<Figure[]> {
  const file = join(root, 'bench/screens.ts')
  if (!existsSync(file))
    return [
      notRun(6, 'screens', NAME, 'pending', 'bench/screens.ts (issue 4) is not there yet', {
        target: TARGET,
      }),
    ]
  const mod = (await import(pathToFileURL(file).href)) as {
    benchScreens?: () => Promise<ScreensResult | ScreensResult[]>
  }
  if (typeof mod.benchScreens !== 'function')
    return [
      notRun(6, 'screens', NAME, 'pending', 'bench/screens.ts has no benchScreens() yet', {
        target: TARGET,
      }),
    ]
  // Its hub runs from a build: the bench's own, current one.
  const unbuilt = await ensureBuild(root, options.build, options.log)
  if (unbuilt) return [notRun(6, 'screens', NAME, 'failed', unbuilt, { target: TARGET })]
  const previous = process.env['RECEPTION_DAY_OUT']
  process.env['RECEPTION_DAY_OUT'] = BENCH_OUT
  let results: ScreensResult | ScreensResult[]
  try {
    results = await mod.benchScreens()
  } finally {
    if (previous === undefined) delete process.env['RECEPTION_DAY_OUT']
    else process.env['RECEPTION_DAY_OUT'] = previous
  }
  return (Array.isArray(results) ? results : [results]).map((r, i) => ({
    group: 6,
    id: i === 0 ? 'screens' : `screens.${i}`,
    name: r.name,
    size: String(r.size),
    runs: r.runs,
    medianMs: r.medianMs,
    p99Ms: r.p99Ms,
    target: TARGET,
    met: r.p99Ms < 20,
    status: 'ok',
    note: `measured by bench/screens.ts (issue 4)${r.note ? `: ${r.note}` : ''}`,
  }))
}
