import {
  parseReadReply,
  READ_ID_CARD,
  type IdCardReader,
  type ReadResult,
} from '@shared/idCard/jykjProtocol'

/** A reader waits for the card to be placed; the clerk is not kept waiting longer than this. */
const READ_TIMEOUT_MS = 10_000

/** The reader behind the vendor's WebSocket service at `address` (e.g. ws://127.0.0.1:1919). */
export function jykjReader(address: string): IdCardReader {
  return {
    read: () =>
      new Promise<ReadResult>((resolve) => {
        let settled = false
        let socket: WebSocket
        const finish = (result: ReadResult) => {
          if (settled) return
          settled = true
          clearTimeout(timer)
          socket.close()
          resolve(result)
        }
        const timer = setTimeout(
          () => finish({ ok: false, failure: 'failed', detail: 'timeout' }),
          READ_TIMEOUT_MS,
        )
        try {
          socket = new WebSocket(address)
        } catch {
          clearTimeout(timer)
          resolve({ ok: false, failure: 'unavailable' })
          return
        }
        socket.onopen = () => socket.send(JSON.stringify({ type: READ_ID_CARD }))
        socket.onmessage = (event) => {
          const result = parseReadReply(String(event.data))
          if (result) finish(result)
        }
        // No service on that port (or it went away before answering): the reader is unplugged.
        socket.onerror = () => finish({ ok: false, failure: 'unavailable' })
        socket.onclose = () => finish({ ok: false, failure: 'unavailable' })
      }),
  }
}
