import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

const check = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['scripts/check-electron.mjs'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  })

describe('scripts/check-electron.mjs (before npm start / npm run dev)', () => {
  it('stops with what is missing and how to get it, in Chinese and English', () => {
    const result = check({ ELECTRON_EXEC_PATH: '/nonexistent/electron' })
    expect(result.status).toBe(1)
    for (const text of [
      '缺少 Electron',
      'The Electron',
      'binary is missing',
      '/nonexistent/electron',
      'ELECTRON_MIRROR',
      'electron_config_cache',
      'node node_modules/electron/install.js',
      'ELECTRON_EXEC_PATH',
      'npm run hub',
      '浏览器',
    ])
      expect(result.stderr).toContain(text)
  })

  it('lets the start go on when the binary is there', () => {
    const result = check({ ELECTRON_EXEC_PATH: process.execPath })
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
  })
})
