import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'

// Runs after `npm run build` in `npm test`: the three bundles electron-vite must produce.
const out = (path: string) => fileURLToPath(new URL(`../../out/${path}`, import.meta.url))
const read = (path: string) => readFileSync(out(path), 'utf8')

test('the build produces the main, hub, preload and renderer bundles', () => {
  for (const file of ['main/index.js', 'main/hub.js', 'preload/index.cjs', 'renderer/index.html'])
    expect(existsSync(out(file)), `out/${file}`).toBe(true)

  // The renderer page loads only files that were built.
  const html = read('renderer/index.html')
  const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? '')
  expect(assets.some((a) => a.endsWith('.js'))).toBe(true)
  for (const asset of assets) expect(existsSync(out(`renderer/${asset}`)), asset).toBe(true)
})

test('the preload is CommonJS, as a sandboxed preload must be', () => {
  const preload = read('preload/index.cjs')
  expect(preload).toContain('require(')
  expect(preload).not.toMatch(/^\s*import[\s{*"']/m)
  expect(preload).not.toMatch(/^\s*export\s/m)
})

test('the hub bundle runs without Electron', () => {
  // hub.js and the chunks it imports: `node out/main/hub.js` has no Electron to import.
  const hub = read('main/hub.js')
  const chunks = [...hub.matchAll(/from "\.\/(chunks\/[^"]+)"/g)].map((m) => read(`main/${m[1]}`))
  for (const code of [hub, ...chunks]) {
    expect(code).not.toMatch(/from "electron"/)
    expect(code).not.toMatch(/require\("electron"\)/)
  }
  expect(read('main/index.js')).toMatch(/from "electron"/)
})
