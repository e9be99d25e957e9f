import type { IncomingMessage, ServerResponse } from 'node:http'
import { pickLocale } from '@shared/i18n'
import { DomainError } from '../services/core/domainError'
import { EXPORT_TYPES, exportDay, exportFileName, type ExportKind } from '../services/tally'
import type { HubShared } from './context'
import { translate } from '../services/core/translate'
import { exportRates, ratesFileName } from '../services/followUp'
import { assertInputInHall, hallOf } from '../services/core/hall'

export const EXPORT_PATH = '/export/'

const ROUTE = /^\/export\/(\d+)(\.xlsx|\.csv|-detail\.csv)$/
/** A month's three rates: `/export/rates-2026-07.xlsx`. */
const RATES_ROUTE = /^\/export\/rates-(20\d\d-(?:0[1-9]|1[0-2]))\.xlsx$/

const kinds: Record<string, Exclude<ExportKind, 'pdf'>> = {
  '.xlsx': 'xlsx',
  '.csv': 'csv',
  '-detail.csv': 'detail.csv',
}

/** `Content-Disposition` for a download with a Chinese name and an ASCII fallback (RFC 6266). */
export function attachment(name: string, ascii: string): string {
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

/**
 * A day's exports as browser downloads (the caller has shown the token):
 * `GET /export/<dayId>.xlsx`, `/export/<dayId>.csv` (figures), `/export/<dayId>-detail.csv`.
 */
export async function serveExport(
  shared: HubShared,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://hub').pathname
  const match = ROUTE.exec(path)
  const locale = pickLocale(req.headers['accept-language'])
  const fail = (status: number, message: string) => {
    res.writeHead(status, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
    })
    res.end(message)
  }
  const ratesMonth = RATES_ROUTE.exec(path)?.[1]
  if (ratesMonth) return serveRates(shared, req, res, ratesMonth, fail)
  if (!match?.[1] || !match[2]) return fail(404, 'Not found')
  const kind = kinds[match[2]]
  if (!kind) return fail(404, 'Not found')
  try {
    // Several halls on one server: another hall's day is one this hall does not have.
    await assertInputInHall(shared.services.db, hallOf(shared.services), 'export', {
      dayId: Number(match[1]),
    })
    const { date, body } = await exportDay(shared.services.db, Number(match[1]), kind, {
      now: shared.services.now(),
      timeZone: shared.services.timeZone,
    })
    const { name, ascii } = exportFileName(date, kind)
    res.writeHead(200, {
      'content-type': EXPORT_TYPES[kind],
      'content-length': body.length,
      'content-disposition': attachment(name, ascii),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  } catch (error) {
    if (error instanceof DomainError)
      return fail(
        error.kind === 'not_found' ? 404 : 409,
        translate(locale, error.key, error.params) ?? error.key,
      )
    console.error('[hub] export failed', error)
    fail(500, translate(locale, 'errors.internal') ?? 'Internal error')
  }
}

/** `GET /export/rates-<YYYY-MM>.xlsx`: a month's three rates (frozen once the month is closed). */
async function serveRates(
  shared: HubShared,
  req: IncomingMessage,
  res: ServerResponse,
  month: string,
  fail: (status: number, message: string) => void,
): Promise<void> {
  try {
    const { body } = await exportRates(shared.services, month)
    const { name, ascii } = ratesFileName(month)
    res.writeHead(200, {
      'content-type': EXPORT_TYPES.xlsx,
      'content-length': body.length,
      'content-disposition': attachment(name, ascii),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  } catch (error) {
    console.error('[hub] rates export failed', error)
    fail(500, 'Internal error')
  }
}
