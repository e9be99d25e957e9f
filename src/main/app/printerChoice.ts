// Silent printing's pure parts (no electron import): which routes may be printed, on which
// paper, to which printer. The choice of printer per paper is remembered in the user data
// folder (printers.json) and unit-tested here under plain Node.
import type { PaperKind, PrinterInfo, PrintRouteRequest } from '../../preload/api'

export const PRINTER_CHOICES_FILE = 'printers.json'
export const paperKinds: readonly PaperKind[] = ['a4', 'roll80']

/** The printer remembered for each paper (OS printer names). */
export type PrinterChoices = Partial<Record<PaperKind, string>>

const isPaper = (value: unknown): value is PaperKind =>
  typeof value === 'string' && (paperKinds as readonly string[]).includes(value)

/** printers.json as written by {@link serializePrinterChoices}; anything unreadable is no choice. */
export function parsePrinterChoices(text: string | null | undefined): PrinterChoices {
  if (!text) return {}
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return {}
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {}
  const choices: PrinterChoices = {}
  for (const [paper, name] of Object.entries(raw))
    if (isPaper(paper) && typeof name === 'string' && name.trim() !== '') choices[paper] = name
  return choices
}

export const serializePrinterChoices = (choices: PrinterChoices): string =>
  `${JSON.stringify(choices, null, 2)}\n`

export const withPrinterChoice = (
  choices: PrinterChoices,
  paper: PaperKind,
  name: string,
): PrinterChoices => ({ ...choices, [paper]: name })

/**
 * The printer for a paper: the one chosen for it while it is still installed. Otherwise null,
 * and the user is asked — never a guess, so an A4 slip never comes out of the receipt roll.
 */
export function pickPrinter(
  paper: PaperKind,
  choices: PrinterChoices,
  installed: readonly { name: string }[],
): string | null {
  const chosen = choices[paper]
  return chosen !== undefined && installed.some((p) => p.name === chosen) ? chosen : null
}

// The app's own print templates, and nothing else, may be loaded and printed by the main process.
const PRINT_ROUTE =
  /^\/print\/(?:receipt\/[1-9]\d{0,9}|announcement\/[1-9]\d{0,9}|case\/[1-9]\d{0,9}\/(?:slip|commitment|notice)|document\/[1-9]\d{0,9})$/

/** The paper a print route goes on: receipts on the 80 mm roll, documents on A4. */
export const paperOfRoute = (route: string): PaperKind =>
  route.startsWith('/print/receipt/') ? 'roll80' : 'a4'

/** Validates a renderer's request (IPC payloads are untrusted): a known route on its paper. */
export function parsePrintRequest(payload: unknown): PrintRouteRequest | null {
  if (typeof payload !== 'object' || payload === null) return null
  const { route, paper } = payload as Record<string, unknown>
  if (typeof route !== 'string' || !PRINT_ROUTE.test(route) || !isPaper(paper)) return null
  if (paperOfRoute(route) !== paper) return null
  return { route, paper }
}

/**
 * The hash the hidden print window loads: `?issue=1` makes a case document record the print
 * (and render the recorded snapshot) before it reports ready; it never calls window.print.
 */
export const silentPrintHash = (route: string): string => `${route}?issue=1`

const MICRONS_PER_CSS_PX = 25_400 / 96
/** The roll's width; its printable 72 mm are the receipt's own margins. */
export const ROLL80_WIDTH_MICRONS = 80_000
/** Spare paper below the receipt (as the receipt's @page rule adds) before the cut. */
const ROLL80_TAIL_MICRONS = 2_000
/** Never shorter than this, whatever was measured: Chromium refuses tiny custom sizes. */
const ROLL80_MIN_HEIGHT_MICRONS = 40_000
/** Not measured (0): long enough for a group with 5 representatives (ReceiptPage's fallback). */
const ROLL80_FALLBACK_HEIGHT_MICRONS = 160_000

/**
 * The page of an 80 mm receipt, in microns, for webContents.print: silent printing passes the
 * driver a page size, and a roll driver's default (often A4 or 297 mm) would feed blank paper
 * or cut the receipt, so its length is the receipt's measured height (CSS px) plus the tail.
 */
export function roll80PageSize(heightPx: number): { width: number; height: number } {
  const measured = Number.isFinite(heightPx) && heightPx > 0
  const height = measured
    ? Math.ceil(heightPx * MICRONS_PER_CSS_PX) + ROLL80_TAIL_MICRONS
    : ROLL80_FALLBACK_HEIGHT_MICRONS
  return { width: ROLL80_WIDTH_MICRONS, height: Math.max(height, ROLL80_MIN_HEIGHT_MICRONS) }
}

/**
 * Options of webContents.print: silent, to the chosen printer, the page size said explicitly:
 * A4 for documents, the measured roll for a receipt (`heightPx`, its laid-out height).
 */
export function silentPrintOptions(paper: PaperKind, deviceName: string, heightPx = 0) {
  return {
    silent: true,
    deviceName,
    printBackground: true,
    pageSize: paper === 'a4' ? ('A4' as const) : roll80PageSize(heightPx),
    ...(paper === 'roll80' ? { margins: { marginType: 'none' as const } } : {}),
  }
}

export const pdfOptions = { preferCSSPageSize: true, printBackground: true } as const

/** Electron's printer list as the renderer sees it; `isDefault` where the platform says so. */
export function toPrinterInfo(raw: {
  name: string
  displayName?: string
  options?: unknown
  isDefault?: unknown
}): PrinterInfo {
  const options = (
    typeof raw.options === 'object' && raw.options !== null ? raw.options : {}
  ) as Record<string, unknown>
  const isDefault =
    raw.isDefault === true ||
    options['is-default'] === 'true' ||
    options['printer-is-default'] === 'true'
  return { name: raw.name, displayName: raw.displayName || raw.name, isDefault }
}
