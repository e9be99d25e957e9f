#!/usr/bin/env node
// Builds better-sqlite3 for the installed Electron into .native/electron-<version>/ — a separate
// copy, so node_modules/better-sqlite3 (the Node build used by tests and `npm run hub`) is never
// touched and `npm test` and `npm start` can alternate freely. The app's main process hands this
// file to the hub (RECEPTION_DAY_SQLITE_BINDING) when it runs unpackaged.
//
// Needs the internet (Electron headers, or a prebuilt binary) the first time for each Electron
// version; afterwards it is a no-op.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const projectRoot = fileURLToPath(new URL('..', import.meta.url))
const modules = path.join(projectRoot, 'node_modules')
const sourceDir = path.join(modules, 'better-sqlite3')
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'))

const electronVersion = readJson(path.join(modules, 'electron', 'package.json')).version
const targetDir = path.join(projectRoot, '.native', `electron-${electronVersion}`)
const target = path.join(targetDir, 'better_sqlite3.node')

if (fs.existsSync(target) && fs.statSync(target).size > 0) {
  console.log(
    `better-sqlite3 for Electron ${electronVersion}: ${path.relative(projectRoot, target)}`,
  )
  process.exit(0)
}

const sqliteVersion = readJson(path.join(sourceDir, 'package.json')).version
console.log(
  `Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.arch})…`,
)

const workRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'reception-day-native-'))
const workDir = path.join(workRoot, 'better-sqlite3')
// A clean copy of the package without its build/ folder (the Node build stays where it is).
fs.cpSync(sourceDir, workDir, {
  recursive: true,
  filter: (src) => path.relative(sourceDir, src) !== 'build',
})

const built = path.join(workDir, 'build', 'Release', 'better_sqlite3.node')

function run(label, args) {
  console.log(`> ${label}`)
  const result = spawnSync(process.execPath, args, { cwd: workDir, stdio: 'inherit' })
  return result.status === 0 && fs.existsSync(built)
}

function localBin(relative) {
  const file = path.join(modules, relative)
  return fs.existsSync(file) ? file : undefined
}

let ok = false
try {
  // 1. A prebuilt binary published by better-sqlite3 for this Electron (fast, no compiler).
  const prebuildInstall = localBin('prebuild-install/bin.js')
  if (prebuildInstall !== undefined) {
    ok = run('prebuild-install (prebuilt binary for Electron)', [
      prebuildInstall,
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
    ])
  }
  // 2. Compile against the Electron headers.
  if (!ok) {
    const nodeGyp = localBin('node-gyp/bin/node-gyp.js')
    const gypArgs = [
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
      // Electron headers in their own cache, never mixed up with Node's.
      `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
    ]
    if (nodeGyp !== undefined) {
      ok = run(`node-gyp ${gypArgs.join(' ')}`, [nodeGyp, ...gypArgs])
    } else {
      console.log(`> npx node-gyp ${gypArgs.join(' ')}`)
      const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
      const result = spawnSync(npx, ['node-gyp', ...gypArgs], {
        cwd: workDir,
        stdio: 'inherit',
        shell: process.platform === 'win32',
      })
      ok = result.status === 0 && fs.existsSync(built)
    }
  }
  if (ok) {
    fs.mkdirSync(targetDir, { recursive: true })
    const partial = `${target}.partial`
    fs.copyFileSync(built, partial)
    fs.renameSync(partial, target)
  }
} finally {
  fs.rmSync(workRoot, { recursive: true, force: true })
}

if (!ok) {
  console.error(
    [
      '',
      `ERROR: could not build better-sqlite3 for Electron ${electronVersion}.`,
      'This step needs the internet once per Electron version: either a prebuilt binary from',
      'GitHub (prebuild-install) or the Electron headers from https://electronjs.org/headers',
      '(node-gyp, which also needs python3 and a C++ compiler). Check the connection or proxy',
      '(HTTPS_PROXY / npm_config_proxy) and run `node scripts/native-for-electron.mjs` again.',
      'node_modules/better-sqlite3 (the Node build) was not touched.',
    ].join('\n'),
  )
  process.exit(1)
}

console.log(`better-sqlite3 for Electron ${electronVersion}: ${path.relative(projectRoot, target)}`)
