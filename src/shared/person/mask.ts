// Masking for screens and receipts (hall board, printed slips): enough to let a
// visitor recognise their own record, not enough to identify a stranger.

type Maybe = string | null | undefined

/** `330726********1234`; other lengths keep only the last 4, and very short input nothing. */
export function maskIdNumber(id: Maybe): string {
  const chars = Array.from(id?.trim() ?? '')
  return chars.length === 18 ? keepEnds(chars, 6, 4) : keepEnds(chars, 0, 4)
}

/** 张三 → 张*, 欧阳娜娜 → 欧***: first character, one `*` per remaining character. */
export function maskName(name: Maybe): string {
  // Array.from keeps supplementary-plane characters (rare surname characters) whole.
  const chars = Array.from(name?.trim() ?? '')
  const [first, ...rest] = chars
  return first === undefined ? '' : first + '*'.repeat(rest.length)
}

/** `138****5678`; short numbers keep only the last 4, and very short input nothing. */
export function maskPhone(phone: Maybe): string {
  const chars = Array.from(phone?.trim() ?? '')
  return chars.length >= 8 ? keepEnds(chars, 3, 4) : keepEnds(chars, 0, 4)
}

// Shows `head` and `tail` characters only when at least one character stays hidden;
// otherwise a short value would be printed in full.
function keepEnds(chars: string[], head: number, tail: number): string {
  if (chars.length === 0) return ''
  if (chars.length <= head + tail) return '*'.repeat(chars.length)
  const hidden = chars.length - head - tail
  return chars.slice(0, head).join('') + '*'.repeat(hidden) + chars.slice(-tail).join('')
}
