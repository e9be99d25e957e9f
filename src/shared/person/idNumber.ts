// Resident ID number (GB 11643-1999): 6-digit region, 8-digit birth date,
// 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check character.

export type IdError =
  | 'id.length'
  | 'id.characters'
  | 'id.region'
  | 'id.birthDate'
  | 'id.futureBirthDate'
  | 'id.checkDigit'

export type IdCheck =
  | {
      ok: true
      value: string
      /** YYYY-MM-DD */
      birthDate: string
      sex: 'male' | 'female'
      regionCode: string
    }
  | { ok: false; error: IdError }

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK_CHARS = '10X98765432'

// Province-level prefixes of GB/T 2260, plus 71/81/82 (Taiwan, Hong Kong, Macao) and
// 83 (residence permits for those residents) and 91 (historic overseas-Chinese codes),
// all of which appear on documents a front desk may be handed.
// prettier-ignore
const PROVINCES = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82', '83', '91',
])

/** Province codes accepted by {@link checkIdNumber}; exported for generators and tests. */
export const PROVINCE_CODES: readonly string[] = [...PROVINCES]

// Earlier birth years are typing errors. 1880 rather than a tighter bound because the
// standard's own example number (440524188001010014) is born in 1880.
const MIN_BIRTH_YEAR = 1880

/** Trims, drops any whitespace (readers and pasted text add it) and upper-cases x to X. */
export function normaliseIdNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase()
}

/** The check character for the first 17 digits; assumes `first17` is 17 ASCII digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0)
  return CHECK_CHARS[sum % 11] ?? ''
}

/**
 * Validates a resident ID number. `today` (YYYY-MM-DD, the hall's date: src/shared/time/hallClock.ts)
 * decides what counts as a future birth date. Without it, only a date after the latest date
 * anywhere on Earth now is refused: what a check without the hall's clock can say for certain.
 */
export function checkIdNumber(raw: string, today: string = latestDateOnEarth()): IdCheck {
  const value = normaliseIdNumber(raw)
  if (value.length !== 18) return { ok: false, error: 'id.length' }
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, error: 'id.characters' }

  const regionCode = value.slice(0, 6)
  if (!PROVINCES.has(regionCode.slice(0, 2))) return { ok: false, error: 'id.region' }

  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`
  if (!isRealDate(birthDate) || Number(value.slice(6, 10)) < MIN_BIRTH_YEAR) {
    return { ok: false, error: 'id.birthDate' }
  }
  // ISO date strings compare correctly as plain strings.
  if (birthDate > today) return { ok: false, error: 'id.futureBirthDate' }

  if (idCheckCharacter(value.slice(0, 17)) !== value[17]) {
    return { ok: false, error: 'id.checkDigit' }
  }

  const sex = Number(value[16]) % 2 === 1 ? 'male' : 'female'
  return { ok: true, value, birthDate, sex, regionCode }
}

function isRealDate(iso: string): boolean {
  const [y = 0, m = 0, d = 0] = iso.split('-').map(Number)
  // Date.UTC rolls 30 February into March, so a round trip exposes impossible dates.
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** Today's date in UTC+14 (Line Islands), the first zone to reach each date. */
function latestDateOnEarth(): string {
  return new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10)
}
