import { createHash, randomBytes } from 'node:crypto'

/** A device's own secret: 256 random bits, shown once to the device, never stored. */
export const newDeviceSecret = () => randomBytes(32).toString('base64url')

/** What the hub keeps of a secret. A 256-bit random secret cannot be guessed, so a fast hash
 * is enough (a slow KDF is for what people choose: PINs and passwords). */
export const secretHash = (secret: string) => createHash('sha256').update(secret).digest('hex')
