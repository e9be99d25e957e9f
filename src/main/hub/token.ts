import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** The per-launch token, from `Authorization: Bearer …` or a `token` query parameter. */
export function presentedToken(req: IncomingMessage): string | undefined {
  const auth = req.headers.authorization
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim()
  const url = new URL(req.url ?? '/', 'http://hub')
  return url.searchParams.get('token') ?? undefined
}

export function tokenMatches(expected: string, presented: string | undefined): boolean {
  if (!presented) return false
  const a = Buffer.from(expected)
  const b = Buffer.from(presented)
  return a.length === b.length && timingSafeEqual(a, b)
}
