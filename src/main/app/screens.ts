// Second screens of the desktop app (a leader's table screen or the hall board in a window of
// its own, full-screen on a chosen display): the pure parts — which display, what is
// remembered across restarts, the window's options and the IPC payload — testable under plain
// Node. Only electron *types* are imported; screenWindows.ts does the Electron work.
import type { BrowserWindowConstructorOptions } from 'electron'
import { z } from 'zod'
import { secureWebPreferences } from './windowOptions'

export const SCREEN_CHANNELS = {
  listDisplays: 'screens:listDisplays',
  open: 'screens:open',
} as const

export const ScreenKind = z.enum(['leader', 'board'])
export type ScreenKind = z.infer<typeof ScreenKind>

/** What the desk may ask for; anything else is refused before any window is touched. */
export const OpenScreenRequest = z
  .object({
    kind: ScreenKind,
    tableNo: z.number().int().min(1).max(99).optional(),
    displayId: z.number().int().safe().optional(),
  })
  .strict()
  .refine((r) => (r.kind === 'leader') === (r.tableNo !== undefined), {
    message: 'a leader screen needs its table, the board none',
  })
export type OpenScreenRequest = z.infer<typeof OpenScreenRequest>

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** What the shell needs of an Electron `Display`. */
export interface DisplayInfo {
  id: number
  label: string
  bounds: Rect
}

/** One screen window as remembered in screens.json. */
export interface SavedScreen {
  kind: ScreenKind
  tableNo?: number | undefined
  displayId: number
  /** Display ids may change across reboots on some systems; label and bounds help find it. */
  displayLabel: string
  displayBounds: Rect
}

const RectSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
})

const ScreensFileSchema = z.object({
  version: z.literal(1),
  screens: z.array(
    z.object({
      kind: ScreenKind,
      tableNo: z.number().int().min(1).max(99).optional(),
      displayId: z.number().int(),
      displayLabel: z.string(),
      displayBounds: RectSchema,
    }),
  ),
})
export type ScreensFile = z.infer<typeof ScreensFileSchema>

export const SCREENS_FILE_NAME = 'screens.json'
export const emptyScreensFile = (): ScreensFile => ({ version: 1, screens: [] })

/** The remembered screens; a missing, damaged or foreign file counts as none. */
export function parseScreensFile(text: string | undefined): ScreensFile {
  if (!text) return emptyScreensFile()
  try {
    const parsed = ScreensFileSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : emptyScreensFile()
  } catch {
    return emptyScreensFile()
  }
}

/** 'board' or 'leader-3': one window per board or table. */
export function screenKey(screen: { kind: ScreenKind; tableNo?: number | undefined }): string {
  return screen.kind === 'board' ? 'board' : `leader-${screen.tableNo ?? 0}`
}

/** The renderer route the window shows. */
export function screenRoute(screen: { kind: ScreenKind; tableNo?: number | undefined }): string {
  return screen.kind === 'board' ? '/board' : `/leader/${screen.tableNo ?? 0}`
}

export function rememberScreen(file: ScreensFile, screen: SavedScreen): ScreensFile {
  const key = screenKey(screen)
  return {
    version: 1,
    screens: [...file.screens.filter((s) => screenKey(s) !== key), screen],
  }
}

export function forgetScreen(file: ScreensFile, key: string): ScreensFile {
  return { version: 1, screens: file.screens.filter((s) => screenKey(s) !== key) }
}

const sameRect = (a: Rect, b: Rect) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height

/**
 * The display a screen goes on. The remembered display if it is connected (by id, else by its
 * label and size, else by its exact bounds — ids can change across reboots); otherwise the
 * primary display, where the desk is, so an unplugged monitor never takes a screen with it.
 * With nothing remembered, the first display that is not the primary (the second screen).
 */
export function chooseDisplay(
  saved: Pick<SavedScreen, 'displayId' | 'displayLabel' | 'displayBounds'> | undefined,
  displays: readonly DisplayInfo[],
  primaryId: number,
): DisplayInfo | undefined {
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0]
  if (!saved) return displays.find((d) => d.id !== primaryId) ?? primary
  return (
    displays.find((d) => d.id === saved.displayId) ??
    displays.find(
      (d) =>
        saved.displayLabel !== '' &&
        d.label === saved.displayLabel &&
        d.bounds.width === saved.displayBounds.width &&
        d.bounds.height === saved.displayBounds.height,
    ) ??
    displays.find((d) => sameRect(d.bounds, saved.displayBounds)) ??
    primary
  )
}

/** The display the desk asked for, if it is connected; else the usual choice. */
export function displayForRequest(
  request: OpenScreenRequest,
  saved: SavedScreen | undefined,
  displays: readonly DisplayInfo[],
  primaryId: number,
): DisplayInfo | undefined {
  const asked = displays.find((d) => d.id === request.displayId)
  return asked ?? chooseDisplay(saved, displays, primaryId)
}

/**
 * Where each remembered screen belongs now that the displays changed: moved to the primary
 * display when its own was unplugged, and back to its own when it returns. Only moves are
 * listed (`current`: the display each window is on now).
 */
export function placeScreens(
  screens: readonly SavedScreen[],
  current: ReadonlyMap<string, number>,
  displays: readonly DisplayInfo[],
  primaryId: number,
): { key: string; display: DisplayInfo }[] {
  const moves: { key: string; display: DisplayInfo }[] = []
  for (const screen of screens) {
    const key = screenKey(screen)
    const now = current.get(key)
    if (now === undefined) continue
    const target = chooseDisplay(screen, displays, primaryId)
    if (target && target.id !== now) moves.push({ key, display: target })
  }
  return moves
}

/** What the desk's display picker lists. */
export interface DisplayChoice {
  id: number
  label: string
  width: number
  height: number
  primary: boolean
}

export function displayChoices(
  displays: readonly DisplayInfo[],
  primaryId: number,
): DisplayChoice[] {
  return displays.map((d) => ({
    id: d.id,
    label: d.label,
    width: d.bounds.width,
    height: d.bounds.height,
    primary: d.id === primaryId,
  }))
}

export function savedScreenOn(request: OpenScreenRequest, display: DisplayInfo): SavedScreen {
  return {
    kind: request.kind,
    ...(request.tableNo !== undefined ? { tableNo: request.tableNo } : {}),
    displayId: display.id,
    displayLabel: display.label,
    displayBounds: { ...display.bounds },
  }
}

/**
 * A screen window: placed on its display, full-screen, no menu, the same locked-down web
 * preferences as the desk. The board may speak without a click first (it has no keyboard).
 */
export function screenWindowOptions(
  preloadPath: string,
  title: string,
  display: DisplayInfo,
  extraArguments: readonly string[] = [],
): BrowserWindowConstructorOptions {
  return {
    title,
    x: display.bounds.x,
    y: display.bounds.y,
    width: display.bounds.width,
    height: display.bounds.height,
    fullscreen: true,
    autoHideMenuBar: true,
    show: false,
    backgroundColor: '#0b1f3a',
    webPreferences: {
      ...secureWebPreferences(preloadPath, extraArguments),
      autoplayPolicy: 'no-user-gesture-required',
    },
  }
}
