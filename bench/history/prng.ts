/** mulberry32: a tiny, fast, seedable 32-bit PRNG; the same seed gives the same history. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface Rng {
  /** [0, 1) */
  next(): number
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** A pick weighted by the table's weights (built once with {@link weighted}). */
  pickWeighted<T>(table: Weighted<T>): T
  /** An independent generator derived from this one (for a separate stream of draws). */
  fork(salt: number): Rng
}

export interface Weighted<T> {
  items: readonly T[]
  /** Cumulative weights, normalised to end at 1. */
  cumulative: Float64Array
}

export function weighted<T>(entries: readonly (readonly [T, number])[]): Weighted<T> {
  const total = entries.reduce((sum, [, w]) => sum + w, 0)
  const cumulative = new Float64Array(entries.length)
  let running = 0
  entries.forEach(([, w], i) => {
    running += w / total
    cumulative[i] = running
  })
  cumulative[entries.length - 1] = 1
  return { items: entries.map(([item]) => item), cumulative }
}

export function rng(seed: number): Rng {
  const next = mulberry32(seed)
  const self: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    pickWeighted: (table) => {
      const r = next()
      const c = table.cumulative
      let lo = 0
      let hi = c.length - 1
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if ((c[mid] ?? 1) < r) lo = mid + 1
        else hi = mid
      }
      return table.items[lo] as (typeof table.items)[number]
    },
    fork: (salt) => rng((Math.floor(next() * 4294967296) ^ Math.imul(salt, 0x9e3779b1)) >>> 0),
  }
  return self
}
