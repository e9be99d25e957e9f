// Silent printing of the renderer's print templates (Electron main process). A hidden window
// loads the route, which records the print with the hub and reports ready; the main process
// renders it to PDF (archived with the case through the hub), then prints it silently to the
// printer chosen for its paper. The pure parts are in printerChoice.ts.
import fs from 'node:fs'
import path from 'node:path'
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import type { PaperKind, PrinterInfo, PrintRouteResult } from '../../preload/api'
import { isAllowedNavigation } from './hardening'
import type { HubConnection } from './hubProcess'
import {
  paperKinds,
  parsePrinterChoices,
  parsePrintRequest,
  pdfOptions,
  pickPrinter,
  PRINTER_CHOICES_FILE,
  serializePrinterChoices,
  silentPrintHash,
  silentPrintOptions,
  toPrinterInfo,
  withPrinterChoice,
} from './printerChoice'
import { hubArguments, secureWebPreferences } from './windowOptions'

export const PRINTING_CHANNELS = {
  printRoute: 'printing:printRoute',
  listPrinters: 'printing:listPrinters',
  choosePrinter: 'printing:choosePrinter',
} as const

export interface PrintingOptions {
  connection: () => HubConnection | undefined
  preloadPath: string
  /** The address of a renderer route, as for the desk window (the hub's page, or dev's). */
  pageUrl: (route: string) => string | undefined
  userDataDir: string
  allowedOrigins: readonly string[]
}

const READY_TIMEOUT_MS = 20_000

function loadRoute(window: BrowserWindow, options: PrintingOptions, hash: string): Promise<void> {
  const url = options.pageUrl(hash)
  if (url === undefined) return Promise.reject(new Error('the hall hub is not running'))
  return window.loadURL(url)
}

/** The printed height of the receipt, in CSS px, as laid out in the hidden window. */
async function measuredHeightPx(contents: WebContents): Promise<number> {
  const height = (await contents.executeJavaScript(
    `document.querySelector('.receipt')?.getBoundingClientRect().height ?? 0`,
  )) as unknown
  return typeof height === 'number' && Number.isFinite(height) ? height : 0
}

async function listPrinters(contents: WebContents): Promise<PrinterInfo[]> {
  return (await contents.getPrintersAsync()).map((p) => toPrinterInfo(p))
}

/** Waits until the template says it is ready (data-print-ready) and its fonts are laid out. */
async function waitForReady(contents: WebContents): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    const ready = (await contents.executeJavaScript(
      `document.querySelector('[data-print-ready="true"]') !== null`,
    )) as boolean
    if (ready) {
      await contents.executeJavaScript('document.fonts.ready.then(() => true)')
      return
    }
    const failed = (await contents.executeJavaScript(
      `document.querySelector('.print-screen [role="alert"]')?.textContent ?? null`,
    )) as string | null
    if (failed) throw new Error(failed)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('the document did not get ready to print')
}

async function archivePdf(connection: HubConnection, documentId: number, pdf: Buffer) {
  const res = await fetch(`${connection.url}/trpc/case.attachPdf`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${connection.token}`,
      'content-type': 'application/json',
      'x-actor': 'desktop-app',
    },
    body: JSON.stringify({ documentId, pdfBase64: pdf.toString('base64') }),
  })
  return res.ok
}

function print(contents: WebContents, options: ReturnType<typeof silentPrintOptions>) {
  return new Promise<void>((resolve, reject) => {
    contents.print(options, (success, failureReason) => {
      if (success) resolve()
      else reject(new Error(failureReason || 'printing failed'))
    })
  })
}

export function registerPrinting(options: PrintingOptions): void {
  const file = path.join(options.userDataDir, PRINTER_CHOICES_FILE)
  const readChoices = () =>
    parsePrinterChoices(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null)
  // IPC handlers answer the app's own pages only (Electron security checklist).
  const fromApp = (event: IpcMainInvokeEvent) => {
    const url = event.senderFrame?.url
    return url !== undefined && isAllowedNavigation(url, options.allowedOrigins)
  }

  ipcMain.handle(PRINTING_CHANNELS.listPrinters, async (event) => {
    if (!fromApp(event)) throw new Error('refused')
    return listPrinters(event.sender)
  })

  ipcMain.handle(PRINTING_CHANNELS.choosePrinter, async (event, paper: unknown, name: unknown) => {
    if (!fromApp(event)) throw new Error('refused')
    if (!paperKinds.includes(paper as PaperKind) || typeof name !== 'string' || !name.trim())
      throw new Error('invalid printer choice')
    const installed = await listPrinters(event.sender)
    if (!installed.some((p) => p.name === name)) throw new Error('no such printer')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(
      file,
      serializePrinterChoices(withPrinterChoice(readChoices(), paper as PaperKind, name)),
    )
  })

  ipcMain.handle(
    PRINTING_CHANNELS.printRoute,
    async (event, payload: unknown): Promise<PrintRouteResult> => {
      if (!fromApp(event)) throw new Error('refused')
      const request = parsePrintRequest(payload)
      if (!request) return { status: 'failed', message: 'not a print route' }
      const connection = options.connection()
      if (!connection) return { status: 'failed', message: 'the hall hub is not running' }
      const installed = await listPrinters(event.sender)
      const printer = pickPrinter(request.paper, readChoices(), installed)
      if (printer === null)
        return { status: 'needs_printer', paper: request.paper, printers: installed }

      const window = new BrowserWindow({
        show: false,
        webPreferences: secureWebPreferences(options.preloadPath, hubArguments(connection)),
      })
      try {
        await loadRoute(window, options, silentPrintHash(request.route))
        await waitForReady(window.webContents)
        const id = (await window.webContents.executeJavaScript(
          `document.querySelector('[data-document-id]')?.getAttribute('data-document-id') ?? ''`,
        )) as string
        const documentId = /^\d+$/.test(id) ? Number(id) : null
        let pdfArchived = false
        if (documentId !== null) {
          const pdf = await window.webContents.printToPDF(pdfOptions)
          pdfArchived = await archivePdf(connection, documentId, pdf)
        }
        const heightPx = request.paper === 'roll80' ? await measuredHeightPx(window.webContents) : 0
        await print(window.webContents, silentPrintOptions(request.paper, printer, heightPx))
        return { status: 'printed', printer, documentId, pdfArchived }
      } catch (error) {
        return { status: 'failed', message: error instanceof Error ? error.message : String(error) }
      } finally {
        window.destroy()
      }
    },
  )
}
