import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { actingAs } from '../../../src/main/services/core/context'
import { registerBatch } from '../../../src/main/services/batch/registration'
import { ChangeBus } from '../../../src/main/services/core/changeBus'
import type { ServiceContext } from '../../../src/main/services/core/context'
import { openPostgresStore, type PostgresStore } from '../../../src/main/store/postgresStore'
import { planWithLeaders, registration } from '../../support/fixtures'
import { HALL_TIME_ZONE } from '../../support/tempStore'
import {
  freshPostgresDatabase,
  postgresAdminUrl,
  type TestDatabase,
} from '../../support/testDatabase'

// Several hubs on one PostgreSQL database (each its own Kysely and pool, as separate hub
// processes would be), their desks registering at the same moment: every registration is
// one transaction, and no two can take the same ticket number (services/batch/ticket.ts: the
// day's counter, drawn in a statement of its own on each store's counter connection).

const HUBS = 6
const DESKS_PER_HUB = 3
const ROUNDS = 4
const NOW = new Date('2026-11-27T02:00:00Z')

describe.skipIf(!postgresAdminUrl())('desks of several hubs registering at once', () => {
  let database: TestDatabase
  const hubs: PostgresStore[] = []
  const ctxOf = (store: PostgresStore): ServiceContext => ({
    db: store.db,
    bus: new ChangeBus(),
    now: () => NOW,
    timeZone: HALL_TIME_ZONE,
  })

  beforeAll(async () => {
    database = await freshPostgresDatabase()
    for (let i = 0; i < HUBS; i += 1)
      hubs.push(await openPostgresStore(database.url, { max: DESKS_PER_HUB }))
  })
  afterAll(async () => {
    for (const hub of hubs) await hub.close()
    await database?.drop()
  })

  it('never give two batches the same ticket, and lose none', async () => {
    const [first] = hubs
    if (!first) throw new Error('no hub')
    const day = await planWithLeaders(ctxOf(first), '2026-11-27', [
      { name: '王建国', tableNo: 1 },
      { name: '李秀英', tableNo: 2 },
    ])
    const visitor = (hub: number, desk: number, round: number) =>
      registration({
        dayId: day.id,
        kind: 'individual',
        headcount: 1,
        members: [{ name: `来访人${hub}-${desk}-${round}` }],
        summary: '宅基地审批两年未办理',
      })
    const started = performance.now()
    const results = await Promise.allSettled(
      hubs.flatMap((hub, h) =>
        Array.from({ length: DESKS_PER_HUB }, async (_, d) => {
          const tickets: number[] = []
          for (let r = 0; r < ROUNDS; r += 1)
            tickets.push(
              (await registerBatch(actingAs(ctxOf(hub), `desk-${h}-${d}`), visitor(h, d, r)))
                .ticketNo,
            )
          return tickets
        }),
      ),
    )
    const elapsed = performance.now() - started
    const failures = results.filter((r) => r.status === 'rejected')
    expect(failures).toEqual([])
    const tickets = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []))
    const total = HUBS * DESKS_PER_HUB * ROUNDS
    expect(tickets).toHaveLength(total)
    expect(new Set(tickets).size).toBe(total)
    expect([...tickets].sort((a, b) => a - b)).toEqual(
      Array.from({ length: total }, (_, i) => i + 1),
    )
    const { rows } = await first.pool.query<{ n: string }>(
      'select count(*) as n from batch where day_id = $1',
      [day.id],
    )
    expect(Number(rows[0]?.n)).toBe(total)
    console.log(
      `[concurrency] ${total} registrations from ${HUBS} hubs × ${DESKS_PER_HUB} desks in ${Math.round(elapsed)} ms, tickets 1–${total}, no duplicate`,
    )
  })
})
