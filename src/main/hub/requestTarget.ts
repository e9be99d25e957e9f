import type { IncomingMessage } from 'node:http'

export interface RequestTarget {
  /** The path as sent (not decoded): routing compares it as is. */
  pathname: string
  searchParams: URLSearchParams
}

/**
 * The path and query of a request, read without `new URL` or `decodeURIComponent`, which throw
 * on `//[` or `%FF` (one such request, sent by any web page open on the hall PC, used to end the
 * hub). Undefined for a target that is not a path (`*`, `http://host/…`): the hub serves none.
 */
export function requestTarget(req: IncomingMessage): RequestTarget | undefined {
  const url = req.url ?? ''
  if (!url.startsWith('/')) return undefined
  const query = url.indexOf('?')
  const end = url.indexOf('#')
  const pathEnd = query === -1 ? (end === -1 ? url.length : end) : query
  const search = query === -1 ? '' : url.slice(query + 1, end > query ? end : url.length)
  return { pathname: url.slice(0, pathEnd), searchParams: new URLSearchParams(search) }
}
