import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { correctBatch } from '../../../src/main/services/batch/correction'
import { DomainError } from '../../../src/main/services/core/domainError'
import { registerBatch } from '../../../src/main/services/batch/registration'
import { CorrectBatchInput } from '@shared/contract'
import { planWithLeaders, registration } from '../../support/fixtures'
import { tempStore, type TempStore } from '../../support/tempStore'
import { actingAs } from '../../../src/main/services/core/context'

// A well-formed category id or township code the hall does not have passes the schema; the
// registration must refuse it with a message, not fail on the foreign key (a bare 500).

let hall: TempStore
beforeEach(async () => {
  hall = await tempStore(() => new Date('2026-10-21T01:30:00Z'))
})
afterEach(() => hall.close())

const rows = async () => (await hall.value(sql`select count(*) from batch`)) as number

describe('registrations naming what the hall does not have', () => {
  it('are refused with a message the clerk can act on, and nothing is stored', async () => {
    const day = await planWithLeaders(hall.services, '2026-10-21', [{ name: '王建国', tableNo: 1 }])
    const base = {
      dayId: day.id,
      kind: 'individual',
      headcount: 1,
      members: [{ name: '张三' }],
      summary: '宅基地审批',
    }
    for (const [extra, key] of [
      [{ categoryId: 9999 }, 'outcomeError.unknownCategory'],
      [{ townshipCode: '330726999' }, 'outcomeError.unknownTownship'],
    ] as const) {
      const refused = registerBatch(
        actingAs(hall.services, 'desk-1'),
        registration({ ...base, ...extra }),
      )
      await expect(refused).rejects.toBeInstanceOf(DomainError)
      await expect(refused).rejects.toMatchObject({ key, kind: 'invalid' })
    }
    expect(await rows()).toBe(0)

    const batch = await registerBatch(actingAs(hall.services, 'desk-1'), registration(base))
    const correction = CorrectBatchInput.parse({
      ...base,
      batchId: batch.batchId,
      reason: '改分类',
      categoryId: 9999,
    })
    await expect(correctBatch(actingAs(hall.services, 'desk-1'), correction)).rejects.toMatchObject(
      {
        key: 'outcomeError.unknownCategory',
      },
    )
    const stored = await hall.value(sql`select category_id from batch where id = ${batch.batchId}`)
    expect(stored).toBeNull()
  })
})
