import type { AddressInfo } from 'node:net'
import { WebSocketServer } from 'ws'

export interface SimulatedCard {
  name: string
  sex: '男' | '女'
  /** YYYYMMDD, as printed on the card */
  birthday: string
  address: string
  idNum: string
}

export interface SimulatedReader {
  address: string
  /** The requests the service received, as sent. */
  requests: unknown[]
  stop(): Promise<void>
}

/**
 * A stand-in for the vendor's local WebSocket service (soarwayrd/devices,
 * jykj/读取身份证/readIdCard.md): it answers `{"type":4}` with the card on the reader, as
 * `{ type: 4, ret: 0, …fields }`, or `ret: -1` when no card lies on it. On a free port.
 */
export async function startIdCardReader(card: SimulatedCard | null): Promise<SimulatedReader> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const requests: unknown[] = []
  server.on('connection', (socket) => {
    socket.on('message', (data) => {
      const request = JSON.parse(String(data)) as { type?: number }
      requests.push(request)
      if (request.type !== 4) return
      socket.send(JSON.stringify(card ? { type: 4, ret: 0, ...card } : { type: 4, ret: -1 }))
    })
  })
  const { port } = server.address() as AddressInfo
  return {
    address: `ws://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate()
        server.close(() => resolve())
      }),
  }
}
