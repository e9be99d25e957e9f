// Electron main process: windows, displays, printing, dialogs, and the hall hub's lifecycle.
// Everything else (the hall's work) lives in the hub, which runs in a utility process.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron'
import { defaultDatabasePath, PRODUCT_NAME, userDataDir } from './dataPaths'
import { registerExportDialog } from './exportDialog'
import { hardenSession, hardenWebContents } from './hardening'
import { DEFAULT_HUB_PORT, HubProcess, type HubConnection } from './hubProcess'
import { registerPrinting } from './printing'
import { ScreenWindows } from './screenWindows'
import { contentSecurityPolicy, deskWindowOptions, hubArguments } from './windowOptions'

const APP_TITLE = '接访日 Reception Day'

/** out/main, where electron-vite puts index.js and hub.js. */
const outMain = path.dirname(fileURLToPath(import.meta.url))
/** Built by electron-vite from src/preload/index.ts as CommonJS (electron.vite.config.ts). */
const preloadPath = path.join(outMain, '../preload/index.cjs')
const rendererIndex = path.join(outMain, '../renderer/index.html')
const hubScript = path.join(outMain, 'hub.js')

/** `--name value` or `--name=value` from the command line. */
function argValue(argv: readonly string[], name: string): string | undefined {
  for (const [i, arg] of argv.entries()) {
    if (arg === `--${name}`) return argv[i + 1]
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3)
  }
  return undefined
}

// The same user data folder (and so the same default database) as `npm run hub` computes with
// dataPaths.ts, whatever package.json's productName says. Must precede the single-instance lock.
app.setName(PRODUCT_NAME)
app.setPath('userData', userDataDir(process.platform, process.env, os.homedir()))

const dbArg = argValue(process.argv, 'db')
const dbPath =
  dbArg !== undefined && dbArg !== ''
    ? path.resolve(dbArg)
    : defaultDatabasePath(process.platform, process.env, os.homedir())

/**
 * better-sqlite3 compiled for this Electron. Unpackaged, it lives apart from the Node build in
 * node_modules (scripts/native-for-electron.mjs), so `npm test` and `npm start` can alternate.
 * Packaged, electron-builder rebuilt the module in place and no override is needed.
 */
function electronSqliteBinding(): string | undefined {
  if (app.isPackaged) return undefined
  const file = path.join(
    app.getAppPath(),
    '.native',
    `electron-${process.versions.electron}`,
    'better_sqlite3.node',
  )
  if (fs.existsSync(file)) return file
  console.warn(`[app] ${file} is missing: run \`node scripts/native-for-electron.mjs\``)
  return undefined
}

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
/** The app's own pages: the dev server's origin, or exactly the built index.html. */
const allowedOrigins = [
  devServerUrl !== undefined ? new URL(devServerUrl).origin : pathToFileURL(rendererIndex).href,
]
const devServerOrigin = devServerUrl !== undefined ? new URL(devServerUrl).origin : undefined
let csp = contentSecurityPolicy(`http://127.0.0.1:${DEFAULT_HUB_PORT}`, devServerOrigin)

const hostArg = argValue(process.argv, 'host')

const hub = new HubProcess({
  hubScript,
  dbPath,
  // `--host 0.0.0.0` opens the hub to LAN screens; by default it listens on loopback only.
  host: hostArg !== undefined && hostArg !== '' ? hostArg : undefined,
  sqliteBinding: electronSqliteBinding(),
  preferredPort: DEFAULT_HUB_PORT,
  onGiveUp: (message) => {
    dialog.showErrorBox(
      APP_TITLE,
      `接访服务已停止，请重新启动程序。\nThe hall hub stopped: ${message}`,
    )
    app.quit()
  },
})

let deskWindow: BrowserWindow | undefined

/**
 * The hub connection reaches the renderer as command-line switches of its process
 * (`additionalArguments`), read once by the preload. Chosen over an IPC `hub:connection`
 * handle because: the renderer gets plain synchronous data, matching `window.receptionDay.hub`
 * without an async handshake or a blocking sendSync; there is no IPC channel at all that a
 * frame could query, so nothing needs a sender-frame check; and the values never change while
 * the app runs (a restarted hub keeps its port and token). The cost: the token is visible in
 * the renderer's command line to local users of the PC — the same token LAN screens are given.
 */
function createDeskWindow(connection: HubConnection): BrowserWindow {
  const window = new BrowserWindow(
    deskWindowOptions(preloadPath, APP_TITLE, hubArguments(connection)),
  )
  window.once('ready-to-show', () => {
    window.show()
  })
  window.on('closed', () => {
    if (deskWindow === window) deskWindow = undefined
  })
  if (devServerUrl !== undefined) {
    const url = new URL(devServerUrl)
    url.hash = '/desk'
    void window.loadURL(url.href)
  } else {
    void window.loadFile(rendererIndex, { hash: '/desk' })
  }
  return window
}

let screens: ScreenWindows | undefined

function showDeskWindow(): void {
  const connection = hub.connection
  if (deskWindow !== undefined) {
    if (deskWindow.isMinimized()) deskWindow.restore()
    deskWindow.focus()
  } else if (connection !== undefined) {
    deskWindow = createDeskWindow(connection)
  }
}

async function main(): Promise<void> {
  await app.whenReady()
  hardenSession(session.defaultSession, () => csp)

  let connection: HubConnection
  try {
    connection = await hub.start()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    dialog.showErrorBox(APP_TITLE, `接访服务启动失败。\nThe hall hub could not start: ${message}`)
    app.quit()
    return
  }
  csp = contentSecurityPolicy(connection.url, devServerOrigin)
  // Silent printing of documents to the printer chosen per paper, PDFs archived with the case.
  registerPrinting({
    connection: () => hub.connection,
    preloadPath,
    devServerUrl,
    rendererIndex,
    userDataDir: app.getPath('userData'),
    allowedOrigins,
  })
  // The reports page's exports: a save dialog, the file fetched from the hub and written.
  registerExportDialog({
    ipcMain,
    hubUrl: () => hub.connection?.url,
    allowedOrigins,
    windowOf: (event) => BrowserWindow.fromWebContents(event.sender),
    showSaveDialog: (window, options) =>
      window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options),
    documentsFolder: () => app.getPath('documents'),
  })
  // Leader screens and the hall board on other displays, reopened where they were.
  screens = new ScreenWindows({
    preloadPath,
    title: APP_TITLE,
    rendererIndex,
    devServerUrl,
    userDataDir: app.getPath('userData'),
    allowedOrigins,
    connection: () => hub.connection,
  })
  screens.register()
  showDeskWindow()
  screens.restore()
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  // Every web contents (windows, print views) is hardened as it is created.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, allowedOrigins)
  })
  app.on('second-instance', showDeskWindow)
  app.on('activate', showDeskWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  let hubStopped = false
  // Screens closing because the app quits are reopened at the next start.
  app.on('before-quit', () => screens?.markQuitting())
  app.on('will-quit', (event) => {
    if (hubStopped) return
    event.preventDefault()
    void hub.stop().finally(() => {
      hubStopped = true
      app.quit()
    })
  })

  main().catch((error: unknown) => {
    console.error('[app] startup failed', error)
    app.quit()
  })
}
