import { describe, expect, it } from 'vitest'
import { contract } from '@shared/contract'
import type { ChangeEvent } from '@shared/contract'
import { isRefreshedBy, refreshTable } from '@shared/live/refreshTable'

const key = (path: string, input?: unknown) => [path.split('.'), { input, type: 'query' }]
const event = (topic: ChangeEvent['topic'], tableNos: number[] = []): ChangeEvent => ({
  topic,
  dayId: 1,
  tableNos,
})

describe('the table from change events to the queries they refresh', () => {
  it('refreshes every query that shows reference data on a reference change', () => {
    // Every router with a query, except the hub's own (health, clock) and the backups list.
    const withQueries = Object.entries(contract)
      .filter(([, procedures]) =>
        Object.values(procedures as Record<string, { kind: string }>).some(
          (p) => p.kind === 'query',
        ),
      )
      .map(([name]) => name)
      .filter((name) => name !== 'system' && name !== 'backup')
    for (const router of withQueries)
      expect(refreshTable.reference, router).toHaveProperty(router, 'all')
    expect(isRefreshedBy(event('reference'), key('reference.categories'))).toBe(true)
    expect(isRefreshedBy(event('reference'), key('queue.forTable', { tableNo: 3 }))).toBe(true)
  })

  it('refreshes a table’s queue only for its own table, the board and lists always', () => {
    expect(isRefreshedBy(event('queue', [2]), key('queue.forTable', { tableNo: 2 }))).toBe(true)
    expect(isRefreshedBy(event('queue', [2]), key('queue.forTable', { tableNo: 1 }))).toBe(false)
    expect(isRefreshedBy(event('queue', [2]), key('queue.board', { dayId: 1 }))).toBe(true)
    expect(isRefreshedBy(event('queue', [2]), key('batch.listForDay', { dayId: 1 }))).toBe(true)
    expect(isRefreshedBy(event('queue', [2]), key('tally.get', { dayId: 1 }))).toBe(true)
    expect(isRefreshedBy(event('queue', [2]), key('reference.categories'))).toBe(false)
  })

  it('ignores keys that are not tRPC queries', () => {
    expect(isRefreshedBy(event('reference'), ['qr-code', 'x'])).toBe(false)
  })
})
