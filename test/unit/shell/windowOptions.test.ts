import { describe, expect, it } from 'vitest'
import {
  deskWindowOptions,
  hubArguments,
  rendererPageUrl,
  secureWebPreferences,
} from '../../../src/main/app/windowOptions'

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
  it('carries the hub address as --hub-url= and never the secret (a header: hubHeaders.ts)', () => {
    const args = hubArguments({ url: 'http://127.0.0.1:17300', token: 'abc_-9' })
    expect(args).toEqual(['--hub-url=http://127.0.0.1:17300'])
    expect(args.join(' ')).not.toContain('abc_-9')
  })
})

describe('rendererPageUrl', () => {
  it('puts the route in the hash of the base page, whatever path or query the base had', () => {
    expect(rendererPageUrl('http://127.0.0.1:17300', '/desk')).toBe('http://127.0.0.1:17300/#/desk')
    expect(rendererPageUrl('http://localhost:5173/x?y=1', '/board')).toBe(
      'http://localhost:5173/#/board',
    )
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
    for (const name of [
      'dataPaths.ts',
      'contentSecurityPolicy.ts',
      'linuxPlatform.ts',
      'shutdown.ts',
    ])
      expect(source(name), name).not.toMatch(/from 'electron'|require\('electron'\)/)
  })
})
