// Electron main process: windows, displays, printing, dialogs, and the hall hub's lifecycle.
// Everything else (the hall's work) lives in the hub, which runs in a utility process.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron'
import { isPostgresUrl } from '../store/databaseUrl'
import { defaultDatabasePath, PRODUCT_NAME, userDataDir } from './dataPaths'
import { registerExportDialog } from './exportDialog'
import { hardenSession, hardenWebContents } from './hardening'
import { DEFAULT_HUB_PORT, HubProcess, type HubConnection } from './hubProcess'
import { linuxLaunchPlan, shellInfoArguments, switchValue } from './linuxPlatform'
import { registerPrinting } from './printing'
import { ScreenWindows } from './screenWindows'
import { registerShutdown } from './shutdown'
import { FIRST_START_CHOICES, HALL_CONNECTION_FILE } from './hallConnection'
import { withHubAuthorization } from './hubHeaders'
import { CERT_FILE, fingerprintOfPem } from './certificatePin'
import { pinHallCertificate } from './pinning'
import { readStored, RemoteHub } from './remoteHub'
import { deskWindowOptions, hubArguments, rendererPageUrl } from './windowOptions'

const APP_TITLE = '接访日 Reception Day'

/** out/main, where electron-vite puts index.js and hub.js. */
const outMain = path.dirname(fileURLToPath(import.meta.url))
/** Built by electron-vite from src/preload/index.ts as CommonJS (electron.vite.config.ts). */
const preloadPath = path.join(outMain, '../preload/index.cjs')
const hubScript = path.join(outMain, 'hub.js')

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']

// Linux: X11 and speech-dispatcher unless told otherwise (linuxPlatform.ts). A start without
// --ozone-platform relaunches itself once with it: Chromium reads it before any JavaScript.
const platformPlan = linuxLaunchPlan(
  process.platform,
  process.argv,
  process.env,
  devServerUrl === undefined,
)
if (platformPlan.relaunchArgs !== undefined) {
  app.relaunch({
    args: platformPlan.relaunchArgs,
    ...(platformPlan.relaunchExecPath !== undefined
      ? { execPath: platformPlan.relaunchExecPath }
      : {}),
  })
  app.exit(0)
} else {
  for (const name of platformPlan.appendSwitches) app.commandLine.appendSwitch(name)
  startApp()
}

function startApp(): void {
  // The same user data folder (and so the same default database) as `npm run hub` computes
  // with dataPaths.ts, whatever package.json's productName says. Before the single-instance
  // lock.
  app.setName(PRODUCT_NAME)
  app.setPath('userData', userDataDir(process.platform, process.env, os.homedir()))
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  const shell = new DesktopShell()
  shell.run().catch((error: unknown) => {
    console.error('[app] startup failed', error)
    app.quit()
  })
}

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

class DesktopShell {
  private readonly hostArg = switchValue(process.argv, 'host')
  private readonly hallArg = switchValue(process.argv, 'hall')
  private hub: HubProcess | RemoteHub = new HubProcess({
    hubScript,
    dbPath: databasePath(),
    // `--host 0.0.0.0` opens the hub to LAN screens; by default it listens on loopback only.
    host: this.hostArg !== undefined && this.hostArg !== '' ? this.hostArg : undefined,
    // `--hall 330726` (or RECEPTION_DAY_HALL): the county hall served on a shared server.
    hall: this.hallArg !== undefined && this.hallArg !== '' ? this.hallArg : undefined,
    sqliteBinding: electronSqliteBinding(),
    preferredPort: DEFAULT_HUB_PORT,
    version: app.getVersion(),
    onGiveUp: (message) => {
      dialog.showErrorBox(
        APP_TITLE,
        `接访服务已停止，请重新启动程序。\nThe hall hub stopped: ${message}`,
      )
      app.quit()
    },
  })
  /** The app's own pages: the hub's origin once it runs (and the dev server's in dev). */
  private readonly allowedOrigins: string[] =
    devServerUrl !== undefined ? [new URL(devServerUrl).origin] : []
  private readonly rendererArguments = shellInfoArguments(platformPlan.info)
  private deskWindow: BrowserWindow | undefined
  private screens: ScreenWindows | undefined
  private readonly shutdown = registerShutdown({
    app,
    stopHub: () => this.hub.stop(),
    keepScreens: () => this.screens?.markQuitting(),
  })

  /** A renderer route's address: on the hub's own origin (or the dev server's). */
  private readonly pageUrl = (route: string): string | undefined => {
    const base = devServerUrl ?? this.hub.connection?.url
    return base === undefined ? undefined : rendererPageUrl(base, route)
  }

  async run(): Promise<void> {
    // Every web contents (windows, print views) is hardened as it is created.
    app.on('web-contents-created', (_event, contents) => {
      hardenWebContents(contents, this.allowedOrigins)
    })
    app.on('second-instance', () => this.showDeskWindow())
    app.on('activate', () => this.showDeskWindow())

    await app.whenReady()
    hardenSession(session.defaultSession, this.allowedOrigins)
    if (!(await this.chooseHallPart())) return
    let connection: HubConnection
    try {
      connection = await this.hub.start()
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      dialog.showErrorBox(APP_TITLE, `接访服务启动失败。\nThe hall hub could not start: ${message}`)
      app.quit()
      return
    }
    // The hub keeps its port across restarts, so its origin holds for this launch.
    this.allowedOrigins.push(new URL(connection.url).origin)
    // This PC's own hub over HTTPS (RECEPTION_DAY_HTTPS=1): its windows trust exactly the hall
    // certificate it made beside the database, as a client of another PC pins it.
    if (this.hub instanceof HubProcess && connection.url.startsWith('https:')) {
      const db = databasePath()
      const folder = path.dirname(
        isPostgresUrl(db) ? defaultDatabasePath(process.platform, process.env, os.homedir()) : db,
      )
      const pem = fs.readFileSync(path.join(folder, CERT_FILE), 'utf8')
      pinHallCertificate(session.defaultSession, {
        host: new URL(connection.url).host,
        fingerprint: fingerprintOfPem(pem),
      })
    }
    // The app's own windows are the hub's admin device: the secret goes as a header of their
    // requests to the hub (pages, API, WebSocket), never in a URL or to a page's script.
    session.defaultSession.webRequest.onBeforeSendHeaders((details, callback) => {
      const hub = this.hub.connection ?? connection
      callback({ requestHeaders: withHubAuthorization(hub.url, hub.token, details) })
    })
    const common = {
      preloadPath,
      pageUrl: this.pageUrl,
      userDataDir: app.getPath('userData'),
      allowedOrigins: this.allowedOrigins,
      connection: () => this.hub.connection,
    }
    // Silent printing of documents to the printer chosen per paper, PDFs archived with the case.
    registerPrinting(common)
    // The reports page's exports: a save dialog, the file fetched from the hub and written.
    registerExportDialog({
      ipcMain,
      hubUrl: () => this.hub.connection?.url,
      hubToken: () => this.hub.connection?.token,
      allowedOrigins: this.allowedOrigins,
      windowOf: (event) => BrowserWindow.fromWebContents(event.sender),
      showSaveDialog: (window, options) =>
        window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options),
      documentsFolder: () => app.getPath('documents'),
    })
    // Leader screens and the hall board on other displays, reopened where they were.
    this.screens = new ScreenWindows({
      ...common,
      title: APP_TITLE,
      extraArguments: this.rendererArguments,
      onWindow: (window) => this.shutdown.watchWindow(window),
    })
    this.screens.register()
    this.showDeskWindow()
    this.screens.restore()
  }

  /**
   * The first start's choice: this PC holds the hall's data (it runs the hub), or it connects
   * to the hall's hub on another PC, by the pairing address that hub's admin screen shows
   * (`--connect=<address>`), pinning its certificate (remoteHub.ts). Kept for later starts.
   * False when the app cannot go on (it quits).
   */
  private async chooseHallPart(): Promise<boolean> {
    const file = path.join(app.getPath('userData'), HALL_CONNECTION_FILE)
    const connect = switchValue(process.argv, 'connect')
    let mode = readStored(file)?.mode ?? (connect ? 'client' : undefined)
    if (mode === undefined) {
      const { response } = await dialog.showMessageBox({
        type: 'question',
        title: APP_TITLE,
        message: '本电脑在大厅中的用途 / This PC in the hall',
        buttons: FIRST_START_CHOICES.map((choice) => choice.label),
        defaultId: 0,
        cancelId: 0,
      })
      mode = FIRST_START_CHOICES[response]?.mode ?? 'hub'
      if (mode === 'hub') {
        fs.mkdirSync(path.dirname(file), { recursive: true })
        fs.writeFileSync(file, JSON.stringify({ mode: 'hub' }))
      }
    }
    if (mode === 'hub') return true
    if (readStored(file)?.mode !== 'client' && !connect) {
      dialog.showErrorBox(
        APP_TITLE,
        '请在大厅服务器的管理员屏幕上「添加设备」，再用它显示的配对地址启动本程序：--connect=<配对地址>\n' +
          'On the hall hub’s admin screen choose 添加设备, then start this app with --connect=<pairing address>.',
      )
      app.quit()
      return false
    }
    this.hub = new RemoteHub({ session: session.defaultSession, file, pairingAddress: connect })
    return true
  }

  private showDeskWindow(): void {
    const connection = this.hub.connection
    if (this.deskWindow !== undefined) {
      if (this.deskWindow.isMinimized()) this.deskWindow.restore()
      this.deskWindow.focus()
    } else if (connection !== undefined) {
      this.deskWindow = this.createDeskWindow(connection)
    }
  }

  /**
   * The hub connection reaches the renderer as command-line switches of its process
   * (`additionalArguments`), read once by the preload: plain synchronous data, no IPC channel a
   * frame could query, and the values never change while the app runs (a restarted hub keeps
   * its port and token). The admin secret is not passed: the main process adds it as a header
   * to the windows' requests to the hub (hubHeaders.ts).
   */
  private createDeskWindow(connection: HubConnection): BrowserWindow {
    const window = new BrowserWindow(
      deskWindowOptions(preloadPath, APP_TITLE, [
        ...hubArguments(connection),
        ...this.rendererArguments,
      ]),
    )
    this.shutdown.watchWindow(window)
    window.once('ready-to-show', () => window.show())
    window.on('closed', () => {
      if (this.deskWindow === window) this.deskWindow = undefined
      // Closing the desk ends the day: the screens close with the app and are reopened at
      // the next start (only a screen closed on its own is forgotten).
      app.quit()
    })
    const url = this.pageUrl('/desk')
    if (url !== undefined) void window.loadURL(url)
    return window
  }
}

/** `--db FILE|postgres://…`, else RECEPTION_DAY_DB, else the default file in userData. */
function databasePath(): string {
  const dbArg = switchValue(process.argv, 'db')
  const db = dbArg !== undefined && dbArg !== '' ? dbArg : process.env['RECEPTION_DAY_DB']
  if (db && isPostgresUrl(db)) return db
  return db ? path.resolve(db) : defaultDatabasePath(process.platform, process.env, os.homedir())
}
