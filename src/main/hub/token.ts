import { timingSafeEqual } from 'node:crypto'

/** Compares secrets in constant time. */
export function tokenMatches(expected: string, presented: string | undefined): boolean {
  if (!presented) return false
  const a = Buffer.from(expected)
  const b = Buffer.from(presented)
  return a.length === b.length && timingSafeEqual(a, b)
}
