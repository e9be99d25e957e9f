// Second-screen windows: a leader's table screen or the hall board, full-screen on a chosen
// display, reopened on the same display after a restart and moved to the primary display while
// their own is unplugged (back again when it returns). The decisions are in screens.ts.
import fs from 'node:fs'
import path from 'node:path'
import { BrowserWindow, ipcMain, screen, type IpcMainInvokeEvent } from 'electron'
import { isAllowedNavigation } from './hardening'
import type { HubConnection } from './hubProcess'
import {
  chooseDisplay,
  displayChoices,
  displayForRequest,
  forgetScreen,
  OpenScreenRequest,
  parseScreensFile,
  placeScreens,
  rememberScreen,
  savedScreenOn,
  SCREEN_CHANNELS,
  screenKey,
  screenRoute,
  SCREENS_FILE_NAME,
  screenWindowOptions,
  type DisplayInfo,
  type SavedScreen,
  type ScreensFile,
} from './screens'
import { hubArguments } from './windowOptions'

export interface ScreenWindowsOptions {
  preloadPath: string
  title: string
  /** The address of a renderer route (the hub's page, or the dev server's). */
  pageUrl: (route: string) => string | undefined
  userDataDir: string
  allowedOrigins: readonly string[]
  connection: () => HubConnection | undefined
  /** Extra renderer switches (the platform info the board shows). */
  extraArguments?: readonly string[]
  /** Called with every screen window (shutdown.ts watches it for the session's end). */
  onWindow?: (window: BrowserWindow) => void
}

const displays = (): DisplayInfo[] =>
  screen.getAllDisplays().map((d) => ({ id: d.id, label: d.label, bounds: d.bounds }))

export class ScreenWindows {
  private readonly file: string
  private state: ScreensFile
  private readonly open = new Map<string, { window: BrowserWindow; displayId: number }>()
  private quitting = false

  constructor(private readonly options: ScreenWindowsOptions) {
    this.file = path.join(options.userDataDir, SCREENS_FILE_NAME)
    this.state = parseScreensFile(
      fs.existsSync(this.file) ? fs.readFileSync(this.file, 'utf8') : undefined,
    )
  }

  /** IPC for the desk, and display changes. Call once the app is ready. */
  register(): void {
    // Only the app's own top-level pages may ask (Electron security checklist).
    const fromApp = (event: IpcMainInvokeEvent) => {
      const frame = event.senderFrame
      return (
        frame !== null &&
        frame === event.sender.mainFrame &&
        isAllowedNavigation(frame.url, this.options.allowedOrigins)
      )
    }
    ipcMain.handle(SCREEN_CHANNELS.listDisplays, (event) => {
      if (!fromApp(event)) throw new Error('refused')
      return displayChoices(displays(), screen.getPrimaryDisplay().id)
    })
    ipcMain.handle(SCREEN_CHANNELS.open, (event, payload: unknown) => {
      if (!fromApp(event)) throw new Error('refused')
      const request = OpenScreenRequest.safeParse(payload)
      if (!request.success) throw new Error('invalid screen request')
      return this.openScreen(request.data)
    })
    const replace = () => this.replace()
    screen.on('display-removed', replace)
    screen.on('display-added', replace)
  }

  /** Reopens the screens that were open when the app last quit, each on its own display. */
  restore(): void {
    for (const saved of this.state.screens) this.show(saved, undefined)
  }

  /**
   * Windows closing because the app quits (or the desk was closed, or the Windows session
   * ends) stay remembered for the next start; only a screen the user closes while the app
   * goes on is forgotten.
   */
  markQuitting(): void {
    this.quitting = true
  }

  private openScreen(request: OpenScreenRequest): { displayId: number; label: string } {
    const key = screenKey(request)
    const saved = this.state.screens.find((s) => screenKey(s) === key)
    const display = displayForRequest(request, saved, displays(), screen.getPrimaryDisplay().id)
    if (!display) throw new Error('no display')
    const entry = savedScreenOn(request, display)
    this.state = rememberScreen(this.state, entry)
    this.save()
    this.show(entry, display)
    return { displayId: display.id, label: display.label }
  }

  /** Opens (or moves) the window of a screen onto its display. */
  private show(saved: SavedScreen, chosen: DisplayInfo | undefined): void {
    const connection = this.options.connection()
    if (!connection) return
    const key = screenKey(saved)
    const display = chosen ?? chooseDisplay(saved, displays(), screen.getPrimaryDisplay().id)
    if (!display) return
    const existing = this.open.get(key)
    if (existing) {
      this.moveTo(key, display)
      existing.window.focus()
      return
    }
    const window = new BrowserWindow(
      screenWindowOptions(this.options.preloadPath, this.options.title, display, [
        ...hubArguments(connection),
        ...(this.options.extraArguments ?? []),
      ]),
    )
    this.open.set(key, { window, displayId: display.id })
    this.options.onWindow?.(window)
    window.once('ready-to-show', () => window.show())
    window.on('closed', () => {
      this.open.delete(key)
      if (this.quitting) return
      // Closed by hand: not reopened at the next start.
      this.state = forgetScreen(this.state, key)
      this.save()
    })
    const url = this.options.pageUrl(screenRoute(saved))
    if (url !== undefined) void window.loadURL(url)
  }

  /** After a display change: every screen to where it belongs now. */
  private replace(): void {
    const current = new Map([...this.open].map(([key, { displayId }]) => [key, displayId]))
    const moves = placeScreens(
      this.state.screens,
      current,
      displays(),
      screen.getPrimaryDisplay().id,
    )
    for (const { key, display } of moves) this.moveTo(key, display)
  }

  private moveTo(key: string, display: DisplayInfo): void {
    const open = this.open.get(key)
    if (!open || open.window.isDestroyed()) return
    const { window } = open
    window.setFullScreen(false)
    window.setBounds(display.bounds)
    window.setFullScreen(true)
    open.displayId = display.id
  }

  private save(): void {
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true })
      const temporary = `${this.file}.tmp`
      fs.writeFileSync(temporary, JSON.stringify(this.state, null, 2))
      fs.renameSync(temporary, this.file)
    } catch (error) {
      console.warn(`[screens] could not remember the screens: ${String(error)}`)
    }
  }
}
