import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { registerBatch } from '../../../src/main/services/batch/registration'
import { actingAs } from '../../../src/main/services/core/context'
import { DomainError } from '../../../src/main/services/core/domainError'
import { planWithLeaders, registration } from '../../support/fixtures'
import { tempStore, type TempStore } from '../../support/tempStore'

// The day's ticket counter (day_ticket, migration 0017; services/batch/ticket.ts), on both
// databases: numbers follow on without gaps, a day registered before the counter existed goes
// on from its highest ticket, the counter never falls below it, and a refused registration
// draws no number.

let hall: TempStore
beforeEach(async () => {
  hall = await tempStore()
})
afterEach(() => hall.close())

describe("the day's ticket counter", () => {
  it('goes on from the day, whatever the counter says, and a refusal takes no number', async () => {
    const day = await planWithLeaders(hall.services, '2026-10-21', [{ name: '王建国', tableNo: 1 }])
    const desk = actingAs(hall.services, 'desk-1')
    const register = (name: string) =>
      registerBatch(
        desk,
        registration({
          dayId: day.id,
          kind: 'individual',
          headcount: 1,
          members: [{ name, phone: '13800138000' }],
          summary: '宅基地审批迟迟未办理',
        }),
      )
    const tickets = async (...names: string[]) => {
      const out: string[] = []
      for (const name of names) out.push((await register(name)).ticket)
      return out
    }

    expect(await tickets('张一', '张二')).toEqual(['001', '002'])
    expect(await hall.value(sql`select last_no from day_ticket where day_id = ${day.id}`)).toBe(2)

    // A day registered before migration 0017 has no counter: it starts from the highest ticket.
    await sql`delete from day_ticket`.execute(hall.store.db)
    expect(await tickets('张三')).toEqual(['003'])

    // A counter behind the day's tickets (batches written by other means) is overtaken.
    await sql`update day_ticket set last_no = 1`.execute(hall.store.db)
    expect(await tickets('张四')).toEqual(['004'])

    // The same person still waiting: refused before the draw, so the next number is not lost.
    const refused = await register('张四').catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(DomainError)
    expect((refused as DomainError).key).toBe('batch.sameDayOpen')
    expect(await tickets('张五')).toEqual(['005'])
    expect(await hall.value(sql`select last_no from day_ticket where day_id = ${day.id}`)).toBe(5)
  })
})
