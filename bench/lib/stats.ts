/** Median and p99 (nearest rank) of a list of durations in milliseconds. */
export interface Sample {
  runs: number
  medianMs: number
  p99Ms: number
  meanMs: number
  maxMs: number
}

export function summarise(times: readonly number[]): Sample {
  if (times.length === 0) return { runs: 0, medianMs: NaN, p99Ms: NaN, meanMs: NaN, maxMs: NaN }
  const sorted = [...times].sort((a, b) => a - b)
  const rank = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
  const mid = sorted.length / 2
  const median =
    sorted.length % 2 === 1
      ? (sorted[Math.floor(mid)] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
  return {
    runs: sorted.length,
    medianMs: median,
    p99Ms: rank(0.99) as number,
    meanMs: sorted.reduce((a, b) => a + b, 0) / sorted.length,
    maxMs: sorted[sorted.length - 1] as number,
  }
}

/**
 * Times `fn` once per input (after `warmup` untimed calls on the first inputs), so each
 * run sees a different probe, as the desk's clerks would send.
 */
export async function timeEach<T>(
  inputs: readonly T[],
  fn: (input: T, index: number) => unknown,
  warmup = Math.min(20, inputs.length),
): Promise<{ sample: Sample; times: number[] }> {
  for (let i = 0; i < warmup; i++) await fn(inputs[i] as T, i)
  const times: number[] = []
  for (const [i, input] of inputs.entries()) {
    const t0 = performance.now()
    await fn(input, i)
    times.push(performance.now() - t0)
  }
  return { sample: summarise(times), times }
}

export const ms = (value: number | null | undefined): string =>
  value === null || value === undefined || Number.isNaN(value)
    ? '—'
    : value >= 100
      ? value.toFixed(0)
      : value >= 10
        ? value.toFixed(1)
        : value >= 1
          ? value.toFixed(2)
          : value.toFixed(3)
