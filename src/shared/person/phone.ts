// Structural phone check for visitor contact numbers: mainland mobiles and fixed lines.

export type PhoneCheck = { ok: true; value: string } | { ok: false; error: 'phone.format' }

const MOBILE = /^1[3-9]\d{9}$/
// Area codes are 010 and 020–029 (three digits) or 0 + three digits elsewhere
// (0579 Jinhua); local numbers are 7–8 digits and never start with 0 or 1. Knowing
// the area-code length from its prefix lets an undashed number be split unambiguously.
const FIXED = /^(0(?:10|2\d)|0[3-9]\d{2})([2-9]\d{6,7})$/

/** Mobiles normalise to 11 digits, fixed lines to `0579-84123456`. */
export function checkPhone(raw: string): PhoneCheck {
  const compact = raw.replace(/[\s-]+/g, '')
  const national = compact.replace(/^(?:\+86|0086)/, '')
  if (MOBILE.test(national)) return { ok: true, value: national }

  // A +86 prefix drops the trunk 0, so it only makes sense on mobiles here.
  const fixed = national === compact ? FIXED.exec(compact) : null
  if (fixed) return { ok: true, value: `${fixed[1]}-${fixed[2]}` }
  return { ok: false, error: 'phone.format' }
}
