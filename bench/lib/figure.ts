import type { Sample } from './stats'

export type FigureStatus = 'ok' | 'pending' | 'skipped' | 'failed'

/** One row of the table and of results.json. */
export interface Figure {
  /** 1–6: the numbering; 0: context. */
  group: number
  id: string
  name: string
  /** What it ran on: rows, probes, history size. */
  size: string
  runs: number
  medianMs: number | null
  p99Ms: number | null
  /** A derived figure: a rate, a ratio. */
  value?: string
  target?: string
  met?: boolean | null
  status: FigureStatus
  note?: string
  /** Cores kept busy by other processes while it ran (0: a quiet machine). */
  otherLoad?: number | null
}

export function measured(
  group: number,
  id: string,
  name: string,
  size: string,
  sample: Sample,
  extra: Partial<Figure> = {},
): Figure {
  return {
    group,
    id,
    name,
    size,
    runs: sample.runs,
    medianMs: sample.medianMs,
    p99Ms: sample.p99Ms,
    status: 'ok',
    ...extra,
  }
}

export function notRun(
  group: number,
  id: string,
  name: string,
  status: 'pending' | 'skipped' | 'failed',
  note: string,
  extra: Partial<Figure> = {},
): Figure {
  return {
    group,
    id,
    name,
    size: '—',
    runs: 0,
    medianMs: null,
    p99Ms: null,
    status,
    note,
    ...extra,
  }
}

/** A p99 target in ms: met when the p99 is under it. */
export const p99Under = (limitMs: number, p99: number) => ({
  target: `p99 < ${limitMs} ms`,
  met: p99 < limitMs,
})
