import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CancelBatchInput, CorrectBatchInput } from '@shared/contract'
import { cancelBatch, correctBatch } from '../../../src/main/services/batch/correction'
import { DomainError } from '../../../src/main/services/core/domainError'
import { registerBatch } from '../../../src/main/services/batch/registration'
import { tableQueue } from '../../../src/main/services/queue'
import { searchSummaries } from '../../../src/main/services/desk/searchSummaries'
import { planWithLeaders, registration } from '../../support/fixtures'
import { tempStore, type TempStore } from '../../support/tempStore'
import { actingAs } from '../../../src/main/services/core/context'

let hall: TempStore
beforeEach(async () => {
  hall = await tempStore(() => new Date('2026-10-21T01:30:00Z'))
})
afterEach(() => hall.close())

describe('correcting and cancelling a registration', () => {
  it('audits a correction with before and after, and re-indexes the summary', async () => {
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
    const corrected = await correctBatch(
      actingAs(hall.services, 'desk-2'),
      CorrectBatchInput.parse({
        batchId: batch.batchId,
        reason: '姓名录错',
        kind: 'individual',
        headcount: 1,
        members: [{ name: '张三', phone: '13812345678' }],
        summary: '低保资格',
      }),
    )
    expect(corrected.members[0]).toMatchObject({ name: '张三', phone: '13812345678' })
    const audit = (await hall.row(
      sql`select actor, before_json, after_json from audit_log where action = 'batch.correct'`,
    )) as { actor: string; before_json: string; after_json: string }
    expect(audit.actor).toBe('desk-2')
    expect(JSON.parse(audit.before_json).members[0].name).toBe('张山')
    expect(JSON.parse(audit.after_json)).toMatchObject({ reason: '姓名录错', summary: '低保资格' })
    expect(await searchSummaries(hall.store.db, '宅基')).toEqual([])
    expect(await searchSummaries(hall.store.db, '低保')).toEqual([batch.batchId])
  })

  it('takes a cancelled batch out of the queue, and refuses to touch it again', async () => {
    const day = await planWithLeaders(hall.services, '2026-10-21', [{ name: '王建国', tableNo: 1 }])
    const batch = await registerBatch(
      actingAs(hall.services, 'desk-1'),
      registration({
        dayId: day.id,
        kind: 'individual',
        headcount: 1,
        members: [{ name: '张三' }],
        summary: '咨询',
      }),
    )
    const row = await cancelBatch(
      actingAs(hall.services, 'desk-1'),
      CancelBatchInput.parse({ batchId: batch.batchId, reason: '重复登记' }),
    )
    expect(row).toMatchObject({ status: 'cancelled', cancelReason: '重复登记' })
    expect(
      (await tableQueue(actingAs(hall.services, 'test'), { dayId: day.id, tableNo: 1 })).waiting,
    ).toEqual([])
    const again = await cancelBatch(
      actingAs(hall.services, 'desk-1'),
      CancelBatchInput.parse({ batchId: batch.batchId, reason: '再次' }),
    ).catch((e: unknown) => e)
    expect(again).toBeInstanceOf(DomainError)
    expect((again as DomainError).key).toBe('batch.alreadyCancelled')
    expect(() => CancelBatchInput.parse({ batchId: batch.batchId, reason: ' ' })).toThrow(
      /batch.reasonRequired/,
    )
  })
})
