// npm run bench — how fast the hub is, next to the raw database and at twenty years of
// history. Prints a table and writes bench/results.json; see bench/README.md.
//
//   tsx bench/run.ts [--only=start,registration,lookup,tally,excel,pdf,screens,transport,
//                            pg-registration,pg-concurrent,pg-lookup]
//                    [--no-build] [--no-pg] [--city] [--cache-dir=DIR]
//                    [--persons=N --cases=N] [--runs=N]
import { writeFileSync } from 'node:fs'
import { cpus, freemem, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import Sqlite from 'better-sqlite3'
import { ensureHistory } from './history/cache'
import { DEFAULT_HISTORY } from './history/generate'
import { CITY_HISTORY, postgresFigures } from './postgres/run'
import { hubStartFigures } from './figures/hubStart'
import { lookupFigures, type LookupPlans } from './figures/lookup'
import { pdfFigures } from './figures/pdf'
import { registrationFigures } from './figures/registration'
import { screensFigures } from './figures/screens'
import { transportFigures } from './figures/transport'
import { excelFigures, tallyFigures } from './figures/tally'
import { closeBench, openBench } from './lib/env'
import { OtherLoad, waitForQuiet } from './lib/machine'
import { notRun, type Figure } from './lib/figure'
import { printPlans, printTable } from './lib/table'

const root = fileURLToPath(new URL('..', import.meta.url))
/** Seconds the whole run may spend waiting for other processes to quieten down. */
let quietBudgetMs = 120_000
const started = performance.now()
const loadAtStart = loadavg().map((l) => Number(l.toFixed(2)))
const log = (line: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(5)}s] ${line}`)

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    persons: { type: 'string' },
    cases: { type: 'string' },
    runs: { type: 'string' },
    'no-pg': { type: 'boolean', default: false },
    city: { type: 'boolean', default: false },
    'cache-dir': { type: 'string' },
  },
})
const FIGURES = [
  'start',
  'registration',
  'lookup',
  'tally',
  'excel',
  'pdf',
  'screens',
  'transport',
  'pg-registration',
  'pg-concurrent',
  'pg-lookup',
] as const
const PG_FIGURES = ['pg-registration', 'pg-concurrent', 'pg-lookup']
/** The figures that run on the synthetic history (the others bring their own database). */
const ON_HISTORY = ['start', 'registration', 'lookup', 'tally', 'excel', ...PG_FIGURES]
// --city: the city-scale history (5M persons, 1M cases, cached apart), the repeat checks only.
const only = new Set<string>(
  values.only ? values.only.split(',') : values.city ? ['lookup', 'pg-lookup'] : FIGURES,
)
if (values['no-pg']) for (const f of PG_FIGURES) only.delete(f)
const runs = Number(values.runs ?? 1000)
const options = {
  ...DEFAULT_HISTORY,
  ...(values.city ? CITY_HISTORY : {}),
  ...(values.persons ? { persons: Number(values.persons) } : {}),
  ...(values.cases ? { cases: Number(values.cases) } : {}),
}

async function main() {
  const cacheDir =
    values['cache-dir'] ?? join(root, 'bench', '.cache', ...(values.city ? ['city'] : []))
  const figures: Figure[] = []
  let plans: LookupPlans = {}
  const onHistory = ON_HISTORY.some((figure) => only.has(figure))
  const history = onHistory ? await ensureHistory(cacheDir, options, log) : undefined
  const historyMs = performance.now() - started
  if (history)
    log(
      history.generated
        ? `history generated in ${(history.info.generatedMs / 1000).toFixed(1)} s`
        : `history reused from ${history.file}`,
    )

  // Figures 5, 6 and 7 run a hub (and browsers) in processes of their own, which the machine-wide
  // measure would count as "other": no measure there.
  const guard = async (
    group: number,
    id: string,
    name: string,
    run: () => Promise<Figure[]>,
    spawnsProcesses = false,
  ) => {
    // Other work on the machine skews p99s: wait a little for a quiet moment (bounded in all).
    const waitFrom = performance.now()
    if (quietBudgetMs > 0) await waitForQuiet(quietBudgetMs, 0.3, log)
    quietBudgetMs -= performance.now() - waitFrom
    const load = new OtherLoad()
    let produced: Figure[]
    try {
      produced = await run()
    } catch (error) {
      console.error(error)
      produced = [notRun(group, id, name, 'failed', String(error).slice(0, 300))]
    }
    const otherLoad = spawnsProcesses ? null : load.cores()
    figures.push(...produced.map((f) => ({ ...f, otherLoad })))
  }
  if (history) {
    const env = await openBench(root, history, join(cacheDir, 'work.db'), log)
    figures.push({
      group: 0,
      id: 'store.open',
      name: 'hub start: openStore on the history',
      size: `${(history.info.persons / 1e6).toFixed(1)}M persons, ${history.info.batches} batches`,
      runs: 1,
      medianMs: env.openMs,
      p99Ms: null,
      status: 'ok',
      note: 'read-only check, durable pragmas, migrations, marker (one run, warm page cache)',
    })
    try {
      if (only.has('start')) {
        log('hub start on the history (clean and unclean shutdown)')
        await guard(0, 'hub.start', 'hub start', () =>
          hubStartFigures(history, join(cacheDir, 'hub-start.db')),
        )
      }
      if (only.has('registration')) {
        log('figure 1: registration, hub vs raw')
        await guard(1, 'registration', 'registration', () => registrationFigures(env, runs))
      }
      if (only.has('lookup')) {
        log('figure 2: repeat lookups and summary search')
        await guard(2, 'lookup', 'lookups', async () => {
          const result = await lookupFigures(env, runs)
          plans = result.plans
          return result.figures
        })
      }
      if (only.has('tally')) {
        log('figure 3: tally of the 1,000-batch day')
        await guard(3, 'tally', 'tally', () => tallyFigures(env, Math.min(runs, 200)))
      }
      if (only.has('excel')) {
        log('figure 4: Excel export of that day')
        await guard(4, 'excel', 'Excel export', () => excelFigures(env, Math.min(runs, 30)))
      }
      if (PG_FIGURES.some((f) => only.has(f)))
        await postgresFigures(env, join(cacheDir, 'pg'), only, runs, guard, (p) =>
          Object.assign(plans, p),
        )
    } finally {
      await closeBench(env)
    }
  }
  if (only.has('pdf')) {
    log('figure 5: receipt and A4 document to PDF')
    await guard(5, 'pdf', 'PDF', () => pdfFigures(root, { build: !values['no-build'], log }), true)
  }
  if (only.has('screens')) {
    log('figure 6: desk to 30 screens')
    await guard(
      6,
      'screens',
      'desk -> 30 screens',
      () => screensFigures(root, { build: !values['no-build'], log }),
      true,
    )
  }

  if (only.has('transport')) {
    log('figure 7: system.health while oversized requests are refused')
    await guard(
      7,
      'transport',
      'transport limits',
      () => transportFigures(root, Math.min(runs, 1000)),
      true,
    )
  }

  const totalMs = performance.now() - started
  const probe = new Sqlite(':memory:')
  const sqliteVersion = String(probe.prepare('select sqlite_version()').pluck().get())
  probe.close()
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    freeMemoryGb: Math.round(freemem() / 2 ** 30),
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    sqlite: sqliteVersion,
    loadAverageAtStart: loadAtStart,
  }
  printPlans(plans)
  printTable(figures, machine, {
    historyMs,
    generated: history?.generated ?? false,
    totalMs,
  })
  const results = {
    date: new Date().toISOString(),
    machine,
    history: history
      ? { ...history.info, generated: history.generated, prepareMs: historyMs }
      : null,
    totalMs,
    figures,
    plans,
  }
  writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2))
  log(`wrote bench/results.json (${(totalMs / 1000).toFixed(1)} s in all)`)
}

// Harnesses of other issues run in this process: an unhandled rejection of theirs is logged,
// not allowed to end the run (their figure shows as failed).
process.on('unhandledRejection', (reason) => console.error('unhandled rejection:', reason))

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
