// The attackers of figure 7, in a process of their own so that their work does not count in the
// measuring client's latencies: two clients, one sending 50 MB bodies back to back, the other
// WebSocket frames of 20,000 calls. Started with { port, token, bodyBytes, frameCalls } in argv[2]
// (JSON); on 'stop', reports { bodies, frames } (sent and refused) and exits.
import { request } from 'node:http'
import { WebSocket } from 'ws'

interface Target {
  port: number
  token: string
  bodyBytes: number
  frameCalls: number
}

const target = JSON.parse(process.argv[2] ?? '{}') as Target

/** Sends a 50 MB body in full, not waiting for an answer; resolves the status the hub gave. */
function hugeBody(body: Buffer): Promise<number | undefined> {
  return new Promise((resolve) => {
    let status: number | undefined
    const req = request(
      {
        host: '127.0.0.1',
        port: target.port,
        method: 'POST',
        path: '/trpc/leader.create',
        headers: {
          authorization: `Bearer ${target.token}`,
          'content-type': 'application/json',
          'content-length': body.length,
        },
      },
      (res) => {
        status = res.statusCode
        res.resume()
        res.on('end', () => resolve(status))
      },
    )
    req.on('error', () => setImmediate(() => resolve(status)))
    req.end(body)
  })
}

/** Opens a WebSocket and sends one frame of 20,000 calls; resolves the close code. */
function hugeFrame(frame: string): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${target.port}/trpc`, {
      headers: { authorization: `Bearer ${target.token}` },
    })
    ws.on('error', () => undefined)
    ws.on('open', () => ws.send(frame))
    ws.on('close', (code) => resolve(code))
  })
}

let running = true
const counts = { bodies: { sent: 0, refused: 0 }, frames: { sent: 0, refused: 0 } }

async function keep(attack: () => Promise<unknown>, refused: unknown, count: typeof counts.bodies) {
  while (running) {
    const outcome = await attack()
    count.sent += 1
    if (outcome === refused) count.refused += 1
  }
}

const body = Buffer.alloc(target.bodyBytes, 0x20)
const frame = JSON.stringify(
  Array.from({ length: target.frameCalls }, (_, i) => ({
    id: i + 1,
    method: 'query',
    params: { path: 'system.health' },
  })),
)
const attacks = Promise.all([
  keep(() => hugeBody(body), 413, counts.bodies),
  keep(() => hugeFrame(frame), 1009, counts.frames),
])
process.send?.({ started: true, frameBytes: frame.length })
process.on('message', (message) => {
  if (message !== 'stop') return
  running = false
  void attacks.then(() => {
    process.send?.(counts, () => process.exit(0))
  })
})
