import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { batchStatuses, type BatchStatus } from '@shared/contract'
import {
  BATCH_MOVES,
  moveBatch,
  moveRefusal,
  type BatchAction,
} from '../../../src/main/services/batch/moveBatch'
import { registerBatch } from '../../../src/main/services/batch/registration'
import { actingAs, writeAction } from '../../../src/main/services/core/context'
import { planWithLeaders, registration } from '../../support/fixtures'
import { tempStore, type TempStore } from '../../support/tempStore'

// The state diagram as a table (BATCH_MOVES): every action refuses every state it does not
// start from, with the action's one refusal, and leaves the batch, its transitions, the audit
// log and the change events as they were.

let hall: TempStore
let batchId: number
beforeAll(async () => {
  hall = await tempStore(() => new Date('2026-10-21T01:30:00Z'))
  const day = await planWithLeaders(hall.services, '2026-10-21', [{ name: '王建国', tableNo: 1 }])
  const batch = await registerBatch(
    actingAs(hall.services, 'desk-1'),
    registration({
      dayId: day.id,
      kind: 'individual',
      headcount: 1,
      members: [{ name: '张山' }],
      summary: '宅基地',
    }),
  )
  batchId = batch.batchId
})
afterAll(() => hall.close())

const count = (table: 'batch_transition' | 'audit_log') =>
  hall.value(sql`select count(*) from ${sql.table(table)}`)
const row = () => hall.row(sql`select * from batch where id = ${batchId}`)

const refused = (Object.keys(BATCH_MOVES) as BatchAction[]).flatMap((action) =>
  batchStatuses
    .filter((status) => !(BATCH_MOVES[action].from as readonly BatchStatus[]).includes(status))
    .map((status) => [action, status] as const),
)

describe('the batch state table', () => {
  it('names every state as a target or a start, and refuses something for every action', () => {
    expect(refused.length).toBeGreaterThan(Object.keys(BATCH_MOVES).length)
    for (const status of batchStatuses)
      expect(
        Object.values(BATCH_MOVES).some(
          (m) => m.to === status || (m.from as readonly BatchStatus[]).includes(status),
        ),
      ).toBe(true)
  })

  it.each(refused)('%s from %s is refused and changes nothing', async (action, status) => {
    await sql`update batch set status = ${status} where id = ${batchId}`.execute(hall.store.db)
    const before = {
      batch: await row(),
      transitions: await count('batch_transition'),
      audit: await count('audit_log'),
    }
    const events: unknown[] = []
    const stop = new AbortController()
    const listening = (async () => {
      for await (const event of hall.services.bus.stream(stop.signal)) events.push(event)
    })()
    const attempt = writeAction(hall.services, async (scope) => {
      const batch = await scope.trx
        .selectFrom('batch')
        .innerJoin('duty', 'duty.id', 'batch.duty_id')
        .select([
          'batch.id',
          'batch.day_id as dayId',
          'batch.ticket_no as ticketNo',
          'batch.status',
          'batch.duty_id as dutyId',
          'duty.table_no as tableNo',
        ])
        .where('batch.id', '=', batchId)
        .executeTakeFirstOrThrow()
      await moveBatch(scope, { action, batch, actor: 'test' })
    })
    const expected = moveRefusal(action, status, 1)
    await expect(attempt).rejects.toMatchObject({ key: expected.key, kind: expected.kind })
    stop.abort()
    await listening.catch(() => undefined)
    expect({
      batch: await row(),
      transitions: await count('batch_transition'),
      audit: await count('audit_log'),
    }).toEqual(before)
    expect(events).toEqual([])
  })
})
