import { sql } from 'kysely'
import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RecordOutcomeInput } from '@shared/contract'
import { recordOutcome } from '../../../src/main/services/outcome'
import { DomainError } from '../../../src/main/services/core/domainError'
import { callNext, startSession } from '../../../src/main/services/queue'
import { registerBatch } from '../../../src/main/services/batch/registration'
import { planWithLeaders, registration } from '../../support/fixtures'
import { tempStore, type TempStore } from '../../support/tempStore'
import { actingAs } from '../../../src/main/services/core/context'

// Idempotent retries (issue 10 §7): an answer lost after the commit (a cut connection, a
// killed hub) must not turn the desk's retry into a second ticket.

let hall: TempStore
beforeEach(async () => {
  hall = await tempStore(() => new Date('2026-11-27T02:00:00Z'))
})
afterEach(() => hall.close())

const count = async (table: string) =>
  Number(await hall.value(sql`select count(*) from ${sql.raw(table)}`))

async function openDay() {
  return planWithLeaders(hall.services, '2026-11-27', [{ name: '王建国', tableNo: 1 }])
}

const visitor = (dayId: number, requestId: string, name = '张三') =>
  registration({
    dayId,
    kind: 'individual',
    headcount: 1,
    members: [{ name, phone: '13812345678' }],
    summary: '宅基地审批两年未办理',
    requestId,
  })

/** The commit goes through, then the answer is lost: the change push after it fails. */
function loseNextAnswer() {
  const publish = hall.services.bus.publish.bind(hall.services.bus)
  hall.services.bus.publish = () => {
    hall.services.bus.publish = publish
    throw new Error('connection lost after the commit')
  }
}

describe('a registration retried with the same request id', () => {
  it('after an answer lost between commit and reply gets the same ticket, and one batch', async () => {
    const day = await openDay()
    const id = randomUUID()
    loseNextAnswer()
    await expect(
      registerBatch(actingAs(hall.services, 'desk-1'), visitor(day.id, id)),
    ).rejects.toThrow(/connection lost/)
    // It was committed all the same.
    expect(await count('batch')).toBe(1)
    const ticketOnFile = await hall.value(sql`select ticket_no from batch`)

    const retry = await registerBatch(actingAs(hall.services, 'desk-1'), visitor(day.id, id))
    expect(retry.ticketNo).toBe(ticketOnFile)
    const again = await registerBatch(actingAs(hall.services, 'desk-1'), visitor(day.id, id))
    expect(again).toEqual(retry)
    expect(await count('batch')).toBe(1)
    expect(await count('batch_member')).toBe(1)
    expect(await count("audit_log where action = 'batch.register'")).toBe(1)

    // Another submission (a new id) is another batch.
    const next = await registerBatch(
      actingAs(hall.services, 'desk-1'),
      visitor(day.id, randomUUID(), '李四'),
    )
    expect(next.ticketNo).toBe(retry.ticketNo + 1)
  })

  it('but another input is refused, and nothing is written', async () => {
    const day = await openDay()
    const id = randomUUID()
    await registerBatch(actingAs(hall.services, 'desk-1'), visitor(day.id, id))
    const error = await registerBatch(
      actingAs(hall.services, 'desk-1'),
      visitor(day.id, id, '李四'),
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DomainError)
    expect((error as DomainError).key).toBe('errors.request.reused')
    expect(await count('batch')).toBe(1)
    expect(await count('person')).toBe(1)
  })

  it('is not remembered when the first attempt was refused', async () => {
    const day = await openDay()
    const id = randomUUID()
    const refused = await registerBatch(actingAs(hall.services, 'desk-1'), {
      ...visitor(day.id, id),
      tableNo: 9,
    }).catch((e: unknown) => e)
    expect((refused as DomainError).key).toBe('batch.noSuchTable')
    expect(await count('request_log')).toBe(0)
    expect(
      (await registerBatch(actingAs(hall.services, 'desk-1'), visitor(day.id, randomUUID())))
        .ticketNo,
    ).toBe(1)
  })
})

describe('an outcome retried with the same request id', () => {
  it('is recorded once and answers the retry with the first cases', async () => {
    const day = await openDay()
    const batch = await registerBatch(
      actingAs(hall.services, 'desk-1'),
      visitor(day.id, randomUUID()),
    )
    await callNext(actingAs(hall.services, 'table-1'), { dayId: day.id, tableNo: 1 })
    await startSession(actingAs(hall.services, 'table-1'), { batchId: batch.batchId })
    const input = RecordOutcomeInput.parse({
      batchId: batch.batchId,
      decision: '当场答复：按政策办理',
      matters: [{ summary: '宅基地审批', nature: 'appeal', outcome: 'resolved_on_spot' }],
      requestId: randomUUID(),
    })
    loseNextAnswer()
    await expect(recordOutcome(actingAs(hall.services, 'table-1'), input)).rejects.toThrow(
      /connection lost/,
    )
    const retry = await recordOutcome(actingAs(hall.services, 'table-1'), input)
    expect(retry.status).toBe('concluded')
    expect(retry.cases).toHaveLength(1)
    expect(await count('petition_case')).toBe(1)
    expect(await count('outcome')).toBe(1)
  })
})
