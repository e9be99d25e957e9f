import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  hubUnderTest,
  INDEX_HTML,
  rawExchange,
  statusOf,
  TOKEN,
  type HubUnderTest,
} from './hubUnderTest'

// Requests a careless script or any web page on the hall PC can send (an <img> tag suffices
// for a path). Each used to be able to end the hub; each must get an answer, and the hub must
// answer `system.health` after it.

let hall: HubUnderTest
beforeAll(async () => {
  hall = await hubUnderTest()
})
afterAll(async () => {
  await hall.stop()
})

const UPGRADE =
  'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n' +
  'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n'
/** The fixed admin secret: a header only (a `?token=` in a URL counts for nothing). */
const AUTH = `Authorization: Bearer ${TOKEN}\r\n`
const get = (target: string, headers = 'Host: hub\r\n') =>
  `GET ${target} HTTP/1.1\r\n${headers}Connection: close\r\n\r\n`
const upgrade = (target: string, host = 'hub', auth = false) =>
  `GET ${target} HTTP/1.1\r\nHost: ${host}\r\n${auth ? AUTH : ''}${UPGRADE}\r\n`

interface Case {
  name: string
  send: string | Buffer
  /** The statuses that are a right answer. */
  status: string[]
}

const cases: Case[] = [
  // request lines
  { name: 'a path that is not UTF-8', send: get('/%FF'), status: ['404'] },
  { name: 'a NUL in the path', send: get('/%00'), status: ['404'] },
  { name: 'a lone % in the path', send: get('/%'), status: ['404'] },
  { name: 'a path of //[ (not a URL)', send: get('//['), status: ['404'] },
  {
    name: 'a path of //[ to the API',
    send: get(`//[/trpc`, `Host: hub\r\n${AUTH}`),
    status: ['404'],
  },
  { name: 'an asterisk target', send: get('*'), status: ['400'] },
  { name: 'an absolute target', send: get('http://elsewhere/index.html'), status: ['400'] },
  { name: 'a very long path', send: get(`/${'a'.repeat(8000)}`), status: ['404'] },
  {
    name: 'a path longer than the header limit',
    send: get(`/${'a'.repeat(20000)}`),
    status: ['431'],
  },
  { name: 'an encoded climb out', send: get('/..%2f..%2fsecret.txt'), status: ['404'] },
  { name: 'a plain climb out', send: get('/../../secret.txt'), status: ['404'] },
  { name: 'a climb out of assets', send: get('/assets/..%2F..%2Fsecret.txt'), status: ['404'] },
  { name: 'a prototype key as path', send: get('/__proto__'), status: ['404'] },
  { name: 'an unknown method', send: 'BREW / HTTP/1.1\r\nHost: hub\r\n\r\n', status: ['400'] },
  { name: 'not HTTP at all', send: '\u0000\u0001\u0002garbage\r\n\r\n', status: ['400'] },
  {
    name: 'an API path that is not UTF-8',
    send: get(`/trpc/%FF`, `Host: hub\r\n${AUTH}`),
    status: ['400', '404'],
  },
  {
    name: 'an API batch of broken names',
    send: get(`/trpc/%E0%A4%A,,?batch=1`, `Host: hub\r\n${AUTH}`),
    status: ['400', '404'],
  },
  {
    name: 'an export path that is not UTF-8',
    send: get(`/export/%FF`, `Host: hub\r\n${AUTH}`),
    status: ['404'],
  },
  {
    name: 'a query that is not UTF-8',
    send: get(`/trpc/queue.forTable?input=%FF`, `Host: hub\r\n${AUTH}`),
    status: ['400'],
  },
  {
    name: 'a token that is not UTF-8',
    send: get('/trpc/system.health?token=%FF%FE'),
    status: ['401'],
  },
  // headers
  {
    name: 'a Host of [',
    send: get(`/trpc/system.health`, `Host: [\r\n${AUTH}`),
    status: ['421'],
  },
  // Not one of the hub's own names (DNS rebinding): refused, whatever is asked.
  { name: 'a Host of [ for a file', send: get('/', 'Host: [\r\n'), status: ['421'] },
  {
    name: 'a write from a foreign page',
    send: `POST /trpc/leader.create HTTP/1.1\r\nHost: hub\r\n${AUTH}Origin: http://evil.example\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
    status: ['403'],
  },
  { name: 'a Host of another name', send: get('/', 'Host: evil.example\r\n'), status: ['421'] },
  {
    name: 'no Host at all',
    send: `GET /trpc/system.health HTTP/1.0\r\n${AUTH}\r\n`,
    status: ['421'],
  },
  {
    name: 'a huge header',
    send: get('/', `Host: hub\r\nX-Big: ${'b'.repeat(20000)}\r\n`),
    status: ['431'],
  },
  {
    name: 'two different content-lengths',
    send: `POST /trpc/leader.create HTTP/1.1\r\nHost: hub\r\n${AUTH}Content-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 40\r\n\r\n{}`,
    status: ['400'],
  },
  {
    name: 'a broken chunked body',
    send: `POST /trpc/leader.create HTTP/1.1\r\nHost: hub\r\n${AUTH}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
    status: ['400'],
  },
  {
    name: 'a body that is not UTF-8 JSON',
    send: Buffer.from(
      `POST /trpc/leader.create HTTP/1.1\r\nHost: hub\r\n${AUTH}Content-Type: application/json\r\nContent-Length: 4\r\nConnection: close\r\n\r\n\u00ff\u00fe{[`,
      'latin1',
    ),
    status: ['400'],
  },
  {
    name: 'a backwards range',
    send: get('/index.html', 'Host: hub\r\nRange: bytes=5-2\r\n'),
    status: ['200'],
  },
  {
    name: 'a range past the end',
    send: get('/index.html', 'Host: hub\r\nRange: bytes=900-\r\n'),
    status: ['200'],
  },
  {
    name: 'a bad Authorization',
    send: get('/trpc/system.health', 'Host: hub\r\nAuthorization: Bearer \u00ff\r\n'),
    status: ['401'],
  },
  // upgrades
  { name: 'an upgrade to //[', send: upgrade('//['), status: ['401'] },
  {
    name: 'an upgrade to a path that is not UTF-8',
    send: upgrade(`/%FF`, 'hub', true),
    status: ['401'],
  },
  {
    name: 'an upgrade with a Host of [',
    send: upgrade(`/trpc`, '[', true),
    status: ['403'],
  },
  {
    name: 'an upgrade addressed to another name',
    send: upgrade(`/trpc`, 'evil.example', true),
    status: ['403'],
  },
  {
    name: 'an upgrade from a foreign page',
    send: upgrade(`/trpc`, 'hub', true).replace(
      'Upgrade: websocket',
      'Origin: http://evil.example\r\nUpgrade: websocket',
    ),
    status: ['403'],
  },
  { name: 'an upgrade without the token', send: upgrade('/trpc'), status: ['401'] },
  // The token is a header only: in a URL (logged, kept in history, sent as a Referer) it opens
  // nothing.
  {
    name: 'the token in the URL of a call',
    send: get(`/trpc/system.health?token=${TOKEN}`),
    status: ['401'],
  },
  {
    name: 'the token in the URL of an upgrade',
    send: upgrade(`/trpc?token=${TOKEN}`),
    status: ['401'],
  },
  {
    name: 'an upgrade with a query that is not UTF-8',
    send: upgrade(`/trpc?connectionParams=%FF`, 'hub', true),
    status: ['101'],
  },
  {
    name: 'an upgrade without a key',
    send: `GET /trpc HTTP/1.1\r\nHost: hub\r\n${AUTH}Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n`,
    status: ['400'],
  },
  {
    name: 'an upgrade of an unknown version',
    send: upgrade(`/trpc`, 'hub', true).replace('Version: 13', 'Version: 99'),
    status: ['400', '426'],
  },
]

describe('a hostile request gets an answer and the hub keeps serving', () => {
  it('answers system.health to begin with', async () => {
    expect(await hall.health()).toEqual({ status: 200, ok: true })
  })

  it.each(cases)('$name', async ({ send, status }) => {
    const answer = await rawExchange(hall.port, send)
    expect(status).toContain(statusOf(answer))
    expect(await hall.health()).toEqual({ status: 200, ok: true })
  })

  it('survives a client that resets the connection in the middle of an upgrade', async () => {
    for (const send of [upgrade(`/trpc`, 'hub', true), upgrade('/trpc'), upgrade('//[')]) {
      await rawExchange(hall.port, send, 0)
    }
    expect(await hall.health()).toEqual({ status: 200, ok: true })
  })

  it('serves the renderer without the token, with its headers', async () => {
    const page = await fetch(`${hall.base}/`)
    expect(page.status).toBe(200)
    expect(await page.text()).toBe(INDEX_HTML)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(page.headers.get('cache-control')).toBe('no-cache')
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    const asset = await fetch(`${hall.base}/assets/app.js`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('cache-control')).toBe('public,max-age=3600')
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff')
    expect((await fetch(`${hall.base}/assets/missing.js`)).status).toBe(404)
  })

  it('guards the API and the exports with the token, as before', async () => {
    expect((await fetch(`${hall.base}/trpc/system.health`)).status).toBe(401)
    expect((await fetch(`${hall.base}/export/1.csv`)).status).toBe(401)
    expect((await fetch(`${hall.base}/export/1.csv?token=${TOKEN}`)).status).toBe(401)
    const headers = { authorization: `Bearer ${TOKEN}` }
    expect((await fetch(`${hall.base}/export/1.csv`, { headers })).status).toBe(404)
    expect((await fetch(`${hall.base}/`, { method: 'POST' })).status).toBe(405)
  })
})
