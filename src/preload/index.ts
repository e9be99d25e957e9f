// Sandboxed preload (built as CommonJS: sandboxed preloads cannot be ES modules). It exposes
// named data and named functions only — never ipcRenderer. The hub connection arrives as
// renderer command-line switches set by the main process (webPreferences.additionalArguments,
// see app/index.ts); saving an export goes over one invoke channel, checked in the main process.
import { contextBridge, ipcRenderer } from 'electron'
import type {
  DisplayChoice,
  OpenScreenRequest,
  OpenedScreen,
  PaperKind,
  PrintRouteRequest,
  PrintRouteResult,
  PrinterInfo,
  ReceptionDayBridge,
  SaveExportRequest,
  SaveExportResult,
  ShellPlatform,
} from './api'

function switchValue(name: string): string | undefined {
  const prefix = `--${name}=`
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length)
}

const url = switchValue('hub-url')
/** What the main process chose (src/main/app/linuxPlatform.ts), for the board to say. */
const shell: ShellPlatform = {
  display: switchValue('shell-display') ?? 'native',
  speech: switchValue('shell-speech') ?? 'system',
}

if (url !== undefined && url !== '') {
  const bridge: ReceptionDayBridge = {
    hub: { url },
    platform: 'electron',
    shell,
    // Second screens: the channels of src/main/app/screens.ts (SCREEN_CHANNELS).
    screens: {
      listDisplays: () => ipcRenderer.invoke('screens:listDisplays') as Promise<DisplayChoice[]>,
      openScreen: (request: OpenScreenRequest) =>
        ipcRenderer.invoke('screens:open', {
          kind: request.kind,
          ...(request.tableNo !== undefined ? { tableNo: request.tableNo } : {}),
          ...(request.displayId !== undefined ? { displayId: request.displayId } : {}),
        }) as Promise<OpenedScreen>,
    },
    // A named function over one channel; ipcRenderer itself never reaches the page.
    saveExport: (request: SaveExportRequest): Promise<SaveExportResult> =>
      ipcRenderer.invoke('export:save', {
        url: String(request.url),
        fileName: String(request.fileName),
      }) as Promise<SaveExportResult>,
    // Silent printing: the channels of src/main/app/printing.ts (PRINTING_CHANNELS).
    printing: {
      printRoute: (request: PrintRouteRequest) =>
        ipcRenderer.invoke('printing:printRoute', {
          route: String(request.route),
          paper: String(request.paper),
        }) as Promise<PrintRouteResult>,
      listPrinters: () => ipcRenderer.invoke('printing:listPrinters') as Promise<PrinterInfo[]>,
      choosePrinter: (paper: PaperKind, name: string) =>
        ipcRenderer.invoke('printing:choosePrinter', String(paper), String(name)) as Promise<void>,
    },
  }
  contextBridge.exposeInMainWorld('receptionDay', bridge)
}
