import { X509Certificate } from 'node:crypto'

// Pinning the hall certificate (issue 15, item 6): a desktop app started as a client of another
// PC's hub trusts that hub's self-made certificate by its SHA-256 fingerprint, as the pairing QR
// carries it, and nothing else under that address. Pure: the shell's setCertificateVerifyProc
// (pinning.ts) and the tests call the same functions.

/** The hall certificate and its key, beside the hub's database (hub/hallCertificate.ts). */
export const CERT_FILE = 'hall-certificate.pem'
export const KEY_FILE = 'hall-certificate-key.pem'

/** A SHA-256 fingerprint as 64 lowercase hex digits; accepts `AB:CD:…`, plain hex, and
 * Electron's `sha256/<base64>`. Undefined when it is none of these. */
export function normalizeFingerprint(text: string): string | undefined {
  const trimmed = text.trim()
  if (trimmed.startsWith('sha256/')) {
    const bytes = Buffer.from(trimmed.slice('sha256/'.length), 'base64')
    return bytes.length === 32 ? bytes.toString('hex') : undefined
  }
  const hex = trimmed.replace(/[:\s]/g, '').toLowerCase()
  return /^[0-9a-f]{64}$/.test(hex) ? hex : undefined
}

/** The SHA-256 fingerprint of a PEM certificate (of its DER bytes, as browsers show it). */
export function fingerprintOfPem(pem: string): string {
  return normalizeFingerprint(new X509Certificate(pem).fingerprint256) ?? ''
}

/** `AB:CD:…`, as a browser's certificate viewer shows it, for people comparing by eye. */
export const displayFingerprint = (hex: string): string =>
  (hex.toUpperCase().match(/.{2}/g) ?? []).join(':')

/** The hub a client pins: its host (`10.0.0.5:4312`) and its certificate's fingerprint. */
export interface HubPin {
  host: string
  fingerprint: string
}

/**
 * What the pairing QR says (`https://10.0.0.5:4312/#/pair/123456?fp=<hex>`): where the hub is,
 * the code, and the certificate to pin. Undefined for an address that is not a pairing address
 * of an HTTPS hub with a fingerprint.
 */
export function pinFromPairingUrl(
  address: string,
): { origin: string; code: string; pin: HubPin } | undefined {
  if (!URL.canParse(address)) return undefined
  const url = new URL(address)
  const match = /^#\/pair\/(\d{6})(?:\?(.*))?$/.exec(url.hash)
  const fingerprint = normalizeFingerprint(new URLSearchParams(match?.[2] ?? '').get('fp') ?? '')
  if (url.protocol !== 'https:' || !match?.[1] || !fingerprint) return undefined
  return { origin: url.origin, code: match[1], pin: { host: url.host.toLowerCase(), fingerprint } }
}

/** Chromium's verdicts for setCertificateVerifyProc: trust, refuse, or its own check. */
export const TRUST = 0
export const REFUSE = -2
export const CHROMIUM_DECIDES = -3

/** What a certificate-verify callback is given (Electron's request, in the part used here). */
export interface PresentedCertificate {
  /** The host name the connection was made to, without the port. */
  hostname: string
  /** The certificate as PEM (Electron: request.certificate.data). */
  pem: string
}

/**
 * The verdict on a certificate the hub's address presents: trusted when its fingerprint is the
 * pinned one, refused otherwise (another certificate under the hub's address is someone else's).
 * Other hosts are left to Chromium's own check.
 */
export function pinnedVerdict(pin: HubPin, presented: PresentedCertificate): number {
  const pinnedHost = new URL(`https://${pin.host}`).hostname.toLowerCase()
  if (presented.hostname.toLowerCase() !== pinnedHost) return CHROMIUM_DECIDES
  let fingerprint: string
  try {
    fingerprint = fingerprintOfPem(presented.pem)
  } catch {
    return REFUSE
  }
  return fingerprint === pin.fingerprint ? TRUST : REFUSE
}
