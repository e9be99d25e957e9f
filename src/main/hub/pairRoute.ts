import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { pickLocale } from '@shared/i18n'
import { pairDevice } from '../services/device/devices'
import { readBody } from './body'
import type { HubShared } from './context'
import { DEVICE_COOKIE, remoteAddress } from './deviceAuth'
import type { HubDevices } from './deviceSockets'
import { translate } from '../services/core/translate'

export const PAIR_PATH = '/pair'

const PairRequest = z.object({
  code: z.string().regex(/^\d{6}$/),
  /** 'browser' (default): the secret goes in an HttpOnly cookie, never to the page's script.
   * 'script': the secret comes back in the body once, for a header (scripts, the desktop app). */
  client: z.enum(['browser', 'script']).default('browser'),
})

const TEN_YEARS_S = 10 * 365 * 24 * 3600

function answer(res: ServerResponse, status: number, body: unknown, headers = {}) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  })
  res.end(JSON.stringify(body))
}

/**
 * `POST /pair {code}`: a new device shows the code the admin's screen offered and becomes a
 * paired device with the role chosen there. A wrong or expired code is refused (403) and
 * counted; too many from one address are refused for a while (429), in the caller's language.
 */
export async function servePairing(
  shared: HubShared,
  devices: HubDevices,
  req: IncomingMessage,
  res: ServerResponse,
  secure: boolean,
): Promise<void> {
  const locale = pickLocale(
    (req.headers['x-locale'] as string | undefined) ?? req.headers['accept-language'],
  )
  const refuse = (status: number, key: string) =>
    answer(res, status, { error: { messageKey: key, message: translate(locale, key) ?? key } })
  if (req.method !== 'POST') return refuse(405, 'devices.pair.wrongCode')
  const body = await readBody(req, 1024)
  let json: unknown
  try {
    json = JSON.parse(body ?? '')
  } catch {
    json = undefined
  }
  const parsed = PairRequest.safeParse(json)
  const address = remoteAddress(req)
  const now = shared.services.now()
  const redeemed = devices.codes.redeem(parsed.success ? parsed.data.code : '', address, +now)
  if (!redeemed.ok)
    return refuse(redeemed.why === 'tooManyTries' ? 429 : 403, `devices.pair.${redeemed.why}`)
  const { device, secret } = await pairDevice(
    { ...shared.services, actor: `device:${redeemed.claim.name}`, locale },
    redeemed.claim,
    address,
  )
  const me = { id: device.id, name: device.name, role: device.role, tableNo: device.tableNo }
  if (parsed.data?.client === 'script') return answer(res, 200, { device: me, secret })
  const cookie = [
    `${DEVICE_COOKIE}=${secret}`,
    'HttpOnly',
    'SameSite=Strict',
    'Path=/',
    `Max-Age=${TEN_YEARS_S}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ')
  return answer(res, 200, { device: me }, { 'set-cookie': cookie })
}
