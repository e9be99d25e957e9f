import { describe, expect, it } from 'vitest'
import { isAllowedNavigation } from '../../../src/main/app/hardening'

const index = 'file:///opt/Reception%20Day/resources/app.asar/out/renderer/index.html'
const dev = 'http://localhost:5173'

describe('isAllowedNavigation', () => {
  it('allows the dev server origin, any path, query or hash', () => {
    expect(isAllowedNavigation('http://localhost:5173/', [dev])).toBe(true)
    expect(isAllowedNavigation('http://localhost:5173/#/desk', [dev])).toBe(true)
    expect(isAllowedNavigation('http://localhost:5173/index.html?x=1#/board', [dev])).toBe(true)
  })

  it('refuses another host, port or scheme than the allowed origin', () => {
    expect(isAllowedNavigation('http://localhost:5174/', [dev])).toBe(false)
    expect(isAllowedNavigation('http://127.0.0.1:5173/', [dev])).toBe(false)
    expect(isAllowedNavigation('https://localhost:5173/', [dev])).toBe(false)
    expect(isAllowedNavigation('http://localhost:5173.evil.com/', [dev])).toBe(false)
    expect(isAllowedNavigation('https://example.com/', [dev])).toBe(false)
  })

  it('allows exactly the built index.html with any hash route or query', () => {
    expect(isAllowedNavigation(index, [index])).toBe(true)
    expect(isAllowedNavigation(`${index}#/desk`, [index])).toBe(true)
    expect(isAllowedNavigation(`${index}?print=1#/print/receipt/3`, [index])).toBe(true)
  })

  it('refuses every other file', () => {
    expect(isAllowedNavigation('file:///etc/passwd', [index])).toBe(false)
    expect(
      isAllowedNavigation('file:///opt/Reception%20Day/resources/app.asar/out/renderer/x.html', [
        index,
      ]),
    ).toBe(false)
    expect(isAllowedNavigation('file:///opt/', [index])).toBe(false)
    // A file entry never lets other schemes through, and vice versa.
    expect(isAllowedNavigation('http://localhost:5173/', [index])).toBe(false)
    expect(isAllowedNavigation(index, [dev])).toBe(false)
  })

  it('refuses dangerous schemes and junk', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'blob:http://localhost:5173/uuid',
      'about:blank',
      'chrome://settings',
      'devtools://devtools/bundled/inspector.html',
      'ftp://localhost:5173/',
      'not a url',
      '',
    ]) {
      expect(isAllowedNavigation(url, [dev, index]), url).toBe(false)
    }
  })

  it('refuses URLs with credentials even on the allowed origin', () => {
    expect(isAllowedNavigation('http://user:pass@localhost:5173/', [dev])).toBe(false)
  })

  it('refuses everything when nothing is allowed, and ignores broken allow entries', () => {
    expect(isAllowedNavigation('http://localhost:5173/', [])).toBe(false)
    expect(isAllowedNavigation('http://localhost:5173/', ['not a url', 'javascript:x'])).toBe(false)
  })
})
