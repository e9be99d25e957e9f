import { sqliteOf } from '../../../src/main/store/openDatabase'
import { request } from 'node:http'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import { LIMITS } from '../../../src/main/hub/limits'
import { hubUnderTest, rawExchange, statusOf, TOKEN, type HubUnderTest } from './hubUnderTest'

// No client may stall the hub for the others: each limit of src/main/hub/limits.ts is refused
// with a clear answer, and the hub answers `system.health` meanwhile and after.

let hall: HubUnderTest
beforeAll(async () => {
  hall = await hubUnderTest()
})
afterAll(async () => {
  await hall.stop()
})
afterEach(() => {
  vi.restoreAllMocks()
})

const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }
const leaders = () =>
  Number(sqliteOf(hall.hub.store).sqlite.prepare('select count(*) from leader').pluck().get())
const bodyOf = (answer: string) =>
  JSON.parse(Buffer.from(answer.slice(answer.indexOf('\r\n\r\n') + 4), 'latin1').toString()) as {
    error: { message: string; data: { code: string; httpStatus: number; messageKey: string } }
  }
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${hall.base}/trpc/${path}`, {
    method: 'POST',
    headers: { ...auth, ...headers },
    body: JSON.stringify(body),
  })

/** A 50 MB body sent in full by a client that does not wait for an answer. */
function sendHugeBody(bytes: number): Promise<{ status: number | undefined; body: string }> {
  return new Promise((resolve) => {
    let answered: { status: number | undefined; body: string } | undefined
    const req = request(
      {
        host: '127.0.0.1',
        port: hall.port,
        method: 'POST',
        path: '/trpc/leader.create',
        headers: { ...auth, 'content-length': bytes },
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve((answered = { status: res.statusCode, body })))
      },
    )
    // The hub closes the connection after its answer: the rest of the body cannot be written.
    req.on('error', () => setImmediate(() => resolve(answered ?? { status: undefined, body: '' })))
    req.end(Buffer.alloc(bytes, 0x20))
  })
}

describe('HTTP', () => {
  it('refuses a body over the limit from its content-length alone, with 413', async () => {
    // Only the headers are sent: the answer cannot have waited for the body.
    const answer = await rawExchange(
      hall.port,
      `POST /trpc/leader.create HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${50 * 1024 * 1024}\r\nx-locale: en\r\n\r\n`,
      5000,
    )
    expect(statusOf(answer)).toBe('413')
    expect(answer).toMatch(/\r\nconnection: close\r\n/i)
    const { error } = bodyOf(answer)
    expect(error.data).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', httpStatus: 413 })
    expect(error.data.messageKey).toBe('limits.bodyTooLarge')
    expect(error.message).toBe('The request is too large (at most 1 MB); nothing was done')
    expect(await hall.health()).toEqual({ status: 200, ok: true })
  })

  it('takes a larger body for case.attachPdf alone, and refuses it above its own limit', async () => {
    // 2 MB of base64: over the common limit, within the PDF's; read, then refused for its content
    // (it is no PDF), not for its size.
    const pdf = { documentId: 999_999, pdfBase64: 'A'.repeat(2 * 1024 * 1024) }
    expect((await post('leader.create', { name: pdf.pdfBase64 })).status).toBe(413)
    const archived = await post('case.attachPdf', pdf)
    expect(archived.status).toBe(400)
    const huge = await post('case.attachPdf', {
      ...pdf,
      pdfBase64: 'A'.repeat(LIMITS.pdfBodyBytes),
    })
    expect(huge.status).toBe(413)
    expect(await hall.health()).toEqual({ status: 200, ok: true })
  })

  it('refuses a chunked body as soon as it passes the limit, before its end', async () => {
    const chunk = Buffer.alloc(256 * 1024, 0x20)
    const chunks = Math.ceil(LIMITS.httpBodyBytes / chunk.length) + 1
    const head = Buffer.from(
      `POST /trpc/leader.create HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
    )
    const body = Array.from({ length: chunks }, () => [
      Buffer.from(`${chunk.length.toString(16)}\r\n`),
      chunk,
      Buffer.from('\r\n'),
    ]).flat()
    // No last chunk: the body never ends, and the hub answers anyway.
    const answer = await rawExchange(hall.port, Buffer.concat([head, ...body]), 5000)
    expect(statusOf(answer)).toBe('413')
    expect(bodyOf(answer).error.data.messageKey).toBe('limits.bodyTooLarge')
    expect(bodyOf(answer).error.message).toBe('请求内容过大（最多 1 MB），未处理')
  })

  it("refuses a 50 MB body with 413 while another client's health calls are answered", async () => {
    const huge = sendHugeBody(50 * 1024 * 1024)
    const healths = Array.from({ length: 20 }, () => hall.health())
    const [refused, ...answers] = await Promise.all([huge, ...healths])
    expect(refused.status).toBe(413)
    expect(refused.body).toContain('limits.bodyTooLarge')
    expect(answers).toEqual(answers.map(() => ({ status: 200, ok: true })))
    expect(leaders()).toBe(0)
  })

  it('takes a body under the limit', async () => {
    const res = await post('leader.create', { name: '王建国', title: '县长' })
    expect(res.status).toBe(200)
    expect(leaders()).toBe(1)
  })

  it('refuses a batch of 1,000 calls with 400, and writes nothing', async () => {
    const before = leaders()
    const paths = Array.from({ length: 1000 }, () => 'leader.create').join(',')
    const inputs = Object.fromEntries(
      Array.from({ length: 1000 }, (_, i) => [String(i), { name: `领导${i}` }]),
    )
    const res = await post(`${paths}?batch=1`, inputs, { 'x-locale': 'en' })
    expect(res.status).toBe(400)
    const { error } = (await res.json()) as { error: { message: string; data: object } }
    expect(error.data).toMatchObject({ messageKey: 'limits.batchTooLong', httpStatus: 400 })
    expect(error.message).toBe('Too many calls in one batch (at most 50); nothing was done')
    // The same batch with its commas encoded: tRPC decodes the path before splitting it.
    const encoded = await post(`${paths.replaceAll(',', '%2C')}?batch=1`, inputs)
    expect(encoded.status).toBe(400)
    expect(leaders()).toBe(before)
  })

  it('answers a batch of 50 calls', async () => {
    const paths = Array.from({ length: LIMITS.httpBatchCalls }, () => 'system.health').join(',')
    const res = await fetch(`${hall.base}/trpc/${paths}?batch=1`, { headers: auth })
    expect(res.status).toBe(200)
    expect(((await res.json()) as unknown[]).length).toBe(LIMITS.httpBatchCalls)
  })
})

interface Opened {
  ws: WebSocket
  /** Every message the hub sent, parsed. */
  received: { id?: unknown; result?: { type?: string }; error?: unknown }[]
  closed: Promise<{ code: number; reason: string }>
}

async function openSocket(): Promise<Opened> {
  const ws = new WebSocket(`ws://127.0.0.1:${hall.port}/trpc`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  })
  const received: Opened['received'] = []
  ws.on('message', (data: Buffer) => {
    const text = data.toString()
    if (text !== 'PING' && text !== 'PONG') received.push(JSON.parse(text) as never)
  })
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  ws.on('error', () => undefined)
  await new Promise((resolve, reject) => {
    ws.once('open', resolve)
    ws.once('error', reject)
  })
  return { ws, received, closed }
}

const healthCall = (id: number) => ({ id, method: 'query', params: { path: 'system.health' } })
const subscribe = (id: number) => ({
  id,
  method: 'subscription',
  params: { path: 'events.changes', input: {} },
})
const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 10))
}

describe('WebSocket', () => {
  it('closes on a frame of 20,000 calls (over the frame size) and keeps serving', async () => {
    const { ws, received, closed } = await openSocket()
    ws.send(JSON.stringify(Array.from({ length: 20_000 }, (_, i) => healthCall(i + 1))))
    expect((await closed).code).toBe(1009)
    expect(received).toEqual([])
    expect(await hall.health()).toEqual({ status: 200, ok: true })
  })

  it('closes on a small frame of more calls than allowed, and handles none of them', async () => {
    const { ws, received, closed } = await openSocket()
    const calls = Array.from({ length: LIMITS.wsFrameCalls + 1 }, (_, i) => healthCall(i + 1))
    ws.send(JSON.stringify(calls))
    expect(await closed).toEqual({
      code: 1008,
      reason: `too many calls in one frame (at most ${LIMITS.wsFrameCalls})`,
    })
    expect(received).toEqual([])
    expect(await hall.health()).toEqual({ status: 200, ok: true })
  })

  it('answers a frame of as many calls as allowed', async () => {
    const { ws, received } = await openSocket()
    const calls = Array.from({ length: LIMITS.wsFrameCalls }, (_, i) => healthCall(i + 1))
    ws.send(JSON.stringify(calls))
    await until(() => received.length === LIMITS.wsFrameCalls)
    expect(received.every((m) => m.result?.type === 'data')).toBe(true)
    ws.close()
  })

  it('refuses one subscription too many by closing, after a stop has freed a place', async () => {
    const { ws, received, closed } = await openSocket()
    const max = LIMITS.wsSubscriptions
    ws.send(JSON.stringify(Array.from({ length: max }, (_, i) => subscribe(i + 1))))
    await until(() => received.filter((m) => m.result?.type === 'started').length === max)
    ws.send(JSON.stringify({ id: 1, method: 'subscription.stop' }))
    ws.send(JSON.stringify(subscribe(max + 1)))
    await until(() => received.some((m) => m.id === max + 1 && m.result?.type === 'started'))
    ws.send(JSON.stringify(subscribe(max + 2)))
    expect(await closed).toEqual({
      code: 1008,
      reason: `too many subscriptions (at most ${max})`,
    })
    expect(received.some((m) => m.id === max + 2)).toBe(false)
    expect(await hall.health()).toEqual({ status: 200, ok: true })
  })

  it('drops a client that never reads what it asked for', async () => {
    const log = vi.spyOn(console, 'error')
    const dropped = () => log.mock.calls.some(([line]) => /does not read/.test(String(line)))
    const { ws, closed } = await openSocket()
    // The client stops reading: what the hub sends piles up in the kernel, then in the hub.
    const socket = (ws as unknown as { _socket: { pause(): void; resume(): void } })._socket
    socket.pause()
    // Unknown procedures: the answer names the path, so each frame asks for about 2 MB.
    const path = 'x'.repeat(9000)
    const frame = JSON.stringify(
      Array.from({ length: LIMITS.wsFrameCalls }, (_, i) => ({
        id: i + 1,
        method: 'query',
        params: { path },
      })),
    )
    // Bounded far above what the kernel's buffers and the limit take together.
    for (let i = 0; i < 200 && !dropped(); i++) {
      ws.send(frame)
      expect(await hall.health()).toEqual({ status: 200, ok: true })
    }
    expect(dropped()).toBe(true)
    socket.resume()
    expect((await closed).code).toBe(1006)
    expect(await hall.health()).toEqual({ status: 200, ok: true })
  })
})
