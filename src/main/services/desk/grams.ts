/**
 * Single characters and adjacent pairs of the letter/digit runs of a text, space-separated,
 * as the short-term index stores them: "宅基地" → "宅 基 地 宅基 基地". unicode61 keeps each
 * space-separated gram as one token, so a 1–2 character term is an exact token match.
 */
export function summaryGrams(text: string): string {
  const grams = new Set<string>()
  for (const run of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const chars = [...run.toLowerCase()]
    chars.forEach((c, i) => {
      grams.add(c)
      const next = chars[i + 1]
      if (next !== undefined) grams.add(c + next)
    })
  }
  return [...grams].join(' ')
}
