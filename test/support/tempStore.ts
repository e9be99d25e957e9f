import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ChangeBus } from '../../src/main/services/core/changeBus'
import type { ServiceContext } from '../../src/main/services/core/context'
import type { ChangeEvent } from '@shared/contract'
import { openStore, type Store } from '../../src/main/store/openStore'

export interface TempStore {
  dir: string
  file: string
  store: Store
  services: ServiceContext
  events: ChangeEvent[]
  close(): Promise<void>
}

/** The hall's zone in the unit tests, whatever the process's own zone (TZ) is. */
export const HALL_TIME_ZONE = 'Asia/Shanghai'

/** 09:30 on 2026-10-21 in the hall: the default clock, fixed so no test depends on the hour. */
export const FIXED_NOW = new Date('2026-10-21T01:30:00Z')

/** A real SQLite file in a fresh temp folder, with services wired to it. */
export async function tempStore(
  now: () => Date = () => FIXED_NOW,
  timeZone: string = HALL_TIME_ZONE,
): Promise<TempStore> {
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
    services: { db: store.db, bus, now, timeZone },
    events,
    close: async () => {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'reception-day-'))
