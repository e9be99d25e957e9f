import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  BrowserWindow,
  ipcMain,
  resetStandIn,
  standIn,
  WebContentsStandIn,
} from '../../support/electronStandIn'

vi.mock('electron', () => import('../../support/electronStandIn'))
const { registerPrinting } = await import('../../../src/main/app/printing')
const { rendererPageUrl } = await import('../../../src/main/app/windowOptions')

const HUB = 'http://127.0.0.1:17300'
/** The receipt as laid out in the hidden window: 600 CSS px tall (158.75 mm). */
const RECEIPT_HEIGHT_PX = 600

let dir: string
let desk: WebContentsStandIn
beforeEach(() => {
  resetStandIn()
  dir = mkdtempSync(join(tmpdir(), 'reception-day-printing-'))
  standIn.printers = [
    { name: 'HP_LaserJet_A4', displayName: 'HP LaserJet' },
    { name: 'XP-80C', displayName: 'XP-80C' },
  ]
  // The print route's page: ready at once, a receipt of known height, no case document.
  standIn.page = (code) => {
    if (code.includes('data-print-ready')) return true
    if (code.includes('document.fonts')) return true
    if (code.includes('.receipt')) return RECEIPT_HEIGHT_PX
    if (code.includes('data-document-id')) return ''
    return null
  }
  registerPrinting({
    connection: () => ({ url: HUB, port: 17_300, token: 't0ken' }),
    preloadPath: '/app/out/preload/index.cjs',
    pageUrl: (route) => rendererPageUrl(HUB, route),
    userDataDir: dir,
    allowedOrigins: [HUB],
  })
  desk = new WebContentsStandIn()
  desk.url = `${HUB}/#/desk`
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const printReceipt = (from = desk) =>
  ipcMain.invoke('printing:printRoute', from, { route: '/print/receipt/7', paper: 'roll80' })
const printedBy = () => BrowserWindow.all.flatMap((w) => w.webContents.printed)

describe('silent printing', () => {
  it('asks for the 80 mm printer once, then prints receipts to it silently', async () => {
    await expect(printReceipt()).resolves.toMatchObject({
      status: 'needs_printer',
      paper: 'roll80',
    })
    expect(printedBy()).toEqual([])

    await ipcMain.invoke('printing:choosePrinter', desk, 'roll80', 'XP-80C')
    expect(JSON.parse(readFileSync(join(dir, 'printers.json'), 'utf8'))).toEqual({
      roll80: 'XP-80C',
    })
    await expect(printReceipt()).resolves.toEqual({
      status: 'printed',
      printer: 'XP-80C',
      documentId: null,
      pdfArchived: false,
    })
    const [options] = printedBy()
    expect(options).toMatchObject({ silent: true, deviceName: 'XP-80C' })
    // The roll's length said explicitly: 600 px × 25.4/96 mm = 158.75 mm, plus 2 mm of tail.
    expect(options?.['pageSize']).toEqual({ width: 80_000, height: 158_750 + 2_000 })
    // The hidden window loaded the receipt from the hub, recording the print.
    const [window] = BrowserWindow.all
    expect(window?.webContents.getURL()).toBe(`${HUB}/#/print/receipt/7?issue=1`)
    expect(window?.isDestroyed()).toBe(true)
  })

  it('puts A4 documents on the A4 printer, never on the roll', async () => {
    writeFileSync(join(dir, 'printers.json'), JSON.stringify({ roll80: 'XP-80C' }))
    const slip = { route: '/print/case/3/slip', paper: 'a4' }
    await expect(ipcMain.invoke('printing:printRoute', desk, slip)).resolves.toMatchObject({
      status: 'needs_printer',
      paper: 'a4',
    })
    await ipcMain.invoke('printing:choosePrinter', desk, 'a4', 'HP_LaserJet_A4')
    await ipcMain.invoke('printing:printRoute', desk, slip)
    expect(printedBy()).toEqual([
      expect.objectContaining({ deviceName: 'HP_LaserJet_A4', pageSize: 'A4', silent: true }),
    ])
  })

  it('reports a failed print and refuses pages and routes that are not the app’s', async () => {
    writeFileSync(join(dir, 'printers.json'), JSON.stringify({ roll80: 'XP-80C' }))
    standIn.printResult = { success: false, failureReason: 'Print job failed' }
    await expect(printReceipt()).resolves.toEqual({
      status: 'failed',
      message: 'Print job failed',
    })
    const stranger = new WebContentsStandIn()
    stranger.url = 'http://192.168.1.9:8080/'
    await expect(printReceipt(stranger)).rejects.toThrow('refused')
    await expect(
      ipcMain.invoke('printing:printRoute', desk, { route: '/settings', paper: 'a4' }),
    ).resolves.toMatchObject({ status: 'failed' })
    // A receipt is never sent to the A4 paper.
    await expect(
      ipcMain.invoke('printing:printRoute', desk, { route: '/print/receipt/7', paper: 'a4' }),
    ).resolves.toMatchObject({ status: 'failed' })
  })
})
