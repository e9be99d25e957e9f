import { caseNatures } from '@shared/contract/enums'
import type { Db } from '../core/context'
import type { LeaderTallyRow, TallyRow, TallyView } from '@shared/contract/tally'
import { hallTimeZone, wallClock } from '@shared/tally/timeZone'
import { figuresOf, type BatchFacts } from './figures'
import { loadDay, type LoadedBatch, type LoadedDay } from './load'

/** The tally without its sentence (which is worded in the reader's language). */
export type TallyCore = Omit<TallyView, 'summary'>

export interface TallyOptions {
  /** The hall's zone for hours of arrival; default: hallTimeZone(process.env). */
  timeZone?: string
  /** When the tally is taken; default: now. */
  now?: Date
}

/**
 * The day's tally, exactly by DESIGN.md's definitions (see docs/architecture.md, "The tally"):
 * computed from the day's batches, their matters and their transfers as they are now.
 */
export async function computeTally(
  db: Db,
  dayId: number,
  options: TallyOptions = {},
): Promise<TallyCore> {
  return tallyOf(await loadDay(db, dayId), options)
}

const facts = (b: LoadedBatch): BatchFacts => ({
  headcount: b.headcount,
  status: b.status,
  outcomes: b.outcomes,
  transfers: b.transfers.length,
  waitSeconds: b.waitSeconds,
  sessionSeconds: b.sessionSeconds,
})

interface Group {
  key: string
  label: string | null
  order: [number, string]
  batches: LoadedBatch[]
}

function groupBy(
  batches: readonly LoadedBatch[],
  keyOf: (b: LoadedBatch) => Omit<Group, 'batches'>,
  seed: Omit<Group, 'batches'>[] = [],
): TallyRow[] {
  const groups = new Map<string, Group>()
  for (const g of seed) groups.set(g.key, { ...g, batches: [] })
  for (const b of batches) {
    const g = keyOf(b)
    const group = groups.get(g.key) ?? { ...g, batches: [] }
    group.batches.push(b)
    groups.set(g.key, group)
  }
  return [...groups.values()]
    .sort((a, b) => a.order[0] - b.order[0] || a.order[1].localeCompare(b.order[1]))
    .map((g) => ({ key: g.key, label: g.label, ...figuresOf(g.batches.map(facts)) }))
}

const LAST = Number.MAX_SAFE_INTEGER

/** Hours from the day's opening to its closing, widened to every hour someone arrived in. */
function hourSeed(day: LoadedDay, hours: number[]): Omit<Group, 'batches'>[] {
  const opens = Number(day.opensAt.slice(0, 2))
  const [ch, cm] = day.closesAt.split(':').map(Number)
  const closes = (ch ?? 17) - (cm === 0 ? 1 : 0)
  const from = Math.min(opens, ...hours)
  const to = Math.max(closes, ...hours)
  const seed = []
  for (let h = from; h <= to; h += 1) seed.push(hourGroup(h))
  return seed
}

const hourGroup = (h: number) => ({
  key: String(h).padStart(2, '0'),
  label: null,
  order: [h, ''] as [number, string],
})

export function tallyOf(day: LoadedDay, options: TallyOptions = {}): TallyCore {
  const timeZone = options.timeZone ?? hallTimeZone(process.env)
  const counted = day.batches.filter((b) => b.status !== 'cancelled')

  const byLeader: LeaderTallyRow[] = day.duties.map((duty) => {
    // The table that has (or had, at the end) the batch: its table after every transfer.
    const mine = counted.filter((b) => b.dutyId === duty.id)
    let transfersIn = 0
    let transfersOut = 0
    for (const b of counted)
      for (const move of b.transfers) {
        if (move.toDutyId === duty.id) transfersIn += 1
        if (move.fromDutyId === duty.id) transfersOut += 1
      }
    return {
      key: String(duty.id),
      label: duty.leaderName,
      tableNo: duty.tableNo,
      leaderId: duty.leaderId,
      leaderName: duty.leaderName,
      leaderTitle: duty.leaderTitle,
      transfersIn,
      transfersOut,
      ...figuresOf(mine.map(facts)),
    }
  })

  const byCategory = groupBy(counted, (b) =>
    b.categoryId === null
      ? { key: 'none', label: null, order: [LAST, ''] }
      : {
          key: String(b.categoryId),
          label: b.categoryName,
          order: [b.categorySort ?? LAST - 1, String(b.categoryId).padStart(8, '0')],
        },
  )
  const byNature = groupBy(
    counted,
    (b) => ({ key: b.nature, label: null, order: [caseNatures.indexOf(b.nature), ''] }),
    caseNatures.map((n, i) => ({ key: n, label: null, order: [i, ''] as [number, string] })),
  )
  const byTownship = groupBy(counted, (b) =>
    b.townshipCode === null
      ? { key: 'none', label: null, order: [LAST, ''] }
      : {
          key: b.townshipCode,
          label: b.townshipName ?? b.townshipCode,
          order: [b.townshipSort ?? LAST - 1, b.townshipCode],
        },
  )
  const hourOf = (b: LoadedBatch) => wallClock(b.registeredAt, timeZone).hh
  const byHour = groupBy(counted, (b) => hourGroup(hourOf(b)), hourSeed(day, counted.map(hourOf)))

  return {
    dayId: day.id,
    date: day.date,
    place: day.place,
    opensAt: day.opensAt,
    closesAt: day.closesAt,
    state: day.state,
    closedAt: day.closedAt,
    frozen: false,
    computedAt: (options.now ?? new Date()).toISOString(),
    timeZone,
    hallName: day.hallName,
    countyName: day.countyName,
    totals: figuresOf(counted.map(facts)),
    cancelledBatches: day.batches.length - counted.length,
    byLeader,
    byCategory,
    byNature,
    byTownship,
    byHour,
    visits: day.visits,
    assignedMatters: day.assignedMatters,
  }
}
