import type { TFunction } from 'i18next'
import type { IssuingBody } from '@shared/contract'
import { hallWallClock } from '@shared/time/hallClock'
import { hallClock } from '../../app/hallClock'

// Dates as Chinese documents write them: 2026年11月27日, 2026年11月27日 09:05 (months and
// days without leading zeros, times with them), through i18n so English reads naturally too.

const pad = (n: number) => String(n).padStart(2, '0')

/** `2026-11-27` → its parts, without going through a time zone. */
export function dateParts(isoDate: string) {
  const [y, m, d] = isoDate.split('-').map(Number)
  return { y: y ?? 0, m: m ?? 0, d: d ?? 0 }
}

/** 0 = Sunday … 6 = Saturday, of a calendar date. */
export function weekdayOf(isoDate: string): number {
  const { y, m, d } = dateParts(isoDate)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

/** 2026年11月27日 */
export const longDate = (t: TFunction, isoDate: string) => t('print.date', dateParts(isoDate))

/** 星期五 */
export const weekday = (t: TFunction, isoDate: string) => t(`plan.weekday.${weekdayOf(isoDate)}`)

/** 11月27日 */
export const shortDate = (t: TFunction, isoDate: string) => t('plan.shortDate', dateParts(isoDate))

/** An instant on the hall's wall clock (the hub's zone, never the browser's). */
function hallParts(timestamp: string) {
  const c = hallWallClock(hallClock, new Date(timestamp))
  return { y: c.y, m: c.m, d: c.d, hh: pad(c.hh), mm: pad(c.mm) }
}

/** An instant in the hall's time zone: 2026年11月27日 09:05 */
export const longDateTime = (t: TFunction, timestamp: string) =>
  t('print.dateTime', hallParts(timestamp))

/** 11月16日 14:02 */
export const shortDateTime = (t: TFunction, timestamp: string) =>
  t('plan.shortDateTime', hallParts(timestamp))

/**
 * Who issues and seals a case document, by the setting: the county's 信访局 or its joint
 * conference office, else (or without a county to name them by) the hall.
 */
export function issuerName(
  t: TFunction,
  doc: { issuingBody?: IssuingBody; hallName: string; countyName: string | null },
): string {
  if (doc.issuingBody && doc.issuingBody !== 'hall' && doc.countyName)
    return t(`casePrint.issuer.${doc.issuingBody}`, { county: doc.countyName })
  return hallDisplayName(t, doc)
}

/** The hall as documents name it: the settings' name, else one derived from the county. */
export function hallDisplayName(
  t: TFunction,
  hall: { hallName: string; countyName: string | null },
): string {
  if (hall.hallName) return hall.hallName
  if (hall.countyName) return t('print.hallOfCounty', { county: hall.countyName })
  return t('print.hallDefault')
}
