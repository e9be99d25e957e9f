import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  app,
  BrowserWindow,
  ipcMain,
  resetStandIn,
  standIn,
  WebContentsStandIn,
} from '../../support/electronStandIn'

vi.mock('electron', () => import('../../support/electronStandIn'))
const { ScreenWindows } = await import('../../../src/main/app/screenWindows')
const { registerShutdown } = await import('../../../src/main/app/shutdown')
const { rendererPageUrl } = await import('../../../src/main/app/windowOptions')

const HUB = 'http://127.0.0.1:17300'
const desk = { x: 0, y: 0, width: 1920, height: 1080 }
const hallDisplay = { x: 1920, y: 0, width: 1920, height: 1080 }

let dir: string
beforeEach(() => {
  resetStandIn()
  dir = mkdtempSync(join(tmpdir(), 'reception-day-screens-'))
  standIn.displays = [
    { id: 1, label: 'Desk monitor', bounds: desk },
    { id: 2, label: 'Hall TV', bounds: hallDisplay },
  ]
  standIn.primaryDisplayId = 1
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** The desktop app's wiring (src/main/app/index.ts) around a stand-in hub. */
function startShell() {
  const stopHub = vi.fn(() => Promise.resolve())
  const shutdown = registerShutdown({
    app,
    stopHub,
    keepScreens: () => screens.markQuitting(),
  })
  const screens = new ScreenWindows({
    preloadPath: '/app/out/preload/index.cjs',
    title: '接访日',
    pageUrl: (route) => rendererPageUrl(HUB, route),
    userDataDir: dir,
    allowedOrigins: [HUB],
    connection: () => ({ url: HUB, port: 17_300, token: 't0ken' }),
    extraArguments: ['--shell-display=x11', '--shell-speech=speech-dispatcher'],
    onWindow: (window) => shutdown.watchWindow(window),
  })
  screens.register()
  const deskWindow = new BrowserWindow({})
  void deskWindow.loadURL(rendererPageUrl(HUB, '/desk'))
  shutdown.watchWindow(deskWindow)
  return { screens, stopHub, deskWindow }
}

const remembered = () =>
  (JSON.parse(readFileSync(join(dir, 'screens.json'), 'utf8')) as { screens: unknown[] }).screens
const screenWindows = () => BrowserWindow.getAllWindows().filter((w) => w.options['fullscreen'])

async function openBoard(from: WebContentsStandIn) {
  return ipcMain.invoke('screens:open', from, { kind: 'board' })
}

describe('screen windows', () => {
  it('open on the second display, from the hub, with the platform info for the board', async () => {
    const { deskWindow } = startShell()
    await expect(openBoard(deskWindow.webContents)).resolves.toEqual({
      displayId: 2,
      label: 'Hall TV',
    })
    const [board] = screenWindows()
    expect(board?.bounds).toEqual(hallDisplay)
    expect(board?.webContents.getURL()).toBe(`${HUB}/#/board`)
    const args = (board?.options['webPreferences'] as { additionalArguments: string[] })
      .additionalArguments
    expect(args).toEqual([
      `--hub-url=${HUB}`,
      '--shell-display=x11',
      '--shell-speech=speech-dispatcher',
    ])
  })

  it('refuse a page that is not the app’s own', async () => {
    startShell()
    const stranger = new WebContentsStandIn()
    stranger.url = 'http://evil.example/'
    await expect(openBoard(stranger)).rejects.toThrow('refused')
    expect(screenWindows()).toHaveLength(0)
  })

  it('are forgotten when the user closes that screen and the app goes on', async () => {
    const { deskWindow } = startShell()
    await openBoard(deskWindow.webContents)
    await ipcMain.invoke('screens:open', deskWindow.webContents, { kind: 'leader', tableNo: 3 })
    expect(remembered()).toHaveLength(2)
    screenWindows()[0]?.close()
    expect(remembered()).toEqual([expect.objectContaining({ kind: 'leader', tableNo: 3 })])
  })

  it('are kept, and the hub stopped, when the Windows session ends', async () => {
    const first = startShell()
    await openBoard(first.deskWindow.webContents)
    // Shutdown or log-off: `session-end` on the windows, no before-quit / will-quit; then the
    // system ends the process and its windows go.
    first.deskWindow.emit('session-end', { reasons: ['shutdown'] })
    for (const window of BrowserWindow.getAllWindows()) window.destroy()
    expect(first.stopHub).toHaveBeenCalled()
    expect(remembered()).toEqual([expect.objectContaining({ kind: 'board', displayId: 2 })])

    // The next morning: the board comes back on the hall display.
    resetStandIn()
    standIn.displays = [
      { id: 1, label: 'Desk monitor', bounds: desk },
      { id: 2, label: 'Hall TV', bounds: hallDisplay },
    ]
    const next = startShell()
    next.screens.restore()
    const [board] = screenWindows()
    expect(board?.bounds).toEqual(hallDisplay)
    expect(board?.webContents.getURL()).toBe(`${HUB}/#/board`)
  })

  it('are kept when the app quits, which waits for the hub to stop', async () => {
    const { deskWindow, stopHub } = startShell()
    await openBoard(deskWindow.webContents)
    let release = () => {}
    stopHub.mockImplementation(() => new Promise<void>((resolve) => (release = resolve)))
    app.quit()
    expect(BrowserWindow.getAllWindows()).toHaveLength(0)
    expect(app.quitDone).toBe(false) // will-quit waits for the hub
    release()
    await vi.waitFor(() => expect(app.quitDone).toBe(true))
    expect(stopHub).toHaveBeenCalledTimes(1)
    expect(remembered()).toEqual([expect.objectContaining({ kind: 'board' })])
  })
})
