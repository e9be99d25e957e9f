import type { AddressInfo } from 'node:net'
import { createServer, type ViteDevServer } from 'vite'
import config from '../../electron.vite.config'
import { parsePolicy } from '../../src/main/app/contentSecurityPolicy'
import { expect, test } from './support/hub'

// `npm run dev` serves the renderer from Vite's dev server into the Electron window. Electron
// cannot run here, so the same renderer config is served the same way (mode development, React
// refresh included) and Chromium opens the desk with the preload's bridge as the app gives it.
let server: ViteDevServer
let origin: string

test.beforeAll(async () => {
  const renderer = (config as { renderer: Record<string, unknown> }).renderer
  server = await createServer({
    ...renderer,
    configFile: false,
    mode: 'development',
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: true, hmr: true },
  })
  await server.listen()
  const address = server.httpServer?.address() as AddressInfo
  origin = `http://127.0.0.1:${address.port}`
})

test.afterAll(async () => {
  await server.close()
})

test('the dev renderer renders the desk under its dev policy', async ({ hub, page }) => {
  const problems: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|preamble/i.test(message.text())) problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  // What src/preload/index.ts exposes in the app: the hub's address and token.
  await page.addInitScript(
    ({ url, token }) => {
      Object.defineProperty(globalThis, 'receptionDay', {
        value: {
          hub: { url, token },
          platform: 'electron',
          shell: { display: 'x11', speech: 'off' },
        },
      })
    },
    { url: `http://127.0.0.1:${hub.port}`, token: hub.token },
  )
  await page.goto(`${origin}/#/desk`)
  await expect(page.getByRole('status').filter({ hasText: '已连接' })).toBeVisible()
  await expect(page.getByRole('banner')).toBeVisible()

  const policy = parsePolicy(
    (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ??
      '',
  )
  // React refresh's inline preamble is allowed, and so is the hub on its loopback port.
  expect(policy['script-src']).toEqual(["'self'", "'unsafe-inline'"])
  expect(policy['connect-src']).toContain('ws://127.0.0.1:*')
  expect(problems).toEqual([])
})
