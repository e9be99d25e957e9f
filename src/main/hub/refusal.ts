import type { IncomingMessage, ServerResponse } from 'node:http'
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc'
import { pickLocale } from '@shared/i18n'
import { translate } from '../services/core/translate'

type Code = 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE'
const STATUS: Record<Code, number> = { BAD_REQUEST: 400, PAYLOAD_TOO_LARGE: 413 }

/**
 * Refuses an API call before tRPC sees it, with tRPC's error shape and a message in the
 * caller's language. The connection is closed: what the client still sends is not read.
 */
export function refuseCall(
  req: IncomingMessage,
  res: ServerResponse,
  code: Code,
  key: string,
  params: Record<string, unknown> = {},
) {
  const locale = pickLocale(text(req.headers['x-locale']) ?? text(req.headers['accept-language']))
  const httpStatus = STATUS[code]
  const body = {
    error: {
      message: translate(locale, key, params) ?? key,
      code: TRPC_ERROR_CODES_BY_KEY[code],
      data: { code, httpStatus, messageKey: key, issues: [] },
    },
  }
  answerAndClose(req, res, httpStatus, 'application/json; charset=utf-8', JSON.stringify(body))
}

/**
 * How long a connection refused for its body stays open, unread, after the answer. Closing at
 * once, with the client still sending, makes its system reset the connection and often drop the
 * answer before the client reads it; meanwhile the hub reads nothing more (the client's sending
 * stalls), and one idle socket for a second costs nothing.
 */
const LINGER_MS = 1000

/** Answers, reads nothing more of the request, and closes the connection a little later. */
export function answerAndClose(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
) {
  req.pause()
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    connection: 'close',
  })
  // The whole answer is sent now: the client has it, by its length, before the close.
  res.write(body)
  setTimeout(() => res.end(), LINGER_MS).unref()
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined)

/**
 * A fault while answering a request: answered 500 if nothing was sent yet (else the
 * connection is cut) and logged without the request's path, query or body, which may hold
 * the token or personal data.
 */
export function answerFault(
  req: IncomingMessage,
  res: ServerResponse,
  error: unknown,
  log: (line: string) => void,
) {
  // A client that went away mid-request is not a fault of the hub.
  const gone = (error as { code?: unknown } | undefined)?.code === 'ECONNRESET'
  if (!gone) log(`a ${req.method ?? '?'} request failed: ${describe(error)}`)
  if (res.headersSent) {
    res.destroy()
    return
  }
  res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' })
  res.end('Internal error')
}

/** The kind of an error, never its data: a name, a code and the first line of its message. */
export function describe(error: unknown): string {
  if (!(error instanceof Error)) return typeof error
  const code = (error as { code?: unknown }).code
  const message = error.message.split('\n', 1)[0]?.slice(0, 120) ?? ''
  return `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${message}`
}
