// A stand-in for the `electron` module, for unit tests of the shell code under plain Node (the
// Electron binary cannot run in CI). It implements the small part of Electron 45's documented
// API the shell uses, with the documented behaviour:
// - app.quit(): emits `before-quit`, closes every window, then emits `will-quit`; either
//   event's preventDefault() stops the quit (docs: app, "Method: app.quit()").
// - BrowserWindow.close() emits `close` (preventable) then `closed`; destroy() emits only
//   `closed`; `session-end` is emitted on windows by the test (Windows only in Electron).
// - webContents.print(options, callback) calls back (success, failureReason).
// - utilityProcess.fork() returns a child emitting `message` and `exit` (code); kill()
//   ends it (emits `exit`); postMessage() delivers to the child (here: to `onMessage`).
// Use: vi.mock('electron', () => import('../../support/electronStandIn')).
import { EventEmitter } from 'node:events'
import { pathToFileURL } from 'node:url'

/** Electron's preventable event object. */
export class ElectronEvent {
  defaultPrevented = false
  preventDefault(): void {
    this.defaultPrevented = true
  }
}

interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** What the "page" in a window answers to executeJavaScript (set per test). */
export type PageScript = (code: string, contents: WebContentsStandIn) => unknown

export const standIn = {
  printers: [] as { name: string; displayName: string; options?: Record<string, string> }[],
  page: (() => undefined) as PageScript,
  printResult: { success: true, failureReason: '' },
  displays: [] as { id: number; label: string; bounds: Rect }[],
  primaryDisplayId: 1,
  exposed: {} as Record<string, unknown>,
  invoked: [] as { channel: string; args: unknown[] }[],
  forked: [] as UtilityProcessStandIn[],
  /** Called with every forked child: a test scripts the hub's behaviour here. */
  onFork: (() => undefined) as (child: UtilityProcessStandIn) => void,
}

let nextContentsId = 1

export class WebContentsStandIn extends EventEmitter {
  readonly id = nextContentsId++
  url = ''
  readonly printed: Record<string, unknown>[] = []
  /** The top frame: where the page is now (IPC handlers check `senderFrame.url`). */
  readonly mainFrame = Object.defineProperty({} as { readonly url: string }, 'url', {
    get: () => this.url,
    enumerable: true,
  })

  getURL(): string {
    return this.url
  }
  getPrintersAsync(): Promise<typeof standIn.printers> {
    return Promise.resolve(standIn.printers.map((p) => ({ ...p })))
  }
  executeJavaScript(code: string): Promise<unknown> {
    return Promise.resolve(standIn.page(code, this))
  }
  print(options: Record<string, unknown>, callback?: (ok: boolean, reason: string) => void): void {
    this.printed.push(options)
    const { success, failureReason } = standIn.printResult
    setImmediate(() => callback?.(success, failureReason))
  }
  printToPDF(): Promise<Buffer> {
    return Promise.resolve(Buffer.from('%PDF-1.4 stand-in'))
  }
  setWindowOpenHandler(): void {}
}

let nextWindowId = 1

export class BrowserWindow extends EventEmitter {
  static all: BrowserWindow[] = []
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.all.filter((w) => !w.destroyed)
  }
  static fromWebContents(contents: WebContentsStandIn): BrowserWindow | null {
    return BrowserWindow.all.find((w) => w.webContents === contents) ?? null
  }

  readonly id = nextWindowId++
  readonly webContents = new WebContentsStandIn()
  destroyed = false
  visible = false
  fullScreen: boolean
  bounds: Rect

  constructor(readonly options: Record<string, unknown> = {}) {
    super()
    this.fullScreen = options['fullscreen'] === true
    this.bounds = {
      x: Number(options['x'] ?? 0),
      y: Number(options['y'] ?? 0),
      width: Number(options['width'] ?? 800),
      height: Number(options['height'] ?? 600),
    }
    BrowserWindow.all.push(this)
  }

  loadURL(url: string): Promise<void> {
    this.webContents.url = url
    return Promise.resolve()
  }
  loadFile(file: string, options: { hash?: string } = {}): Promise<void> {
    const url = pathToFileURL(file)
    if (options.hash !== undefined) url.hash = options.hash
    return this.loadURL(url.href)
  }
  show(): void {
    this.visible = true
  }
  focus(): void {}
  isMinimized(): boolean {
    return false
  }
  restore(): void {}
  isDestroyed(): boolean {
    return this.destroyed
  }
  setBounds(bounds: Rect): void {
    this.bounds = { ...bounds }
  }
  setFullScreen(flag: boolean): void {
    this.fullScreen = flag
  }
  /** Like a click on the window's close button: `close` (preventable), then `closed`. */
  close(): void {
    if (this.destroyed) return
    const event = new ElectronEvent()
    this.emit('close', event)
    if (!event.defaultPrevented) this.destroy()
  }
  /** No `close` event; `closed` guaranteed. */
  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    this.emit('closed')
  }
}

class AppStandIn extends EventEmitter {
  isPackaged = false
  readonly switches: string[] = []
  relaunched: { args?: string[] } | undefined
  exitCode: number | undefined
  /** Set once a quit went through (no before-quit/will-quit prevented it). */
  quitDone = false
  readonly commandLine = {
    appendSwitch: (name: string, value?: string) => {
      this.switches.push(value === undefined ? name : `${name}=${value}`)
    },
  }
  getVersion(): string {
    return '4.5.6'
  }
  whenReady(): Promise<void> {
    return Promise.resolve()
  }
  quit(): void {
    const before = new ElectronEvent()
    this.emit('before-quit', before)
    if (before.defaultPrevented) return
    for (const window of BrowserWindow.getAllWindows()) window.close()
    if (BrowserWindow.getAllWindows().length > 0) return
    const will = new ElectronEvent()
    this.emit('will-quit', will)
    if (will.defaultPrevented) return
    this.quitDone = true
    this.emit('quit')
  }
  relaunch(options: { args?: string[] } = {}): void {
    this.relaunched = options
  }
  exit(code = 0): void {
    this.exitCode = code
  }
}

export const app = new AppStandIn()

export const screen = Object.assign(new EventEmitter(), {
  getAllDisplays: () => standIn.displays.map((d) => ({ ...d, bounds: { ...d.bounds } })),
  getPrimaryDisplay: () =>
    standIn.displays.find((d) => d.id === standIn.primaryDisplayId) ?? standIn.displays[0],
})

type Handler = (event: unknown, ...args: unknown[]) => unknown

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
    this.handlers.set(channel, handler)
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  },
  /** What ipcRenderer.invoke from `sender` would get (a rejection when the handler throws). */
  async invoke(channel: string, sender: WebContentsStandIn, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`no handler for ${channel}`)
    const event = { sender, senderFrame: sender.mainFrame }
    return await handler(event, ...args)
  },
}

export class UtilityProcessStandIn extends EventEmitter {
  pid: number | undefined
  readonly received: unknown[] = []
  killed = false
  /** The child's side of postMessage (the hub's parentPort). */
  onMessage: (message: unknown) => void = () => undefined

  constructor(
    readonly modulePath: string,
    readonly args: readonly string[],
    readonly options: { env?: Record<string, string | undefined> },
  ) {
    super()
    this.pid = 1000 + standIn.forked.length
  }
  postMessage(message: unknown): void {
    this.received.push(message)
    this.onMessage(message)
  }
  kill(): boolean {
    this.killed = true
    this.exit(null)
    return true
  }
  /** The child ends (test helper): `exit` with its code, pid gone. */
  exit(code: number | null): void {
    if (this.pid === undefined) return
    this.pid = undefined
    setImmediate(() => this.emit('exit', code))
  }
  /** The child says something to the main process (test helper). */
  say(message: unknown): void {
    setImmediate(() => this.emit('message', message))
  }
}

export const utilityProcess = {
  fork(
    modulePath: string,
    args: readonly string[] = [],
    options: { env?: Record<string, string | undefined> } = {},
  ): UtilityProcessStandIn {
    const child = new UtilityProcessStandIn(modulePath, args, options)
    standIn.forked.push(child)
    standIn.onFork(child)
    return child
  },
}

type PermissionRequestHandler = (
  contents: WebContentsStandIn,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl?: string },
) => void
type PermissionCheckHandler = (
  contents: WebContentsStandIn | null,
  permission: string,
  requestingOrigin: string,
  details: unknown,
) => boolean

export const session = {
  defaultSession: {
    requestHandler: undefined as PermissionRequestHandler | undefined,
    checkHandler: undefined as PermissionCheckHandler | undefined,
    deviceHandler: undefined as ((details: unknown) => boolean) | undefined,
    setPermissionRequestHandler(handler: PermissionRequestHandler) {
      this.requestHandler = handler
    },
    setPermissionCheckHandler(handler: PermissionCheckHandler) {
      this.checkHandler = handler
    },
    setDevicePermissionHandler(handler: (details: unknown) => boolean) {
      this.deviceHandler = handler
    },
  },
}

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    standIn.exposed[key] = api
  },
}

export const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    standIn.invoked.push({ channel, args })
    return Promise.resolve(undefined)
  },
}

export const dialog = {
  showErrorBox: (): void => undefined,
}

/** A fresh stand-in for each test. */
export function resetStandIn(): void {
  BrowserWindow.all = []
  app.removeAllListeners()
  app.quitDone = false
  app.switches.length = 0
  app.relaunched = undefined
  app.exitCode = undefined
  screen.removeAllListeners()
  ipcMain.handlers.clear()
  standIn.printers = []
  standIn.page = () => undefined
  standIn.printResult = { success: true, failureReason: '' }
  standIn.displays = []
  standIn.primaryDisplayId = 1
  standIn.exposed = {}
  standIn.invoked = []
  standIn.forked = []
  standIn.onFork = () => undefined
}
