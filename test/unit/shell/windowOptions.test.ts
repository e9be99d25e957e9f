import { describe, expect, it } from 'vitest'
import {
  contentSecurityPolicy,
  deskWindowOptions,
  hubArguments,
  secureWebPreferences,
} from '../../../src/main/app/windowOptions'

/** `a b; c d` → { a: ['b'], c: ['d'] } */
function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/)
      return [name, sources]
    }),
  )
}

describe('secureWebPreferences', () => {
  it('turns on every isolation and turns off every Node and insecure option', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs')
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
    })
    expect(prefs.additionalArguments).toEqual([])
  })

  it('passes extra renderer arguments through, copied', () => {
    const extra = ['--hub-url=http://127.0.0.1:17300']
    const prefs = secureWebPreferences('/p.cjs', extra)
    expect(prefs.additionalArguments).toEqual(extra)
    expect(prefs.additionalArguments).not.toBe(extra)
  })
})

describe('deskWindowOptions', () => {
  it('uses the secure preferences, the title, and shows only when ready', () => {
    const options = deskWindowOptions('/p.cjs', '接访日 Reception Day', ['--x=1'])
    expect(options.title).toBe('接访日 Reception Day')
    expect(options.show).toBe(false)
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs', ['--x=1']))
  })
})

describe('hubArguments', () => {
  it('carries url and token as --hub-url= and --hub-token= switches', () => {
    expect(hubArguments({ url: 'http://127.0.0.1:17300', token: 'abc_-9' })).toEqual([
      '--hub-url=http://127.0.0.1:17300',
      '--hub-token=abc_-9',
    ])
  })
})

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy('http://127.0.0.1:17300')
  const d = directives(csp)

  it('is strict: self only, no plugins, no base, no framing, no forms', () => {
    expect(d['default-src']).toEqual(["'self'"])
    expect(d['script-src']).toEqual(["'self'"])
    expect(d['object-src']).toEqual(["'none'"])
    expect(d['base-uri']).toEqual(["'none'"])
    expect(d['frame-ancestors']).toEqual(["'none'"])
    expect(d['form-action']).toEqual(["'none'"])
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).not.toContain('*')
  })

  it('allows inline styles (Mantine), data/blob images and data fonts', () => {
    expect(d['style-src']).toEqual(["'self'", "'unsafe-inline'"])
    expect(d['img-src']).toEqual(["'self'", 'data:', 'blob:'])
    expect(d['font-src']).toEqual(["'self'", 'data:'])
  })

  it('lets the page reach the hub over HTTP and WebSocket, nothing else', () => {
    expect(d['connect-src']).toEqual(["'self'", 'http://127.0.0.1:17300', 'ws://127.0.0.1:17300'])
  })

  it('uses wss for an https hub and normalises the origin', () => {
    const secure = directives(contentSecurityPolicy('https://Hall.local:8443/some/path?q=1'))
    expect(secure['connect-src']).toEqual([
      "'self'",
      'https://hall.local:8443',
      'wss://hall.local:8443',
    ])
  })

  it('rejects a hub origin that is not http(s) or would inject directives', () => {
    expect(() => contentSecurityPolicy('javascript:alert(1)')).toThrow()
    expect(() => contentSecurityPolicy("http://a; script-src 'unsafe-eval'")).toThrow()
    expect(() => contentSecurityPolicy('not a url')).toThrow()
  })

  it('relaxes scripts and sockets for the dev server only when asked', () => {
    const dev = directives(contentSecurityPolicy('http://127.0.0.1:17300', 'http://localhost:5173'))
    expect(dev['script-src']).toEqual(["'self'", 'http://localhost:5173', "'unsafe-inline'"])
    expect(dev['connect-src']).toEqual([
      "'self'",
      'http://127.0.0.1:17300',
      'ws://127.0.0.1:17300',
      'http://localhost:5173',
      'ws://localhost:5173',
    ])
    expect(d['script-src']).not.toContain("'unsafe-inline'")
  })
})

describe('pure shell modules', () => {
  it('import electron types only (dataPaths.ts not even those)', async () => {
    const { readFileSync } = await import('node:fs')
    const source = (name: string): string =>
      readFileSync(new URL(`../../../src/main/app/${name}`, import.meta.url), 'utf8')
    for (const name of ['windowOptions.ts', 'hardening.ts']) {
      const imports = source(name).match(/^import .* from 'electron'$/gm) ?? []
      expect(imports.length, name).toBeGreaterThan(0)
      for (const line of imports) expect(line, name).toMatch(/^import type /)
    }
    expect(source('dataPaths.ts')).not.toMatch(/from 'electron'|require\('electron'\)/)
  })
})
