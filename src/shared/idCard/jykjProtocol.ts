/** What a second-generation ID card gives the desk (GB 11643 number, and the printed fields). */
export interface IdCardData {
  name: string
  idNumber: string
  sex: 'male' | 'female' | null
  /** YYYY-MM-DD */
  birthDate: string | null
  address: string
}

export type ReadFailure = 'unavailable' | 'cancelled' | 'failed'

export type ReadResult =
  { ok: true; card: IdCardData } | { ok: false; failure: ReadFailure; detail?: string }

/** A card reader as the desk sees it, whatever the vendor: one read, one answer. */
export interface IdCardReader {
  read(): Promise<ReadResult>
}

/*
 * The vendor's local WebSocket service as published in github.com/soarwayrd/devices,
 * jykj/读取身份证/readIdCard.md (and read_id_card.html beside it): the page opens
 * `new WebSocket('ws://localhost:1919')` and, once open, sends `JSON.stringify({ type: 4 })`
 * (读取身份证). The service answers on the same socket with a JSON message carrying the request's
 * `type` and a result code `ret` (the convention of its sibling 点击签名/SignByClick.md:
 * `if (obj.type == 3) { if (obj.ret == 0) … }`); the error codes are those of the same
 * function's callback `OnAfterGWQ_ReadID(ErrorCode, JsonData)`: 0 success, -9 cancelled,
 * anything else a failure. The card's fields are the callback's JsonData, which the page does not
 * spell out: we take them from the message itself or from a `JsonData` string in it, under the
 * names listed in FIELD_NAMES (the common spellings of these services).
 */
export const READ_ID_CARD = 4
const RET_OK = 0
const RET_CANCELLED = -9

const FIELD_NAMES = {
  name: ['name', 'Name', 'partyName'],
  idNumber: ['idNum', 'IDNumber', 'idNumber', 'cardNo', 'certNumber', 'code'],
  sex: ['sex', 'Sex', 'gender'],
  birthDate: ['birthday', 'Birthday', 'born', 'bornDay', 'birthDate'],
  address: ['address', 'Address', 'certAddress'],
} as const

const pick = (fields: Record<string, unknown>, names: readonly string[]): string => {
  for (const n of names) {
    const v = fields[n]
    if (typeof v === 'string' && v.trim()) return v.trim()
    if (typeof v === 'number') return String(v)
  }
  return ''
}

const toSex = (raw: string): IdCardData['sex'] =>
  /^(男|1|m|male)$/i.test(raw) ? 'male' : /^(女|2|f|female)$/i.test(raw) ? 'female' : null

const toDate = (raw: string): string | null => {
  const digits = raw.replace(/\D/g, '')
  return digits.length === 8
    ? `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`
    : null
}

/** The card in one answer of the service, or why there is none. */
export function parseReadReply(data: string): ReadResult | null {
  let message: Record<string, unknown>
  try {
    message = JSON.parse(data) as Record<string, unknown>
  } catch {
    return { ok: false, failure: 'failed', detail: 'reply is not JSON' }
  }
  if (Number(message['type']) !== READ_ID_CARD) return null // an answer to something else
  const ret = Number(message['ret'] ?? message['ErrorCode'])
  if (ret === RET_CANCELLED) return { ok: false, failure: 'cancelled' }
  if (ret !== RET_OK) return { ok: false, failure: 'failed', detail: String(ret) }
  let fields: Record<string, unknown> = message
  const json = message['JsonData']
  if (typeof json === 'string') {
    try {
      fields = { ...message, ...(JSON.parse(json) as Record<string, unknown>) }
    } catch {
      return { ok: false, failure: 'failed', detail: 'JsonData is not JSON' }
    }
  }
  const card: IdCardData = {
    name: pick(fields, FIELD_NAMES.name),
    idNumber: pick(fields, FIELD_NAMES.idNumber).toUpperCase(),
    sex: toSex(pick(fields, FIELD_NAMES.sex)),
    birthDate: toDate(pick(fields, FIELD_NAMES.birthDate)),
    address: pick(fields, FIELD_NAMES.address),
  }
  if (!card.name || !card.idNumber) return { ok: false, failure: 'failed', detail: 'no card data' }
  return { ok: true, card }
}

/** ws://127.0.0.1:PORT or ws://localhost:PORT (the vendor's service on this PC), or empty. */
export function isLocalReaderAddress(address: string): boolean {
  if (address === '') return true
  try {
    const url = new URL(address)
    return (
      url.protocol === 'ws:' &&
      // The renderer's CSP allows these two loopback names (src/main/app/contentSecurityPolicy.ts).
      ['127.0.0.1', 'localhost'].includes(url.hostname)
    )
  } catch {
    return false
  }
}
