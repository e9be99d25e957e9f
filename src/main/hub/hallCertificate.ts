import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import { generate } from 'selfsigned'
import { CERT_FILE, fingerprintOfPem, KEY_FILE } from '../app/certificatePin'

/** The hall certificate and its key, as the HTTPS server takes them, and its fingerprint. */
export interface HallCertificate {
  key: string
  cert: string
  /** SHA-256 of the certificate, 64 lowercase hex digits (the pairing QR carries it). */
  fingerprint: string
}

export { CERT_FILE, KEY_FILE }

/** This PC's IPv4 addresses, for the certificate's names (a browser compares the address). */
const ownAddresses = () =>
  Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4')
    .map((i) => i.address)

/**
 * The hall's certificate, made on the hub's first HTTPS start and kept in `folder` (beside the
 * database): a self-signed certificate (library: selfsigned, EC P-256) for this PC's addresses
 * and `localhost`, valid ten years. The key file is readable by its owner only. Later starts
 * read the same files, so the fingerprint devices pinned stays the same.
 */
export async function hallCertificate(
  folder: string,
  now: Date = new Date(),
): Promise<HallCertificate> {
  const certFile = join(folder, CERT_FILE)
  const keyFile = join(folder, KEY_FILE)
  if (!existsSync(certFile) || !existsSync(keyFile)) {
    const addresses = [...new Set(['127.0.0.1', ...ownAddresses()])]
    const made = await generate([{ name: 'commonName', value: '接访日大厅 Reception Day hall' }], {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      notBeforeDate: new Date(now.getTime() - 24 * 3600 * 1000),
      notAfterDate: new Date(now.getTime() + 10 * 365 * 24 * 3600 * 1000),
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: 'localhost' },
            ...addresses.map((ip) => ({ type: 7 as const, ip })),
          ],
        },
      ],
    })
    mkdirSync(folder, { recursive: true })
    writeFileSync(keyFile, made.private, { mode: 0o600 })
    chmodSync(keyFile, 0o600)
    writeFileSync(certFile, made.cert)
  }
  const cert = readFileSync(certFile, 'utf8')
  return { key: readFileSync(keyFile, 'utf8'), cert, fingerprint: fingerprintOfPem(cert) }
}
