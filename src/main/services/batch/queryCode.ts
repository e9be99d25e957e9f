import { randomInt } from 'node:crypto'

// No 0/O, 1/I/L: the code is read aloud over the phone and typed from paper.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** A code printed on the receipt for later progress look-ups (信访工作条例 art. 21). */
export function newQueryCode(length = 10): string {
  let code = ''
  for (let i = 0; i < length; i++) code += ALPHABET[randomInt(ALPHABET.length)]
  return code
}
