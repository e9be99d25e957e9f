#!/usr/bin/env node
// Before `npm start` / `npm run dev` build anything: is the Electron binary there? On office
// networks in China its download from GitHub usually fails during `npm install`, and
// electron-vite then ends, after the whole build, with a bare "Error: Electron uninstall".
// This says instead, in Chinese and English, what is missing and how to get it.
//
// electron-vite finds Electron as ELECTRON_EXEC_PATH, or node_modules/electron/path.txt naming
// a file under node_modules/electron/dist (written by electron's install.js); so does this.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

const require = createRequire(import.meta.url)

/** Where electron-vite would look, and whether the file is there. */
export function findElectron(env = process.env) {
  const execPath = env['ELECTRON_EXEC_PATH']
  if (execPath) return { file: execPath, found: fs.existsSync(execPath), via: 'ELECTRON_EXEC_PATH' }
  const moduleDir = path.dirname(require.resolve('electron/package.json'))
  const pathFile = path.join(moduleDir, 'path.txt')
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : ''
  const file = path.join(moduleDir, 'dist', relative || executableName(process.platform))
  return { file, found: relative !== '' && fs.existsSync(file), via: 'node_modules/electron' }
}

function executableName(platform) {
  if (platform === 'win32') return 'electron.exe'
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron'
  return 'electron'
}

function defaultCacheRoot() {
  if (process.platform === 'win32')
    return path.join(
      process.env['LOCALAPPDATA'] ?? path.join(os.homedir(), 'AppData', 'Local'),
      'electron',
      'Cache',
    )
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'electron')
  return path.join(process.env['XDG_CACHE_HOME'] ?? path.join(os.homedir(), '.cache'), 'electron')
}

export function missingElectronMessage(found) {
  const { version } = require('electron/package.json')
  const zip = `electron-v${version}-${process.platform}-${process.arch}.zip`
  const urlDir = `https://github.com/electron/electron/releases/download/v${version}`
  // @electron/get keeps a zip under the SHA-256 of its download URL's directory.
  const cacheDir = path.join(
    process.env['electron_config_cache'] ?? defaultCacheRoot(),
    createHash('sha256').update(urlDir).digest('hex'),
  )
  const setVar = (name, value) =>
    process.platform === 'win32' ? `$env:${name}="${value}";` : `${name}=${value}`
  return [
    '',
    `缺少 Electron ${version} 程序文件，桌面程序无法启动。`,
    `The Electron ${version} binary is missing: the desktop app cannot start.`,
    `  ${found.via === 'ELECTRON_EXEC_PATH' ? 'ELECTRON_EXEC_PATH = ' : ''}${found.file}`,
    '',
    '安装依赖时未能从 GitHub 下载（办公网络常见）。任选一种方法获取 / It was not downloaded',
    'from GitHub during npm install (common on office networks). Any one of these:',
    '',
    '1. 通过国内镜像下载 / Download through a mirror (ELECTRON_MIRROR):',
    `     ${setVar('ELECTRON_MIRROR', 'https://npmmirror.com/mirrors/electron/')} node node_modules/electron/install.js`,
    '',
    `2. 使用已拷贝来的 ${zip} / Use a copied ${zip}:`,
    '   放入此缓存目录后运行 / put it in this cache folder, then run:',
    `     ${cacheDir}`,
    '     node node_modules/electron/install.js',
    '   （electron_config_cache 可改变缓存根目录 / electron_config_cache moves the cache root）',
    '',
    '3. 使用已解压的 Electron / Use an unpacked Electron of the same version:',
    `   解压到 / unzip into node_modules/electron/dist 并写入 / and write "${executableName(process.platform)}"`,
    '   到 / to node_modules/electron/path.txt —— 或 / or set ELECTRON_EXEC_PATH to its executable.',
    '',
    '在此之前，可用浏览器使用同一程序 / Meanwhile the same app runs in a browser:',
    '     npm run hub',
    '   然后打开它打印的地址 / then open the address it prints (…/?token=…#/desk).',
    '',
  ].join('\n')
}

const found = findElectron()
if (!found.found) {
  console.error(missingElectronMessage(found))
  process.exit(1)
}
