import {
  COLLECTIVE_HEADCOUNT,
  outcomeKinds,
  type BatchStatus,
  type OutcomeKind,
} from '@shared/contract/enums'
import type { DurationStats, OutcomeCounts, TallyFigures } from '@shared/contract/tally'

/** What the tally needs to know of one (not cancelled) batch. */
export interface BatchFacts {
  headcount: number
  status: BatchStatus
  /** Current outcome of each of its matters (null: not decided yet). */
  outcomes: (OutcomeKind | null)[]
  transfers: number
  waitSeconds: number | null
  sessionSeconds: number | null
}

const OPEN: ReadonlySet<BatchStatus> = new Set(['waiting', 'called', 'in_session'])

export const emptyOutcomes = (): OutcomeCounts =>
  Object.fromEntries(outcomeKinds.map((k) => [k, 0])) as OutcomeCounts

/** Median (mean of the middle two for an even count) and max; nulls when there is nothing. */
export function durationStats(values: readonly number[]): DurationStats {
  if (values.length === 0) return { count: 0, medianSeconds: null, maxSeconds: null }
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
  return { count: sorted.length, medianSeconds: median, maxSeconds: sorted[sorted.length - 1] ?? 0 }
}

/** Whole seconds from one ISO instant to another; null unless both are there and in order. */
export function secondsBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null
  const ms = Date.parse(to) - Date.parse(from)
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms / 1000) : null
}

/** The figures of a group of batches, by the definitions of DESIGN.md ("The tally"). */
export function figuresOf(batches: readonly BatchFacts[]): TallyFigures {
  const outcomes = emptyOutcomes()
  const f: TallyFigures = {
    batches: 0,
    persons: 0,
    collectiveBatches: 0,
    collectivePersons: 0,
    concludedBatches: 0,
    noShowBatches: 0,
    noShowPersons: 0,
    openBatches: 0,
    openPersons: 0,
    outcomes,
    decidedCases: 0,
    undecidedCases: 0,
    concludedWithoutOutcome: 0,
    transfers: 0,
    wait: durationStats([]),
    session: durationStats([]),
  }
  const waits: number[] = []
  const sessions: number[] = []
  for (const b of batches) {
    if (b.status === 'cancelled') continue
    f.batches += 1
    f.persons += b.headcount
    if (b.headcount >= COLLECTIVE_HEADCOUNT) {
      f.collectiveBatches += 1
      f.collectivePersons += b.headcount
    }
    if (b.status === 'no_show') {
      f.noShowBatches += 1
      f.noShowPersons += b.headcount
    }
    if (OPEN.has(b.status)) {
      f.openBatches += 1
      f.openPersons += b.headcount
    }
    let decided = 0
    for (const outcome of b.outcomes) {
      if (outcome === null) f.undecidedCases += 1
      else {
        outcomes[outcome] += 1
        decided += 1
      }
    }
    f.decidedCases += decided
    if (b.status === 'concluded') {
      f.concludedBatches += 1
      if (decided === 0) f.concludedWithoutOutcome += 1
    }
    f.transfers += b.transfers
    if (b.waitSeconds !== null) waits.push(b.waitSeconds)
    if (b.sessionSeconds !== null) sessions.push(b.sessionSeconds)
  }
  f.wait = durationStats(waits)
  f.session = durationStats(sessions)
  return f
}
