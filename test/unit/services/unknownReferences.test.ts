import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { correctBatch } from '../../../src/main/services/batch/correction'
import { DomainError } from '../../../src/main/services/core/domainError'
import { registerBatch } from '../../../src/main/services/batch/registration'
import { assertReferences } from '../../../src/main/services/outcome/decisions'
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

describe('the references of an outcome or a registration, checked in one statement', () => {
  it('refuses the first unknown or inactive kind in order and passes known ones, repeated or not', async () => {
    const { db } = hall.services
    const department = async (name: string, active: number) =>
      (
        await db
          .insertInto('department')
          .values({ name, active })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    const leaderOf = async (name: string, active: number) =>
      (
        await db
          .insertInto('leader')
          .values({ name, active, created_at: 'x' })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id
    type Refs = Parameters<typeof assertReferences>[1]
    const check = (refs: Refs) => db.transaction().execute((trx) => assertReferences(trx, refs))
    const open = await department('县信访局', 1)
    const closedDepartment = await department('旧局', 0)
    const leader = await leaderOf('王建国', 1)
    const retired = await leaderOf('李退休', 0)
    const category = (
      await db
        .insertInto('category')
        .values({ name: '测试分类' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
    const township = '330726101'
    await db
      .insertInto('township')
      .values({ code: township, name: '黄宅镇', county_code: '330726' })
      .execute()
    const known = {
      departmentIds: [open, open],
      leaderIds: [leader],
      categoryIds: [category, category],
      townshipCodes: [township],
    }
    await expect(check(known)).resolves.toBeUndefined()
    await expect(
      check({
        departmentIds: [],
        leaderIds: [],
        categoryIds: [],
        townshipCodes: [],
      }),
    ).resolves.toBeUndefined()
    for (const [change, key] of [
      [{ departmentIds: [open, closedDepartment] }, 'outcomeError.unknownDepartment'],
      [{ leaderIds: [retired] }, 'outcomeError.unknownLeader'],
      [{ categoryIds: [category, 9999] }, 'outcomeError.unknownCategory'],
      [{ townshipCodes: ['330726999'] }, 'outcomeError.unknownTownship'],
      // Several unknown: the first kind in the order above is named.
      [{ leaderIds: [9999], townshipCodes: ['330726999'] }, 'outcomeError.unknownLeader'],
    ] satisfies [Partial<Refs>, string][])
      await expect(check({ ...known, ...change })).rejects.toMatchObject({ key })
  })
})
