import { X509Certificate } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { request } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connect } from 'node:tls'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CHROMIUM_DECIDES,
  fingerprintOfPem,
  normalizeFingerprint,
  pinFromPairingUrl,
  pinnedVerdict,
  REFUSE,
  TRUST,
  type HubPin,
} from '../../../src/main/app/certificatePin'
import { CERT_FILE, KEY_FILE } from '../../../src/main/hub/hallCertificate'
import { startHub, type RunningHub } from '../../../src/main/hub/startHub'

// Item 6 of issue 15: the hub serves HTTPS with a hall certificate it makes on its first start,
// kept beside the database; the pairing address carries its SHA-256; a client pins it (the
// desktop app's setCertificateVerifyProc gives the presented certificate to pinnedVerdict) and
// refuses any other certificate under the hub's address.

const TOKEN = 'https-token'
const dirs: string[] = []
const hubs: RunningHub[] = []

async function httpsHub(folder = mkdtempSync(join(tmpdir(), 'reception-day-https-'))) {
  dirs.push(folder)
  const rendererDir = mkdtempSync(join(tmpdir(), 'reception-day-renderer-'))
  dirs.push(rendererDir)
  const hub = await startHub({
    dbFile: join(folder, 'hall.db'),
    host: '127.0.0.1',
    port: 0,
    token: TOKEN,
    certificateFolder: folder,
    rendererDir,
    version: 'test',
  })
  hubs.push(hub)
  return { hub, folder }
}

/** The certificate a server presents, as PEM (what Electron hands its verify callback). */
function presented(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
      const cert = socket.getPeerX509Certificate()
      socket.end()
      if (cert) resolve(cert.toString())
      else reject(new Error('no certificate'))
    })
    socket.on('error', reject)
  })
}

/** A pinned client: trusts the connection only when pinnedVerdict does, then asks the API. */
async function pinnedHealth(pin: HubPin, port: number): Promise<number | 'refused'> {
  const pem = await presented(port)
  if (pinnedVerdict(pin, { hostname: '127.0.0.1', pem }) !== TRUST) return 'refused'
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/trpc/system.health',
        headers: { authorization: `Bearer ${TOKEN}`, host: `127.0.0.1:${port}` },
        // The hall certificate is trusted by its pin, above, not by a certificate authority.
        ca: pem,
        checkServerIdentity: () => undefined,
      },
      (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      },
    )
    req.on('error', reject)
    req.end()
  })
}

let first: Awaited<ReturnType<typeof httpsHub>>
beforeAll(async () => {
  first = await httpsHub()
})
afterAll(async () => {
  for (const hub of hubs) await hub.stop()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

describe('HTTPS with the hall certificate', () => {
  it('makes the certificate on the first start, beside the database, its key private', () => {
    const pem = readFileSync(join(first.folder, CERT_FILE), 'utf8')
    const cert = new X509Certificate(pem)
    expect(cert.subjectAltName).toContain('IP Address:127.0.0.1')
    expect(first.hub.fingerprint).toBe(fingerprintOfPem(pem))
    expect(first.hub.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    if (process.platform !== 'win32')
      expect(statSync(join(first.folder, KEY_FILE)).mode & 0o077).toBe(0)
    expect(first.hub.server.url).toBe(`https://127.0.0.1:${first.hub.server.port}/`)
  })

  it('puts the fingerprint in the pairing address, which a client reads its pin from', () => {
    const { code, urls } = first.hub.offerAdminPairing()
    const port = first.hub.server.port
    expect(urls).toEqual([`https://127.0.0.1:${port}/#/pair/${code}?fp=${first.hub.fingerprint}`])
    expect(pinFromPairingUrl(urls[0] ?? '')).toEqual({
      origin: `https://127.0.0.1:${port}`,
      code,
      pin: { host: `127.0.0.1:${port}`, fingerprint: first.hub.fingerprint },
    })
    // No pin from a plain-HTTP address or one without a fingerprint.
    expect(pinFromPairingUrl(`http://127.0.0.1:${port}/#/pair/${code}`)).toBeUndefined()
    expect(pinFromPairingUrl(`https://127.0.0.1:${port}/#/pair/${code}`)).toBeUndefined()
  })

  it('a client that pins the hall certificate is served; another certificate is refused', async () => {
    const port = first.hub.server.port
    const pin = { host: `127.0.0.1:${port}`, fingerprint: first.hub.fingerprint ?? '' }
    expect(await pinnedHealth(pin, port)).toBe(200)

    // Another hub (another certificate) under the same address and pin: refused.
    const other = await httpsHub()
    expect(other.hub.fingerprint).not.toBe(first.hub.fingerprint)
    expect(await pinnedHealth(pin, other.hub.server.port)).toBe('refused')
    const otherPem = await presented(other.hub.server.port)
    expect(pinnedVerdict(pin, { hostname: '127.0.0.1', pem: otherPem })).toBe(REFUSE)
    expect(pinnedVerdict(pin, { hostname: '127.0.0.1', pem: 'not a certificate' })).toBe(REFUSE)
    // Other hosts are left to Chromium's own check.
    expect(pinnedVerdict(pin, { hostname: 'example.org', pem: otherPem })).toBe(CHROMIUM_DECIDES)
  })

  it('keeps the same certificate across restarts, so a pinned device stays paired', async () => {
    await first.hub.stop()
    const again = await httpsHub(first.folder)
    expect(again.hub.fingerprint).toBe(first.hub.fingerprint)
  })

  it('reads a fingerprint as browsers and Electron write it', () => {
    const hex = 'ab'.repeat(32)
    expect(normalizeFingerprint('AB:'.repeat(31) + 'AB')).toBe(hex)
    expect(normalizeFingerprint(`sha256/${Buffer.from(hex, 'hex').toString('base64')}`)).toBe(hex)
    expect(normalizeFingerprint('abc')).toBeUndefined()
  })
})
