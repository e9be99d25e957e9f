import { randomInt } from 'node:crypto'
import type { Role } from '@shared/contract/roles'

/** What the admin chose for the device a code pairs. */
export interface PairingClaim {
  name: string
  role: Role
  tableNo: number | null
}

/** A code lives a few minutes (as Syncthing's and KDE Connect's pairing prompts do). */
export const CODE_LIFE_MS = 5 * 60_000
/** Wrong codes tried against the hub before every open code is void. */
export const CODE_TRIES = 5
/** Wrong codes one address may try per window before it is refused for the rest of it. */
export const ADDRESS_TRIES = 5
export const ADDRESS_WINDOW_MS = 10 * 60_000

interface Offer extends PairingClaim {
  code: string
  expiresAt: number
}

export type Redeemed =
  { ok: true; claim: PairingClaim } | { ok: false; why: 'wrongCode' | 'tooManyTries' }

/**
 * The hub's open pairing codes, in memory only: a code outlives neither its few minutes nor
 * the hub. Six uniform digits (randomInt has no modulo bias); each is single use; a wrong code
 * counts against every open code (a guesser does not know which one it aims at) and against
 * the address it came from, so at most CODE_TRIES guesses reach a code in its life.
 */
export class PairingCodes {
  private offers: Offer[] = []
  private failures = 0
  private readonly byAddress = new Map<string, number[]>()

  offer(claim: PairingClaim, now: number): { code: string; expiresAt: number } {
    this.sweep(now)
    let code: string
    do code = String(randomInt(0, 1_000_000)).padStart(6, '0')
    while (this.offers.some((o) => o.code === code))
    const expiresAt = now + CODE_LIFE_MS
    this.offers.push({ ...claim, code, expiresAt })
    this.failures = 0
    return { code, expiresAt }
  }

  redeem(code: string, address: string, now: number): Redeemed {
    this.sweep(now)
    const recent = (this.byAddress.get(address) ?? []).filter((t) => now - t < ADDRESS_WINDOW_MS)
    this.byAddress.set(address, recent)
    if (recent.length >= ADDRESS_TRIES) return { ok: false, why: 'tooManyTries' }
    const offer = this.offers.find((o) => o.code === code)
    if (offer) {
      this.offers = this.offers.filter((o) => o !== offer)
      const { name, role, tableNo } = offer
      return { ok: true, claim: { name, role, tableNo } }
    }
    recent.push(now)
    this.failures++
    if (this.failures >= CODE_TRIES) this.offers = []
    return { ok: false, why: 'wrongCode' }
  }

  private sweep(now: number) {
    this.offers = this.offers.filter((o) => o.expiresAt > now)
    if (this.offers.length === 0) this.failures = 0
  }
}
