import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { rowLimit } from '../../../src/main/services/core/rowLimit'
import { tempStore, type TempStore } from '../../support/tempStore'

// A limit is written into the SQL text, never bound (core/rowLimit.ts), and only a whole
// number can be: the statement stays the same text for the same limit on both databases.

let hall: TempStore
beforeEach(async () => {
  hall = await tempStore()
})
afterEach(() => hall.close())

describe('rowLimit', () => {
  it('writes the limit into the statement and binds no parameter for it', async () => {
    const query = hall.services.db
      .selectFrom('leader')
      .select('id')
      .where('active', '=', 1)
      .limit(rowLimit(3))
    const compiled = query.compile()
    expect(compiled.sql).toMatch(/ limit 3$/)
    expect(compiled.parameters).toEqual([1])
    expect(Array.isArray(await query.execute())).toBe(true)
  })

  it('refuses anything that is not a whole number of rows', () => {
    for (const bad of [1.5, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])
      expect(() => rowLimit(bad)).toThrow(RangeError)
    expect(() => rowLimit(0)).not.toThrow()
  })
})
