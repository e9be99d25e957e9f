import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { RequestTarget } from './requestTarget'

/** The per-launch token, from `Authorization: Bearer …` or a `token` query parameter. */
export function presentedToken(req: IncomingMessage, target: RequestTarget): string | undefined {
  const auth = req.headers.authorization
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim()
  return target.searchParams.get('token') ?? undefined
}

export function tokenMatches(expected: string, presented: string | undefined): boolean {
  if (!presented) return false
  const a = Buffer.from(expected)
  const b = Buffer.from(presented)
  return a.length === b.length && timingSafeEqual(a, b)
}
