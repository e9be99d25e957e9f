import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnHub, type SpawnedHub } from '../../support/spawnHub'

// Item 7 of issue 15: `npm run hub` prints a first admin pairing code, not a master token in a
// URL, and no line of its log holds a secret — the fixed one, a paired device's, or one sent
// in a URL where it counts for nothing.

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url))
const TOKEN = 'fixed-admin-secret-never-printed'
const dir = mkdtempSync(join(tmpdir(), 'reception-day-hublog-'))
let hub: SpawnedHub

beforeAll(async () => {
  hub = await spawnHub({
    entry: ['--import', 'tsx', 'src/main/hub/index.ts'],
    dbFile: join(dir, 'hall.db'),
    token: TOKEN,
    cwd: projectRoot,
    env: { ...process.env, RECEPTION_DAY_SQLITE_BINDING: '' },
    timeoutMs: 30_000,
  })
}, 40_000)
afterAll(async () => {
  await hub.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe('the hub’s console', () => {
  it('prints the address with no secret and a code that pairs the first admin device', async () => {
    expect(hub.url).toBe(`${hub.origin}/`)
    expect(hub.output()).toMatch(/Pair the first admin device: code \d{6} \(5 minutes\)/)
    const res = await fetch(`${hub.origin}/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: hub.adminPairingCode, client: 'script' }),
    })
    const paired = (await res.json()) as { device: { role: string }; secret: string }
    expect(paired.device.role).toBe('admin')
    // The code is single use.
    const again = await fetch(`${hub.origin}/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: hub.adminPairingCode, client: 'script' }),
    })
    expect(again.status).toBe(403)

    // The device's secret works as a header; the fixed one in a URL opens nothing.
    const me = await fetch(`${hub.origin}/trpc/device.me`, {
      headers: { authorization: `Bearer ${paired.secret}` },
    })
    expect(me.status).toBe(200)
    expect((await fetch(`${hub.origin}/trpc/device.me?token=${TOKEN}`)).status).toBe(401)
    // A failing call is logged (its procedure and cause), without its input or headers.
    await fetch(`${hub.origin}/trpc/batch.get?input=%7B%22batchId%22%3A999%7D&token=${TOKEN}`, {
      headers: { authorization: `Bearer ${paired.secret}` },
    })
    await hub.stop()
    const log = hub.output()
    expect(log).toContain('Open: ')
    expect(log).not.toContain(TOKEN)
    expect(log).not.toContain(paired.secret)
  })
})
