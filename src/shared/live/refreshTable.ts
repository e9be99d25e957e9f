import type { ChangeEvent, Domain } from '../contract'

// The one table from a change event's topic to the queries it makes stale, used by every
// screen (desk, leader tables, board, cases, reports, settings). Queries are named by their
// router (tRPC keys are [path, { input, type }]). With `staleTime: Infinity` a query is
// re-read only when this table says so, so a router missing here is a screen that shows stale
// data until a reload: reference data (names of categories, townships, departments, leaders,
// the hall) appears in nearly every view, hence its long row.

/** Routers whose queries a screen may hold: the contract's domains. */
export type RouterName = Domain

/** 'all': every query of the router; 'table': only those made for a table the event names
 * (or for no table: the board, the desk's lists). */
type Scope = 'all' | 'table'

export const refreshTable: Record<ChangeEvent['topic'], Partial<Record<RouterName, Scope>>> = {
  reference: {
    reference: 'all',
    leader: 'all',
    demo: 'all',
    day: 'all',
    appointment: 'all',
    queue: 'all',
    batch: 'all',
    desk: 'all',
    case: 'all',
    outcome: 'all',
    tally: 'all',
    followUp: 'all',
    calendar: 'all',
    // The devices page names each leader screen's table and leader.
    device: 'all',
    // People and the audit list: re-read on a reference change like every list.
    people: 'all',
  },
  day: { day: 'all', appointment: 'all', queue: 'all', batch: 'all', tally: 'all', demo: 'all' },
  queue: {
    queue: 'table',
    batch: 'all',
    desk: 'all',
    outcome: 'all',
    case: 'all',
    tally: 'all',
    followUp: 'all',
  },
  case: {
    case: 'all',
    outcome: 'all',
    tally: 'all',
    desk: 'all',
    queue: 'table',
    followUp: 'all',
  },
}

function inputOf(queryKey: readonly unknown[]): Record<string, unknown> | undefined {
  const input = (queryKey[1] as { input?: unknown } | undefined)?.input
  return input && typeof input === 'object' ? (input as Record<string, unknown>) : undefined
}

/** Whether a query (by its key) is made stale by an event, per the table. */
export function isRefreshedBy(event: ChangeEvent, queryKey: readonly unknown[]): boolean {
  const path = queryKey[0]
  if (!Array.isArray(path) || typeof path[0] !== 'string') return false
  const scope = refreshTable[event.topic][path[0] as RouterName]
  if (!scope) return false
  if (scope === 'all') return true
  const tableNo = inputOf(queryKey)?.['tableNo']
  return typeof tableNo !== 'number' || event.tableNos.includes(tableNo)
}
