import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { spawnHub } from '../support/spawnHub'

// The packaged app has no npm to set npm_package_version: the hub reports the version the
// desktop app hands it (RECEPTION_DAY_VERSION = app.getVersion(), src/main/app/hubProcess.ts).
test('the hub reports the version it is given, not npm’s', async () => {
  const dbFile = join(mkdtempSync(join(tmpdir(), 'reception-day-version-')), 'hall.db')
  const env: Record<string, string | undefined> = { ...process.env, RECEPTION_DAY_VERSION: '9.8.7' }
  delete env['npm_package_version']
  const hub = await spawnHub({ dbFile, env })
  try {
    const res = await fetch(`${hub.origin}/trpc/system.health?input=%7B%7D`, {
      headers: { authorization: `Bearer ${hub.token}` },
    })
    const body = (await res.json()) as { result?: { data: { version: string } } }
    expect(body.result?.data.version).toBe('9.8.7')
  } finally {
    await hub.stop()
  }
})
