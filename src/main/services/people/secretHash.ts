import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/**
 * A person's PIN or password, kept as a scrypt hash (node's own crypto: no native add-on to
 * build for Electron, and scrypt is memory-hard, so a stolen database is slow to guess even for
 * six-digit PINs). Parameters as OWASP's Password Storage Cheat Sheet recommends for scrypt:
 * N = 2^17, r = 8, p = 1 (128 MiB per hash), a 16-byte random salt, a 32-byte key. Stored as
 * `scrypt$N$r$p$salt$key` (base64url), so stronger parameters can come later and old hashes
 * still verify.
 */
export const SCRYPT = { N: 2 ** 17, r: 8, p: 1, keyLength: 32 } as const

const derive = (secret: string, salt: Buffer, N: number, r: number, p: number, length: number) =>
  new Promise<Buffer>((resolve, reject) => {
    const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }
    scrypt(secret.normalize('NFC'), salt, length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })

export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16)
  const { N, r, p, keyLength } = SCRYPT
  const key = await derive(secret, salt, N, r, p, keyLength)
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

/** Whether `secret` is the one `stored` was made from (compared in constant time). */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, key] = stored.split('$')
  if (kind !== 'scrypt' || !salt || !key) return false
  const expected = Buffer.from(key, 'base64url')
  const actual = await derive(
    secret,
    Buffer.from(salt, 'base64url'),
    Number(n),
    Number(r),
    Number(p),
    expected.length,
  )
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** A hash no secret matches, verified against when the name is unknown: the answer takes as
 * long as for a known name, so timing tells no one which names exist. */
let dummy: Promise<string> | undefined
export const dummyHash = () => (dummy ??= hashSecret(randomBytes(16).toString('hex')))
