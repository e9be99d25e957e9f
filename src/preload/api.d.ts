// What the preload exposes to the renderer (window.receptionDay). Only present inside the
// Electron app; a LAN browser has no bridge and finds the hub from the page's own URL.

export interface ReceptionDayHub {
  /** Base URL of the hall hub, e.g. http://127.0.0.1:17300 (WebSocket: same host, ws://). */
  url: string
  /** No secret here: the app's main process sends the hub's admin secret as a header of this
   * window's requests to the hub (src/main/app/hubHeaders.ts). */
  token?: never
}

/** The paper a document goes on; the app remembers one printer for each. */
export type PaperKind = 'a4' | 'roll80'

export interface PrinterInfo {
  name: string
  displayName: string
  isDefault: boolean
}

/** A print template route of the renderer, e.g. `/print/case/12/slip`. */
export interface PrintRouteRequest {
  route: string
  paper: PaperKind
}

export type PrintRouteResult =
  | { status: 'printed'; printer: string; documentId: number | null; pdfArchived: boolean }
  /** No printer chosen yet for this paper (or it is gone): choose one, then print again. */
  | { status: 'needs_printer'; paper: PaperKind; printers: PrinterInfo[] }
  | { status: 'failed'; message: string }

/** Silent printing of print routes (desktop app only). */
export interface PrintingBridge {
  printRoute(request: PrintRouteRequest): Promise<PrintRouteResult>
  listPrinters(): Promise<PrinterInfo[]>
  choosePrinter(paper: PaperKind, name: string): Promise<void>
}

/** A day's export to save: the hub's download URL (with the token) and the suggested name. */
export interface SaveExportRequest {
  url: string
  fileName: string
}

export interface SaveExportResult {
  /** False when the user cancelled the dialog. */
  saved: boolean
  filePath: string | null
}

/** A display the desk can put a second screen on. */
export interface DisplayChoice {
  id: number
  label: string
  width: number
  height: number
  primary: boolean
}

/** A leader's table screen or the hall board, on a display (default: remembered or second). */
export interface OpenScreenRequest {
  kind: 'leader' | 'board'
  tableNo?: number
  displayId?: number
}

export interface OpenedScreen {
  displayId: number
  label: string
}

/** Second-screen windows, full-screen on a chosen display (desktop app only). */
export interface ScreensBridge {
  listDisplays(): Promise<DisplayChoice[]>
  openScreen(request: OpenScreenRequest): Promise<OpenedScreen>
}

/** The display platform and speech switch the desktop app runs with (shown on the board). */
export interface ShellPlatform {
  /** 'x11' or 'wayland' on Linux, 'native' elsewhere. */
  display: string
  /** 'speech-dispatcher' or 'off' on Linux, 'system' elsewhere. */
  speech: string
}

export interface ReceptionDayBridge {
  hub: ReceptionDayHub
  platform: 'electron'
  shell: ShellPlatform
  /** Opens a leader screen or the board in its own window; absent in a LAN browser. */
  screens?: ScreensBridge
  /** Silent printing to the printer chosen per paper; absent in a LAN browser. */
  printing?: PrintingBridge
  /** Saves a hub download through the desktop's save dialog (reports page exports). */
  saveExport?: (request: SaveExportRequest) => Promise<SaveExportResult>
}

declare global {
  interface Window {
    receptionDay?: ReceptionDayBridge
  }
}
