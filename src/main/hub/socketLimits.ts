import type { WebSocket } from 'ws'
import { LIMITS } from './limits'

/** WebSocket close codes (RFC 6455 §7.4.1). */
export const POLICY_VIOLATION = 1008

type Log = (line: string) => void
type Id = string | number

/**
 * Holds one screen's WebSocket to the limits of ./limits.ts before tRPC's handler sees a frame:
 * too many calls in one frame or too many subscriptions close the socket with 1008 and a
 * reason, and the frame is not handled at all; a client that stops reading is dropped once its
 * queue passes `wsBufferedBytes`. (Frames over `wsFrameBytes` are refused by ws itself.)
 */
export function holdToLimits(ws: WebSocket, log: Log): void {
  const subscriptions = new Set<Id>()
  let refused = false
  const refuse = (reason: string) => {
    refused = true
    log(`closed a WebSocket: ${reason}`)
    ws.close(POLICY_VIOLATION, reason)
  }

  // tRPC listens for 'message' on the socket; frames pass through this gate first.
  const emit = ws.emit.bind(ws)
  ws.emit = ((event: string | symbol, ...args: unknown[]) => {
    if (event !== 'message') return emit(event, ...args)
    if (refused) return false
    const reason = overLimit(args[0], args[1] === true, subscriptions)
    if (reason) {
      refuse(reason)
      return false
    }
    return emit(event, ...args)
  }) as typeof ws.emit

  const send = ws.send.bind(ws)
  ws.send = ((...args: Parameters<typeof ws.send>) => {
    send(...args)
    if (ws.bufferedAmount > LIMITS.wsBufferedBytes) {
      log(`dropped a WebSocket that does not read (${ws.bufferedAmount} bytes queued)`)
      ws.terminate()
    }
  }) as typeof ws.send
}

/** Why a frame is refused, or undefined; keeps the count of the connection's subscriptions. */
function overLimit(data: unknown, isBinary: boolean, subscriptions: Set<Id>): string | undefined {
  if (isBinary || !Buffer.isBuffer(data)) return undefined
  const text = data.toString('utf8')
  if (text === 'PING' || text === 'PONG') return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return undefined // tRPC answers a parse error
  }
  const messages = Array.isArray(parsed) ? parsed : [parsed]
  if (messages.length > LIMITS.wsFrameCalls)
    return `too many calls in one frame (at most ${LIMITS.wsFrameCalls})`
  for (const message of messages) {
    if (typeof message !== 'object' || message === null) continue
    const { id, method } = message as { id?: unknown; method?: unknown }
    if (typeof id !== 'string' && typeof id !== 'number') continue
    if (method === 'subscription.stop') subscriptions.delete(id)
    else if (method === 'subscription' && !subscriptions.has(id)) {
      if (subscriptions.size >= LIMITS.wsSubscriptions)
        return `too many subscriptions (at most ${LIMITS.wsSubscriptions})`
      subscriptions.add(id)
    }
  }
  return undefined
}
