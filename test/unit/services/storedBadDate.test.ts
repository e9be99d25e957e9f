import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listDays } from '../../../src/main/services/day/dayList'
import { DayListView } from '@shared/contract'
import { planWithLeaders } from '../../support/fixtures'
import { tempStore, type TempStore } from '../../support/tempStore'
import { actingAs } from '../../../src/main/services/core/context'

// Before the contract checked the calendar, `day.plan` stored 2026-02-30, 0000-00-00 and
// 9999-99-99, after which `day.list` failed for ever. Such an old row is left out of the list.

let hall: TempStore
beforeEach(async () => {
  hall = await tempStore(() => new Date('2026-10-21T01:30:00Z'))
})
afterEach(() => hall.close())

describe('the day list over a database holding impossible dates', () => {
  it('lists the real days and leaves the impossible ones out', async () => {
    const day = await planWithLeaders(hall.services, '2026-10-21', [{ name: '王建国', tableNo: 1 }])
    for (const date of ['2026-02-30', '0000-00-00', '9999-99-99'])
      await hall.rows(sql`insert into reception_day (date, place, opens_at, closes_at, state, created_at)
       values (${date}, '县人民来访接待中心', '08:30', '17:00', 'planned', '2026-10-01T00:00:00.000Z')`)

    const list = await listDays(actingAs(hall.services, 'test'), {})
    // The hub checks its answer with the contract's output schema: it must pass.
    expect(DayListView.safeParse(list).error?.issues ?? []).toEqual([])
    expect([...list.upcoming, ...list.recent].map((d) => d.id)).toEqual([day.id])
  })
})
