import Database from 'better-sqlite3'
import { sqliteOf } from '../../../src/main/store/openDatabase'
import { WebSocket } from 'ws'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CODE_LIFE_MS, CODE_TRIES, PairingCodes } from '../../../src/main/services/device'
import { hubUnderTest, TOKEN, type HubUnderTest } from './hubUnderTest'

// Pairing and revocation (issue 15) against a real hub on a real SQLite file: the admin offers
// a code, a device redeems it once for its own secret (a cookie for a browser, the body for a
// script), the hub keeps only its hash, the device's role is enforced over HTTP and WebSocket,
// and revoking it cuts its open WebSocket within a second and refuses its secret from then on.

let hall: HubUnderTest

beforeAll(async () => {
  hall = await hubUnderTest()
})
afterAll(async () => {
  await hall.stop()
})

type Json = Record<string, unknown>

async function call(
  secret: string,
  kind: 'query' | 'mutation',
  path: string,
  input?: unknown,
  locale = 'zh-CN',
): Promise<{ status: number; body: Json }> {
  const headers = { authorization: `Bearer ${secret}`, 'x-locale': locale }
  const json = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`
  const res =
    kind === 'query'
      ? await fetch(`${hall.base}/trpc/${path}${json}`, { headers })
      : await fetch(`${hall.base}/trpc/${path}`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(input),
        })
  return { status: res.status, body: (await res.json()) as Json }
}

const data = (reply: { body: Json }) => (reply.body['result'] as { data: Json }).data

async function offer(claim: Json): Promise<string> {
  const reply = await call(TOKEN, 'mutation', 'device.startPairing', claim)
  expect(reply.status).toBe(200)
  return data(reply)['code'] as string
}

const pair = (code: string, client: 'browser' | 'script' = 'script', from?: string) =>
  fetch(`${hall.base}/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(from ? { 'x-locale': from } : {}) },
    body: JSON.stringify({ code, client }),
  })

describe('pairing', () => {
  it('gives a script its own secret once, keeps only its hash, and enforces its role', async () => {
    const code = await offer({ name: '二号登记台', role: 'desk' })
    expect(code).toMatch(/^\d{6}$/)
    const res = await pair(code)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { secret: string; device: Json }
    expect(body.device).toMatchObject({ name: '二号登记台', role: 'desk', tableNo: null })
    expect(body.secret).toMatch(/^[A-Za-z0-9_-]{43}$/)
    // Single use.
    expect((await pair(code)).status).toBe(403)

    const me = await call(body.secret, 'query', 'device.me')
    expect(data(me)).toMatchObject({ name: '二号登记台', role: 'desk' })
    const refused = await call(body.secret, 'query', 'backup.list')
    expect(refused.status).toBe(403)
    expect((refused.body['error'] as Json)['message']).toBe(
      '本设备的角色（登记台）不能做此操作，未读取也未保存任何内容',
    )

    const db = new Database(sqliteOf(hall.hub.store).file, { readonly: true })
    const stored = db.prepare('SELECT * FROM device').all() as Json[]
    db.close()
    expect(JSON.stringify(stored)).not.toContain(body.secret)
    expect(stored.find((d) => d['name'] === '二号登记台')?.['secret_hash']).toMatch(
      /^[0-9a-f]{64}$/,
    )
  })

  it('sets an HttpOnly, SameSite=Strict cookie for a browser and never shows it the secret', async () => {
    const code = await offer({ name: '大厅显示屏', role: 'board' })
    const res = await pair(code, 'browser')
    expect(res.status).toBe(200)
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^reception-day-device=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict;/)
    const body = (await res.json()) as Json
    expect(body['secret']).toBeUndefined()
    const secret = /=([^;]+)/.exec(cookie)?.[1] ?? ''
    const me = await fetch(`${hall.base}/trpc/device.me`, {
      headers: { cookie: `reception-day-device=${secret}` },
    })
    expect(((await me.json()) as { result: { data: Json } }).result.data['role']).toBe('board')
  })
})

describe('pairing codes', () => {
  const claim = { name: '一号桌', role: 'leader' as const, tableNo: 1 }

  it('expire after a few minutes', () => {
    const codes = new PairingCodes()
    const { code } = codes.offer(claim, 0)
    expect(codes.redeem(code, 'a', CODE_LIFE_MS + 1)).toEqual({ ok: false, why: 'wrongCode' })
  })

  it('are single use', () => {
    const codes = new PairingCodes()
    const { code } = codes.offer(claim, 0)
    expect(codes.redeem(code, 'a', 1)).toEqual({ ok: true, claim })
    expect(codes.redeem(code, 'a', 2).ok).toBe(false)
  })

  it('are void after a few wrong tries from anywhere, and each address is limited', () => {
    const codes = new PairingCodes()
    const { code } = codes.offer(claim, 0)
    const wrong = code === '999999' ? '999998' : '999999'
    for (let i = 0; i < CODE_TRIES; i++) codes.redeem(wrong, `10.0.0.${i}`, 1)
    expect(codes.redeem(code, '10.0.1.1', 2).ok).toBe(false)

    const again = codes.offer(claim, 3)
    for (let i = 0; i < 4; i++) codes.redeem(wrong, '10.0.2.1', 4)
    const other = codes.offer(claim, 5)
    codes.redeem(wrong, '10.0.2.1', 6)
    expect(codes.redeem(again.code, '10.0.2.1', 7)).toEqual({ ok: false, why: 'tooManyTries' })
    expect(codes.redeem(other.code, '10.0.3.1', 8).ok).toBe(true)
  })
})

describe('revoking a device', () => {
  it('closes its open WebSocket within a second and refuses its secret', async () => {
    const res = await pair(await offer({ name: '四号接待桌', role: 'leader', tableNo: 4 }))
    const { secret, device } = (await res.json()) as { secret: string; device: { id: number } }
    const ws = new WebSocket(`ws://127.0.0.1:${hall.port}/trpc`, {
      headers: { authorization: `Bearer ${secret}` },
    })
    await new Promise((resolve, reject) => {
      ws.once('open', resolve)
      ws.once('error', reject)
    })
    const closed = new Promise<number>((resolve) => ws.once('close', () => resolve(Date.now())))
    const at = Date.now()
    const revoked = await call(TOKEN, 'mutation', 'device.revoke', { id: device.id })
    expect(data(revoked)['revokedAt']).toEqual(expect.any(String))
    expect((await closed) - at).toBeLessThan(1000)
    expect((await call(secret, 'query', 'device.me')).status).toBe(401)
    const again = new WebSocket(`ws://127.0.0.1:${hall.port}/trpc`, {
      headers: { authorization: `Bearer ${secret}` },
    })
    const status = await new Promise<number | undefined>((resolve) => {
      again.once('unexpected-response', (_req, answer) => resolve(answer.statusCode))
      again.once('open', () => resolve(101))
      again.once('error', () => resolve(undefined))
    })
    again.terminate()
    expect(status).toBe(401)
  })
})

// Last: it leaves this test's address rate-limited.
describe('wrong codes', () => {
  it('refuses wrong codes, in the caller’s language, and then everything from that address', async () => {
    const code = await offer({ name: '三号接待桌', role: 'leader', tableNo: 3 })
    const wrong = code === '000000' ? '000001' : '000000'
    const first = await pair(wrong, 'script', 'en')
    expect(first.status).toBe(403)
    expect(((await first.json()) as { error: Json }).error['message']).toBe(
      'Wrong or expired pairing code: make a new one on the admin PC',
    )
    for (let i = 1; i < 5; i++) await pair(wrong)
    // Five wrong codes from this address: even the right one is refused for a while.
    const limited = await pair(code)
    expect(limited.status).toBe(429)
  })
})
