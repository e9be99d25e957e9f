import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Kysely } from 'kysely'
import type { Database } from '../../src/main/store/schema'
import type { BenchEnv } from '../lib/env'
import { measured, notRun, p99Under, type Figure } from '../lib/figure'
import { timeEach } from '../lib/stats'

// The tally and its exports are issue 6's: loaded by path at run time, so the bench reports
// them as pending (rather than failing to compile) while that work has not landed.

interface TallyModule {
  computeTally?: (
    db: Kysely<Database>,
    dayId: number,
  ) => Promise<{ totals?: { batches?: unknown } }>
  exportDay?: (
    db: Kysely<Database>,
    dayId: number,
    kind: 'xlsx',
  ) => Promise<{ date: string; body: Buffer }>
}

async function tallyModule(root: string): Promise<TallyModule | string> {
  const file = join(root, 'src/main/services/tally/index.ts')
  if (!existsSync(file)) return 'src/main/services/tally/index.ts is not there yet (issue 6)'
  try {
    return (await import(pathToFileURL(file).href)) as TallyModule
  } catch (error) {
    return `the tally module does not load: ${String(error).slice(0, 200)}`
  }
}

const dayOf = (env: BenchEnv) =>
  `the ${env.history.info.bigDay.batches.toLocaleString('en')}-batch day ${env.history.info.bigDay.date} (with outcomes, transitions), ${(env.history.info.batches / 1e3).toFixed(0)}k batches in all`

/** Figure 3: the tally of the 1,000-batch day (computed live: the day is still open). */
export async function tallyFigures(env: BenchEnv, runs: number): Promise<Figure[]> {
  const mod = await tallyModule(env.root)
  const name = 'tally of a 1,000-batch day'
  if (typeof mod === 'string' || !mod.computeTally)
    return [
      notRun(
        3,
        'tally',
        name,
        'pending',
        typeof mod === 'string' ? mod : 'no computeTally export (issue 6)',
        {
          target: 'p99 < 20 ms',
        },
      ),
    ]
  const computeTally = mod.computeTally
  const dayId = env.history.info.bigDay.id
  const first = await computeTally(env.store.db, dayId)
  const counted = first.totals?.batches
  if (typeof counted !== 'number' || counted < 900)
    throw new Error(`computeTally counted ${String(counted)} batches on the big day`)
  const { sample } = await timeEach(
    Array.from({ length: runs }, () => dayId),
    (id) => computeTally(env.store.db, id),
  )
  return [
    measured(3, 'tally', name, dayOf(env), sample, {
      ...p99Under(20, sample.p99Ms),
      note: `computeTally(db, dayId): ${counted} batches counted (cancelled excluded)`,
    }),
  ]
}

/** Figure 4: the Excel export of that day (tally + per-batch rows, as the reports page saves it). */
export async function excelFigures(env: BenchEnv, runs: number): Promise<Figure[]> {
  const mod = await tallyModule(env.root)
  const name = 'Excel export of that day'
  if (typeof mod === 'string' || !mod.exportDay)
    return [
      notRun(
        4,
        'excel',
        name,
        'pending',
        typeof mod === 'string' ? mod : 'no exportDay export (issue 6)',
        {
          target: 'p99 < 300 ms',
        },
      ),
    ]
  const exportDay = mod.exportDay
  const dayId = env.history.info.bigDay.id
  const first = await exportDay(env.store.db, dayId, 'xlsx')
  if (first.body.subarray(0, 2).toString() !== 'PK')
    throw new Error('exportDay(xlsx) did not return a zip (xlsx) file')
  const { sample } = await timeEach(
    Array.from({ length: runs }, () => dayId),
    (id) => exportDay(env.store.db, id, 'xlsx'),
    3,
  )
  return [
    measured(
      4,
      'excel',
      name,
      `${dayOf(env)}; ${(first.body.length / 1024).toFixed(0)} KB xlsx`,
      sample,
      {
        ...p99Under(300, sample.p99Ms),
        note: "exportDay(db, dayId, 'xlsx'): tally + detail rows → ExcelJS workbook → bytes",
      },
    ),
  ]
}
