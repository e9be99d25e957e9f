import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

// The packaged app has no npm to set npm_package_version: the hub reports the version the
// desktop app hands it (RECEPTION_DAY_VERSION = app.getVersion(), src/main/app/hubProcess.ts).
test('the hub reports the version it is given, not npm’s', async () => {
  const out = process.env['RECEPTION_DAY_OUT'] ?? 'out'
  const db = join(mkdtempSync(join(tmpdir(), 'reception-day-version-')), 'hall.db')
  const env: Record<string, string | undefined> = { ...process.env, RECEPTION_DAY_VERSION: '9.8.7' }
  delete env['npm_package_version']
  const child = spawn(process.execPath, [`${out}/main/hub.js`, '--db', db, '--port', '0'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  try {
    const url = await new Promise<URL>((resolve, reject) => {
      let output = ''
      const onData = (chunk: Buffer) => {
        output += chunk.toString()
        const match = /Open: (http:\/\/\S+?)#/.exec(output)
        if (match?.[1]) resolve(new URL(match[1]))
      }
      child.stdout.on('data', onData)
      child.stderr.on('data', onData)
      child.once('exit', (code) => reject(new Error(`hub exited (${code}):\n${output}`)))
    })
    const token = url.searchParams.get('token') ?? ''
    const res = await fetch(`${url.origin}/trpc/system.health?input=%7B%7D`, {
      headers: { authorization: `Bearer ${token}` },
    })
    const body = (await res.json()) as { result?: { data: { version: string } } }
    expect(body.result?.data.version).toBe('9.8.7')
  } finally {
    child.kill('SIGTERM')
  }
})
