import { copyFileSync, rmSync } from 'node:fs'
import { appRouter } from '../../src/main/hub/router'
import { HUB_ADMIN } from '../../src/main/hub/access'
import type { HubContext } from '../../src/main/hub/context'
import { ChangeBus } from '../../src/main/services/core/changeBus'
import { HALL_DEFAULT_TIME_ZONE } from '@shared/tally/timeZone'
import type { ServiceContext } from '../../src/main/services/core/context'
import { openStore, type Store } from '../../src/main/store/openStore'
import type { CachedHistory } from '../history/cache'

/** What every figure runs against: a working copy of the cached history, opened as the hub does. */
export interface BenchEnv {
  root: string
  history: CachedHistory
  workFile: string
  store: Store
  services: ServiceContext
  /** The hub's tRPC router called in-process: validation, middleware, services (no transport). */
  caller: ReturnType<typeof appRouter.createCaller>
  /** How long openStore took on the working copy (quick_check, pragmas, migrations). */
  openMs: number
  log(line: string): void
}

export async function openBench(
  root: string,
  history: CachedHistory,
  workFile: string,
  log: (line: string) => void,
): Promise<BenchEnv> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(workFile + suffix, { force: true })
  // The cached file is closed and checkpointed: a plain copy is a consistent database.
  copyFileSync(history.file, workFile)
  const t0 = performance.now()
  const store = await openStore(workFile)
  const openMs = performance.now() - t0
  const services: ServiceContext = {
    db: store.db,
    bus: new ChangeBus(),
    now: () => new Date(),
    timeZone: HALL_DEFAULT_TIME_ZONE,
  }
  const hubContext: HubContext = {
    services,
    locale: 'zh-CN',
    actor: 'desk-1',
    device: HUB_ADMIN,
    version: 'bench',
    migrations: store.migrations,
  }
  return {
    root,
    history,
    workFile,
    store,
    services,
    caller: appRouter.createCaller(hubContext),
    openMs,
    log,
  }
}

export async function closeBench(env: BenchEnv): Promise<void> {
  await env.store.close()
  for (const suffix of ['', '-wal', '-shm']) rmSync(env.workFile + suffix, { force: true })
}
