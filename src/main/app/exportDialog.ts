// The desktop app's save dialog for the reports page's exports: the renderer (file://) cannot
// download from the hub's origin, so it asks the main process, which shows the dialog, fetches
// the file from the hub and writes it. Pure checks first (unit-testable without Electron).
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, SaveDialogOptions } from 'electron'
import { isAllowedNavigation } from './hardening'

export const SAVE_EXPORT_CHANNEL = 'export:save'

export interface SaveExportRequest {
  url: string
  fileName: string
}

const EXPORT_PATH = /^\/export\/\d+(?:\.xlsx|\.csv|-detail\.csv)$/

/**
 * The request, if it is one the app makes: a download URL of the hub itself (same origin,
 * an /export/ path) and a bare file name; anything else is refused (undefined).
 */
export function parseSaveExportRequest(
  raw: unknown,
  hubUrl: string,
): SaveExportRequest | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  const { url, fileName } = raw as Record<string, unknown>
  if (typeof url !== 'string' || typeof fileName !== 'string') return undefined
  let target: URL
  let hub: URL
  try {
    target = new URL(url)
    hub = new URL(hubUrl)
  } catch {
    return undefined
  }
  if (target.origin !== hub.origin || !EXPORT_PATH.test(target.pathname)) return undefined
  const name = fileName.trim()
  if (
    name === '' ||
    name.length > 120 ||
    name !== path.basename(name) ||
    /[\\/:*?"<>|]/.test(name) ||
    [...name].some((ch) => ch.charCodeAt(0) < 0x20) ||
    !/\.(xlsx|csv)$/.test(name)
  )
    return undefined
  return { url: target.href, fileName: name }
}

export function saveDialogOptions(fileName: string, folder: string): SaveDialogOptions {
  const xlsx = fileName.endsWith('.xlsx')
  return {
    defaultPath: path.join(folder, fileName),
    filters: [
      xlsx
        ? { name: 'Excel 工作簿', extensions: ['xlsx'] }
        : { name: 'CSV（UTF-8）', extensions: ['csv'] },
    ],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
}

export interface ExportDialogDeps {
  ipcMain: IpcMain
  /** The hub's current base URL (it may change port after a restart). */
  hubUrl: () => string | undefined
  /** The hub's fixed admin secret, sent as a header with the download. */
  hubToken?: () => string | undefined
  allowedOrigins: readonly string[]
  windowOf: (event: IpcMainInvokeEvent) => BrowserWindow | null
  showSaveDialog: (
    window: BrowserWindow | null,
    options: SaveDialogOptions,
  ) => Promise<{ canceled: boolean; filePath?: string | undefined }>
  documentsFolder: () => string
}

/** Registers the one IPC handler: sender frame checked, payload validated, then the dialog. */
export function registerExportDialog(deps: ExportDialogDeps): void {
  deps.ipcMain.handle(SAVE_EXPORT_CHANNEL, async (event, raw: unknown) => {
    const frameUrl = event.senderFrame?.url ?? ''
    if (!isAllowedNavigation(frameUrl, deps.allowedOrigins))
      throw new Error('export:save refused: not the app’s own page')
    const hubUrl = deps.hubUrl()
    const request = hubUrl ? parseSaveExportRequest(raw, hubUrl) : undefined
    if (!request) throw new Error('export:save refused: not an export of the hall hub')
    const choice = await deps.showSaveDialog(
      deps.windowOf(event),
      saveDialogOptions(request.fileName, deps.documentsFolder()),
    )
    if (choice.canceled || !choice.filePath) return { saved: false, filePath: null }
    const token = deps.hubToken?.()
    const response = await fetch(request.url, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    })
    if (!response.ok)
      throw new Error(`the hub answered ${response.status}: ${await response.text()}`)
    await writeFile(choice.filePath, Buffer.from(await response.arrayBuffer()))
    return { saved: true, filePath: choice.filePath }
  })
}
