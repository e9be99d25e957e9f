import { describe, expect, it } from 'vitest'
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
  screenKey,
  screenRoute,
  screenWindowOptions,
  type DisplayInfo,
  type SavedScreen,
} from '../../../src/main/app/screens'

const desk: DisplayInfo = {
  id: 1,
  label: 'Built-in',
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
}
const table: DisplayInfo = {
  id: 2,
  label: 'DELL P2419H',
  bounds: { x: 1920, y: 0, width: 1280, height: 800 },
}
const hall: DisplayInfo = {
  id: 3,
  label: 'LG TV',
  bounds: { x: 3200, y: 0, width: 1920, height: 1080 },
}

const onTable: SavedScreen = savedScreenOn({ kind: 'leader', tableNo: 1 }, table)
const onHall: SavedScreen = savedScreenOn({ kind: 'board' }, hall)

describe('choosing the display of a screen', () => {
  it('takes the remembered display when it is connected', () => {
    expect(chooseDisplay(onTable, [desk, table, hall], 1)).toBe(table)
    expect(chooseDisplay(onHall, [hall, desk], 1)).toBe(hall)
  })

  it('finds the remembered monitor under a new id by its name and size, or its bounds', () => {
    const renumbered = { ...table, id: 7 }
    expect(chooseDisplay(onTable, [desk, renumbered], 1)).toBe(renumbered)
    const renamed = { ...table, id: 8, label: '' }
    expect(chooseDisplay(onTable, [desk, renamed], 1)).toBe(renamed)
    // Same name but another size is another monitor: back to the primary.
    const bigger = { ...table, id: 9, bounds: { ...table.bounds, width: 2560, height: 1440 } }
    expect(chooseDisplay(onTable, [desk, bigger], 1)).toBe(desk)
  })

  it('falls back to the primary display when the remembered one is unplugged', () => {
    expect(chooseDisplay(onTable, [desk, hall], 1)).toBe(desk)
    expect(chooseDisplay(onTable, [hall, desk], 1)).toBe(desk)
  })

  it('without a remembered display prefers a second screen over the desk’s', () => {
    expect(chooseDisplay(undefined, [desk, table], 1)).toBe(table)
    expect(chooseDisplay(undefined, [desk], 1)).toBe(desk)
    expect(chooseDisplay(undefined, [], 1)).toBeUndefined()
    // A primary id that is not listed: the first display.
    expect(chooseDisplay(onTable, [hall], 42)).toBe(hall)
  })

  it('honours the display the desk asked for, if it is there', () => {
    const ask = (displayId: number) =>
      displayForRequest({ kind: 'board', displayId }, onHall, [desk, table, hall], 1)
    expect(ask(2)).toBe(table)
    expect(ask(99)).toBe(hall)
  })
})

describe('moving screens when displays come and go', () => {
  it('moves a screen to the primary display when its own is removed, and back after', () => {
    const open = new Map([
      ['leader-1', 2],
      ['board', 3],
    ])
    const removed = placeScreens([onTable, onHall], open, [desk, hall], 1)
    expect(removed).toEqual([{ key: 'leader-1', display: desk }])

    const nowOpen = new Map([
      ['leader-1', 1],
      ['board', 3],
    ])
    const back = placeScreens([onTable, onHall], nowOpen, [desk, table, hall], 1)
    expect(back).toEqual([{ key: 'leader-1', display: table }])
    // Nothing to do when every screen is where it belongs, or for screens not open.
    expect(placeScreens([onTable, onHall], open, [desk, table, hall], 1)).toEqual([])
    expect(placeScreens([onTable], new Map(), [desk], 1)).toEqual([])
  })
})

describe('remembering screens across restarts', () => {
  it('keeps one entry per screen and survives a round trip through JSON', () => {
    let file = parseScreensFile(undefined)
    file = rememberScreen(file, onTable)
    file = rememberScreen(file, onHall)
    file = rememberScreen(file, { ...onTable, displayId: 1 })
    expect(file.screens.map(screenKey)).toEqual(['board', 'leader-1'])
    expect(parseScreensFile(JSON.stringify(file))).toEqual(file)
    expect(forgetScreen(file, 'board').screens.map(screenKey)).toEqual(['leader-1'])
  })

  it('treats a damaged or foreign file as no screens', () => {
    for (const text of [
      '',
      '{',
      '[]',
      '{"version":2,"screens":[]}',
      '{"version":1,"screens":[{"kind":"x"}]}',
    ])
      expect(parseScreensFile(text)).toEqual({ version: 1, screens: [] })
  })
})

describe('the desk’s request', () => {
  it('accepts a board or a leader screen with its table, and nothing else', () => {
    expect(OpenScreenRequest.safeParse({ kind: 'board' }).success).toBe(true)
    expect(OpenScreenRequest.safeParse({ kind: 'leader', tableNo: 3, displayId: 2 }).success).toBe(
      true,
    )
    for (const bad of [
      { kind: 'leader' },
      { kind: 'board', tableNo: 1 },
      { kind: 'leader', tableNo: 0 },
      { kind: 'leader', tableNo: 1.5 },
      { kind: 'settings' },
      { kind: 'board', url: 'https://example.com' },
      { kind: 'board', displayId: '2' },
      null,
      'board',
    ])
      expect(OpenScreenRequest.safeParse(bad).success, JSON.stringify(bad)).toBe(false)
  })

  it('maps screens to routes and keys', () => {
    expect(screenRoute({ kind: 'board' })).toBe('/board')
    expect(screenRoute({ kind: 'leader', tableNo: 12 })).toBe('/leader/12')
    expect(screenKey({ kind: 'leader', tableNo: 12 })).toBe('leader-12')
  })
})

describe('the screen window', () => {
  it('is full-screen on its display, locked down like the desk, and may speak unprompted', () => {
    const options = screenWindowOptions('/app/preload.cjs', '接访日', table, ['--hub-url=x'])
    expect(options).toMatchObject({
      x: 1920,
      y: 0,
      width: 1280,
      height: 800,
      fullscreen: true,
      autoHideMenuBar: true,
      show: false,
    })
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      autoplayPolicy: 'no-user-gesture-required',
      additionalArguments: ['--hub-url=x'],
    })
  })

  it('lists displays for the desk’s picker', () => {
    expect(displayChoices([desk, table], 1)).toEqual([
      { id: 1, label: 'Built-in', width: 1920, height: 1080, primary: true },
      { id: 2, label: 'DELL P2419H', width: 1280, height: 800, primary: false },
    ])
  })
})
