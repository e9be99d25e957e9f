import type { HistoryOptions } from '../history/generate'
import { lookupFigures, type LookupPlans } from '../figures/lookup'
import type { BenchEnv } from '../lib/env'
import type { Figure } from '../lib/figure'
import { startBenchCluster } from './cluster'
import { pgConcurrentFigures, pgRegistrationFigures, openPgHub, pgTarget } from './figures'
import { cloneWorkDatabase, ensurePgHistory } from './history'

/** `--city`: a city's halls on one server (5M persons, 1M cases), cached in bench/.cache/city. */
export const CITY_HISTORY: Partial<HistoryOptions> = { persons: 5_000_000, cases: 1_000_000 }

type Guard = (
  group: number,
  id: string,
  name: string,
  run: () => Promise<Figure[]>,
) => Promise<void>

/**
 * The PostgreSQL figures, in the same run as SQLite's: the bench's own cluster (data directory
 * cached in `pgDir`) with the same history loaded once, a fresh clone of it as the working
 * database, then the figures, then the server stopped.
 */
export async function postgresFigures(
  env: BenchEnv,
  pgDir: string,
  only: Set<string>,
  runs: number,
  guard: Guard,
  addPlans: (plans: LookupPlans) => void,
): Promise<void> {
  const log = env.log
  const cluster = await startBenchCluster(pgDir, log)
  try {
    const loaded = await ensurePgHistory(cluster, env.history, pgDir, log)
    log(
      loaded.generated
        ? `PostgreSQL history loaded in ${(loaded.loadMs / 1000).toFixed(1)} s`
        : `PostgreSQL history reused (${loaded.database})`,
    )
    const t0 = performance.now()
    const url = cloneWorkDatabase(cluster, loaded.database, 'work')
    log(`working clone in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    const hub = await openPgHub(url)
    try {
      if (only.has('pg-lookup')) {
        log('figure 2 on PostgreSQL: repeat lookups and summary search')
        await guard(2, 'pg.lookup', 'lookups (PostgreSQL)', async () => {
          const result = await lookupFigures(env, runs, pgTarget(hub))
          addPlans(result.plans)
          return result.figures
        })
      }
      if (only.has('pg-registration')) {
        log('figure 1 on PostgreSQL: registration, hub vs raw pg')
        await guard(1, 'pg.registration', 'registration (PostgreSQL)', () =>
          pgRegistrationFigures(env, hub, url, runs),
        )
      }
      if (only.has('pg-concurrent')) {
        log('figure 1 on PostgreSQL: 8 hubs registering at once')
        await guard(1, 'pg.concurrent', '8 hubs (PostgreSQL)', () =>
          pgConcurrentFigures(env, url, Math.max(10, Math.round(runs / 10))),
        )
      }
    } finally {
      await hub.store.close()
    }
  } finally {
    cluster.stop()
  }
}
