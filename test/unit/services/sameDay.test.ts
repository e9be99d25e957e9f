import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { registerBatch } from '../../../src/main/services/batch/registration'
import {
  callNext,
  markNoShow,
  requeue,
  startSession,
  tableQueue,
} from '../../../src/main/services/queue'
import { DomainError } from '../../../src/main/services/core/domainError'
import { planWithLeaders, registration } from '../../support/fixtures'
import { tempStore, type TempStore } from '../../support/tempStore'
import { actingAs } from '../../../src/main/services/core/context'

let hall: TempStore
beforeEach(async () => {
  hall = await tempStore(() => new Date('2026-10-21T01:30:00Z'))
})
afterEach(() => hall.close())

const plan = () =>
  planWithLeaders(hall.services, '2026-10-21', [
    { name: '王建国', tableNo: 1 },
    { name: '李秀英', tableNo: 2 },
  ])

const zhang = (dayId: number, extra: Record<string, unknown> = {}) =>
  registration({
    dayId,
    kind: 'individual',
    headcount: 1,
    members: [{ name: '张三', idNumber: '440524188001010014' }],
    summary: '工资拖欠',
    ...extra,
  })

const auditOf = async (action: string) =>
  (
    await hall.values(sql`select after_json from audit_log where action = ${action} order by id`)
  ).map((a) => JSON.parse(a as string) as Record<string, unknown>)

describe('the same person twice on one day', () => {
  it('is refused while their batch is waiting, called or in session', async () => {
    const day = await plan()
    const first = await registerBatch(actingAs(hall.services, 'desk'), zhang(day.id))
    const again = registerBatch(
      actingAs(hall.services, 'desk'),
      zhang(day.id, { summary: '另一件事' }),
    )
    await expect(again).rejects.toThrow(DomainError)
    await expect(again).rejects.toMatchObject({
      key: 'batch.sameDayOpen',
      params: { ticket: first.ticket, tableNo: first.tableNo },
    })
    await callNext(actingAs(hall.services, 'table'), { dayId: day.id, tableNo: first.tableNo })
    await expect(
      registerBatch(actingAs(hall.services, 'desk'), zhang(day.id)),
    ).rejects.toMatchObject({
      key: 'batch.sameDayOpen',
    })
    await startSession(actingAs(hall.services, 'table'), { batchId: first.batchId })
    await expect(
      registerBatch(actingAs(hall.services, 'desk'), zhang(day.id)),
    ).rejects.toMatchObject({
      key: 'batch.sameDayOpen',
    })
    // Nothing of the refused registrations was kept.
    const batches = await hall.value(sql`select count(*) from batch`)
    expect(batches).toBe(1)
  })

  it('is registered again only with a reason, to the same table, and the reason is logged', async () => {
    const day = await plan()
    const first = await registerBatch(
      actingAs(hall.services, 'desk'),
      zhang(day.id, { tableNo: 2 }),
    )
    // The clerk's choice of another table does not split the person across two tables.
    const second = await registerBatch(
      actingAs(hall.services, 'desk'),
      zhang(day.id, {
        tableNo: 1,
        summary: '另一件事',
        sameDayRepeat: { reason: '另一事项需单独受理' },
      }),
    )
    expect(second).toMatchObject({ ticket: '002', tableNo: 2, routeRule: 'same_day' })
    expect((await auditOf('batch.register'))[1]).toMatchObject({
      sameDayRepeat: {
        openBatchId: first.batchId,
        openTicket: '001',
        reason: '另一事项需单独受理',
      },
    })
  })

  it('is registered anew once their earlier batch is closed or left the queue', async () => {
    const day = await plan()
    const first = await registerBatch(actingAs(hall.services, 'desk'), zhang(day.id))
    await markNoShow(actingAs(hall.services, 'table'), { batchId: first.batchId })
    const second = await registerBatch(actingAs(hall.services, 'desk'), zhang(day.id))
    expect(second.routeRule).not.toBe('same_day')
  })

  it('refuses an empty reason at the schema', () => {
    expect(() => zhang(1, { sameDayRepeat: { reason: '  ' } })).toThrow()
  })
})

describe('a no-show who comes back', () => {
  it('waits again with the same ticket and place, logged', async () => {
    const day = await plan()
    const a = await registerBatch(actingAs(hall.services, 'desk'), zhang(day.id, { tableNo: 1 }))
    const b = await registerBatch(
      actingAs(hall.services, 'desk'),
      registration({
        dayId: day.id,
        kind: 'individual',
        headcount: 1,
        members: [{ name: '李四' }],
        summary: '道路',
        tableNo: 1,
      }),
    )
    await markNoShow(actingAs(hall.services, 'table-1'), { batchId: a.batchId })
    const back = await requeue(actingAs(hall.services, 'desk'), { batchId: a.batchId })
    expect(back).toMatchObject({ ticket: '001', status: 'waiting', tableNo: 1 })
    const queue = await tableQueue(actingAs(hall.services, 'test'), { dayId: day.id, tableNo: 1 })
    // Arrival time kept: ahead of the batch registered after it.
    expect(queue.waiting.map((w) => w.ticket)).toEqual(['001', b.ticket])
    expect(await auditOf('queue.requeue')).toEqual([
      { status: 'waiting', reason: 'returned after no-show' },
    ])
    const transition = await hall.row(
      sql`select from_status, to_status from batch_transition where batch_id = ${a.batchId} order by id desc`,
    )
    expect(transition).toEqual({ from_status: 'no_show', to_status: 'waiting' })
  })

  it('is refused for a batch that is not a no-show', async () => {
    const day = await plan()
    const a = await registerBatch(actingAs(hall.services, 'desk'), zhang(day.id))
    await expect(
      requeue(actingAs(hall.services, 'desk'), { batchId: a.batchId }),
    ).rejects.toMatchObject({
      key: 'queue.status.waiting',
    })
  })
})
