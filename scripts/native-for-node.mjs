#!/usr/bin/env node
// Makes sure node_modules/better-sqlite3 loads under the current Node (tests, `npm run hub`).
// If it does not (for instance someone rebuilt it in place for Electron), rebuilds it for Node.
// The Electron build lives elsewhere (.native/, see native-for-electron.mjs).
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const projectRoot = fileURLToPath(new URL('..', import.meta.url))
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

function loads() {
  const result = spawnSync(
    process.execPath,
    ['-e', "new (require('better-sqlite3'))(':memory:').close()"],
    { cwd: projectRoot, encoding: 'utf8' },
  )
  return { ok: result.status === 0, detail: (result.stderr || result.error?.message || '').trim() }
}

const first = loads()
if (first.ok) {
  console.log(`better-sqlite3 loads under Node ${process.version}.`)
  process.exit(0)
}

console.warn(`better-sqlite3 does not load under Node ${process.version}:`)
console.warn(first.detail.split('\n').slice(0, 5).join('\n'))
console.warn('Rebuilding it for this Node: npm rebuild better-sqlite3 …')
const rebuild = spawnSync(npm, ['rebuild', 'better-sqlite3'], {
  cwd: projectRoot,
  stdio: 'inherit',
  shell: process.platform === 'win32',
})

const second = loads()
if (rebuild.status === 0 && second.ok) {
  console.log(`better-sqlite3 rebuilt and loads under Node ${process.version}.`)
  process.exit(0)
}

console.error(
  [
    '',
    `ERROR: better-sqlite3 still does not load under Node ${process.version}.`,
    second.detail.split('\n').slice(0, 5).join('\n'),
    '`npm rebuild better-sqlite3` needs a C++ toolchain (python3, make, g++) or a downloadable',
    'prebuilt binary; install one and run `node scripts/native-for-node.mjs` again.',
  ].join('\n'),
)
process.exit(1)
