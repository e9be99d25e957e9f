import { describe, expect, it } from 'vitest'
import {
  paperOfRoute,
  parsePrinterChoices,
  parsePrintRequest,
  pickPrinter,
  serializePrinterChoices,
  silentPrintHash,
  roll80PageSize,
  silentPrintOptions,
  toPrinterInfo,
  withPrinterChoice,
} from '../../../src/main/app/printerChoice'

const installed = [{ name: 'HP_LaserJet_A4' }, { name: 'XP-80C' }]

describe('the printer chosen per paper', () => {
  it('is the remembered one while it is installed; otherwise the user is asked', () => {
    const choices = { a4: 'HP_LaserJet_A4', roll80: 'XP-80C' }
    expect(pickPrinter('a4', choices, installed)).toBe('HP_LaserJet_A4')
    expect(pickPrinter('roll80', choices, installed)).toBe('XP-80C')
    expect(pickPrinter('a4', {}, installed)).toBeNull()
    // Never the other paper's printer, never a guess.
    expect(pickPrinter('a4', { roll80: 'XP-80C' }, installed)).toBeNull()
    // Removed from the PC (or renamed): ask again.
    expect(pickPrinter('roll80', choices, [{ name: 'HP_LaserJet_A4' }])).toBeNull()
  })

  it('is remembered in printers.json, one per paper, tolerating a damaged file', () => {
    const once = withPrinterChoice({}, 'a4', 'HP_LaserJet_A4')
    const twice = withPrinterChoice(once, 'roll80', 'XP-80C')
    const again = withPrinterChoice(twice, 'a4', 'Canon_A4')
    expect(parsePrinterChoices(serializePrinterChoices(again))).toEqual({
      a4: 'Canon_A4',
      roll80: 'XP-80C',
    })
    expect(parsePrinterChoices(null)).toEqual({})
    expect(parsePrinterChoices('{not json')).toEqual({})
    expect(parsePrinterChoices('["a4"]')).toEqual({})
    expect(parsePrinterChoices('{"a4": 3, "letter": "x", "roll80": " "}')).toEqual({})
  })
})

describe('what the main process agrees to print', () => {
  it('only the app’s own print templates, on their paper', () => {
    expect(parsePrintRequest({ route: '/print/case/12/slip', paper: 'a4' })).toEqual({
      route: '/print/case/12/slip',
      paper: 'a4',
    })
    expect(parsePrintRequest({ route: '/print/document/3', paper: 'a4' })).not.toBeNull()
    expect(parsePrintRequest({ route: '/print/receipt/7', paper: 'roll80' })).not.toBeNull()
    for (const bad of [
      { route: '/print/receipt/7', paper: 'a4' },
      { route: '/print/case/12/slip', paper: 'roll80' },
      { route: '/print/case/12/other', paper: 'a4' },
      { route: 'https://example.com/print/case/1/slip', paper: 'a4' },
      { route: '/print/case/0/slip', paper: 'a4' },
      { route: '/print/case/1/slip?x=1', paper: 'a4' },
      { route: '/desk', paper: 'a4' },
      { route: '/print/case/1/slip', paper: 'letter' },
      'route',
      null,
    ])
      expect(parsePrintRequest(bad)).toBeNull()
    expect(paperOfRoute('/print/receipt/1')).toBe('roll80')
    expect(paperOfRoute('/print/case/1/commitment')).toBe('a4')
  })

  it('loads the route recording the print, and prints silently to the chosen printer', () => {
    expect(silentPrintHash('/print/case/12/slip')).toBe('/print/case/12/slip?issue=1')
    expect(silentPrintOptions('a4', 'HP_LaserJet_A4')).toEqual({
      silent: true,
      deviceName: 'HP_LaserJet_A4',
      printBackground: true,
      pageSize: 'A4',
    })
    // The roll's length is said to the driver: the receipt's measured height (96 px/in).
    expect(silentPrintOptions('roll80', 'XP-80C', 960)).toEqual({
      silent: true,
      deviceName: 'XP-80C',
      printBackground: true,
      pageSize: { width: 80_000, height: 254_000 + 2_000 },
      margins: { marginType: 'none' },
    })
    // Unmeasured: the fallback length; a tiny measure: never below Chromium's minimum sizes.
    expect(roll80PageSize(0)).toEqual({ width: 80_000, height: 160_000 })
    expect(roll80PageSize(10).height).toBe(40_000)
  })

  it('lists printers with their display name and the default where the platform says', () => {
    expect(toPrinterInfo({ name: 'XP-80C', displayName: '', options: {} })).toEqual({
      name: 'XP-80C',
      displayName: 'XP-80C',
      isDefault: false,
    })
    expect(
      toPrinterInfo({ name: 'HP', displayName: 'HP LaserJet', options: { 'is-default': 'true' } }),
    ).toMatchObject({ displayName: 'HP LaserJet', isDefault: true })
  })
})
