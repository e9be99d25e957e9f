import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ChangeBus } from '../../src/main/services/changeBus'
import type { ServiceContext } from '../../src/main/services/context'
import type { ChangeEvent } from '../../src/shared/contract'
import { openStore, type Store } from '../../src/main/store/openStore'

export interface TempStore {
  dir: string
  file: string
  store: Store
  services: ServiceContext
  events: ChangeEvent[]
  close(): Promise<void>
}

/** A real SQLite file in a fresh temp folder, with services wired to it. */
export async function tempStore(now: () => Date = () => new Date()): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), 'reception-day-'))
  const file = join(dir, 'hall.db')
  const store = await openStore(file)
  const bus = new ChangeBus()
  const events: TempStore['events'] = []
  const original = bus.publish.bind(bus)
  bus.publish = (batch) => {
    events.push(...batch)
    original(batch)
  }
  return {
    dir,
    file,
    store,
    services: { db: store.db, bus, now },
    events,
    close: async () => {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'reception-day-'))
