import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { actingAs, type ServiceContext } from '../../../src/main/services/core/context'
import { ChangeBus } from '../../../src/main/services/core/changeBus'
import { closeDay } from '../../../src/main/services/day/closeDay'
import { registerBatch } from '../../../src/main/services/batch/registration'
import { DomainError } from '../../../src/main/services/core/domainError'
import { openPostgresStore, type PostgresStore } from '../../../src/main/store/postgresStore'
import { planWithLeaders, registration } from '../../support/fixtures'
import { HALL_TIME_ZONE } from '../../support/tempStore'
import {
  freshPostgresDatabase,
  postgresAdminUrl,
  type TestDatabase,
} from '../../support/testDatabase'

// Two hubs on one PostgreSQL: hub B closes the day while a registration of hub A is under way.
// B's close would not see A's batch, not yet committed, and close the day under it; it locks the
// day's row for update (services/day/closeDay.ts), which A's batch holds under its foreign key's
// share lock, so it waits for A's commit and then counts A's batch. A registration after the
// close is refused.

const NOW = new Date('2026-11-27T09:00:00Z')
const settled = (promise: Promise<unknown>) =>
  Promise.race([
    promise.then(
      () => true,
      () => true,
    ),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), 500)),
  ])

describe.skipIf(!postgresAdminUrl())('closing a day while another hub registers on it', () => {
  let database: TestDatabase
  let a: PostgresStore
  let b: PostgresStore
  const ctxOf = (store: PostgresStore): ServiceContext => ({
    db: store.db,
    bus: new ChangeBus(),
    now: () => NOW,
    timeZone: HALL_TIME_ZONE,
  })

  beforeAll(async () => {
    database = await freshPostgresDatabase()
    a = await openPostgresStore(database.url, { max: 2 })
    b = await openPostgresStore(database.url, { max: 2 })
  })
  afterAll(async () => {
    await a?.close()
    await b?.close()
    await database?.drop()
  })

  it('waits for the registration, counts its batch, then refuses the next', async () => {
    const day = await planWithLeaders(ctxOf(a), '2026-11-27', [{ name: '王建国', tableNo: 1 }])
    const visitor = (name: string) =>
      registration({
        dayId: day.id,
        kind: 'individual',
        headcount: 1,
        members: [{ name }],
        summary: '宅基地审批两年未办理',
      })
    // Open the day (its first registration), and conclude that batch so the day could close.
    const first = await registerBatch(actingAs(ctxOf(a), 'desk-a'), visitor('张一'))
    await a.pool.query(`update batch set status = 'cancelled' where id = $1`, [first.batchId])

    // Hub A's registration, held between its batch's insert and its commit.
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    let entered!: () => void
    const inside = new Promise<void>((resolve) => (entered = resolve))
    const registering = a.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('batch')
        .values(
          (
            await trx
              .selectFrom('batch')
              .selectAll()
              .where('id', '=', first.batchId)
              .executeTakeFirstOrThrow()
              .then(({ id: _id, ...row }) => [row])
          ).map((row) => ({ ...row, ticket_no: 2, status: 'waiting', query_code: 'HELD0002' })),
        )
        .execute()
      entered()
      await held
    })
    await inside

    const closing = closeDay(actingAs(ctxOf(b), 'staff-b'), { dayId: day.id })
    expect(await settled(closing)).toBe(false) // still waiting for A's commit
    release()
    await registering
    const refusal = await closing.catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(DomainError)
    expect((refusal as DomainError).key).toBe('reports.close.openBatches')
    expect((refusal as DomainError).params).toMatchObject({ count: 1, tickets: '002' })

    // Once the waiting batch is concluded the day closes, and registering on it is refused.
    await a.pool.query(`update batch set status = 'cancelled' where day_id = $1`, [day.id])
    await closeDay(actingAs(ctxOf(b), 'staff-b'), { dayId: day.id })
    const late = await registerBatch(actingAs(ctxOf(a), 'desk-a'), visitor('张三')).catch(
      (error: unknown) => error,
    )
    expect((late as DomainError).key).toBe('errors.day.closed')
  })
})
