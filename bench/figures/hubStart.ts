import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { startHub } from '../../src/main/hub/startHub'
import { openStore } from '../../src/main/store/openStore'
import type { CachedHistory } from '../history/cache'
import { measured, type Figure } from '../lib/figure'
import { summarise } from '../lib/stats'

const TARGET_MS = 500

/** One start of the hub on `dbFile`: the store opened and checked, the server listening. */
async function timedStart(dbFile: string, rendererDir: string): Promise<number> {
  const t0 = performance.now()
  const hub = await startHub({
    dbFile,
    host: '127.0.0.1',
    port: 0,
    token: 'bench-hub-start',
    rendererDir,
    version: 'bench',
  })
  const ms = performance.now() - t0
  await hub.stop()
  return ms
}

/** As a crash leaves it: the clean-shutdown marker not set (the next start checks it all). */
function markUnclean(dbFile: string): void {
  const db = new Sqlite(dbFile)
  db.prepare('update store_state set clean_shutdown = 0').run()
  db.close()
}

/**
 * Hub start-up on the history (issue 10 §6): `startHub` until the server listens, the median
 * of `runs` starts after a clean shutdown (target ≤ 500 ms); and, for context, the start after
 * an unclean one, which runs the full `quick_check` and so grows with the database.
 */
export async function hubStartFigures(
  history: CachedHistory,
  workFile: string,
  runs = 5,
): Promise<Figure[]> {
  const rendererDir = mkdtempSync(join(tmpdir(), 'reception-day-bench-renderer-'))
  for (const suffix of ['', '-wal', '-shm']) rmSync(workFile + suffix, { force: true })
  copyFileSync(history.file, workFile)
  try {
    // The first open migrates the copy if need be and leaves it cleanly closed, as a hall PC
    // is after an ordinary evening.
    await (await openStore(workFile)).close()
    const clean: number[] = []
    for (let i = 0; i < runs; i += 1) clean.push(await timedStart(workFile, rendererDir))
    const unclean: number[] = []
    for (let i = 0; i < Math.min(runs, 3); i += 1) {
      markUnclean(workFile)
      unclean.push(await timedStart(workFile, rendererDir))
    }
    const size = `${(history.info.persons / 1e6).toFixed(1)}M persons, ${history.info.batches} batches`
    const cleanSample = summarise(clean)
    return [
      measured(0, 'hub.start', 'hub start (after a clean shutdown)', size, cleanSample, {
        p99Ms: null,
        target: `≤ ${TARGET_MS} ms`,
        met: cleanSample.medianMs <= TARGET_MS,
        note: 'startHub until listening: write probes, read-only check (small tables), pragmas, migrations, marker',
      }),
      measured(
        0,
        'hub.start.unclean',
        'hub start after an unclean shutdown',
        size,
        summarise(unclean),
        {
          p99Ms: null,
          note: 'the full quick_check through a read-only connection, then as above',
        },
      ),
    ]
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(workFile + suffix, { force: true })
    rmSync(rendererDir, { recursive: true, force: true })
  }
}
