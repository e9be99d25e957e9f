import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parsePolicy } from '../../src/main/app/contentSecurityPolicy'
import { expect, test } from './support/hub'

// The policy the built page actually carries (after `npx electron-vite build`), and that
// Chromium runs the app under it: served by the hub, as to the desktop app and LAN screens.
const out = process.env['RECEPTION_DAY_OUT'] ?? 'out'
const builtIndex = fileURLToPath(new URL(`../../${out}/renderer/index.html`, import.meta.url))

function builtPolicy(): { policy: string; html: string } {
  const html = readFileSync(builtIndex, 'utf8')
  const metas = [
    ...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi),
  ]
  expect(metas, 'exactly one CSP meta tag').toHaveLength(1)
  const policy = (metas[0]?.[1] ?? '').replaceAll('&#39;', "'").replaceAll('&quot;', '"')
  return { policy, html }
}

test('the built index.html carries the strict production policy, before any script', () => {
  const { policy, html } = builtPolicy()
  const d = parsePolicy(policy)
  expect(d['default-src']).toEqual(["'self'"])
  expect(d['script-src']).toEqual(["'self'"])
  // The page comes from the hub itself: the hub is 'self', and nothing else may be reached but
  // the ID-card reader's service on this PC's loopback.
  expect(d['connect-src']).toEqual(["'self'", 'ws://127.0.0.1:*', 'ws://localhost:*'])
  expect(d['object-src']).toEqual(["'none'"])
  expect(d['base-uri']).toEqual(["'none'"])
  expect(d['form-action']).toEqual(["'none'"])
  expect(d['style-src']).toEqual(["'self'", "'unsafe-inline'"])
  expect(d['img-src']).toEqual(["'self'", 'data:', 'blob:'])
  // Outside the reader's loopback sources, no wildcard, no other scheme or host.
  const others = policy.replace(/ ws:\/\/(127\.0\.0\.1|localhost):\*/g, '')
  expect(others).not.toMatch(/unsafe-eval|\*|ws:|http:|localhost|127\.0\.0\.1/)
  // The meta precedes every script, and the page has no inline script to allow.
  const head = html.slice(0, html.indexOf('</head>'))
  expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.indexOf('<script'))
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/)
})

test('the app runs under that policy in Chromium, served by the hub', async ({ hub, page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  page.on('pageerror', (error) => violations.push(error.message))
  await page.goto(hub.at('/desk'))
  // The hub's WebSocket is reached under connect-src 'self'.
  await expect(page.getByRole('status').filter({ hasText: '已连接' })).toBeVisible()
  const served =
    (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? ''
  expect(served).toBe(builtPolicy().policy)
  expect(violations).toEqual([])
})
