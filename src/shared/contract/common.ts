import { z } from 'zod'

// The shared builders of every field the hub accepts. The hub treats every request as
// hostile: a text is a bounded, well-formed, printable string; a number a bounded finite
// integer; a date a real calendar date. Messages are i18n keys translated at the hub (and by
// the screens' forms, which check the same schemas); `max`/`min` go with the issue as params.

// ── dates and times ─────────────────────────────────────────────────────────────────────────

/** Reception days and the dates reckoned from them (deadlines, notices) lie in this range. */
export const MIN_YEAR = 2000
export const MAX_YEAR = 2099

/** True for a real date of the proleptic Gregorian calendar written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  // Date.UTC rolls 30 February into March: a round trip exposes impossible dates.
  const date = new Date(Date.UTC(y, m - 1, d))
  date.setUTCFullYear(y) // Date.UTC reads years 0–99 as 1900–1999
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** A calendar date YYYY-MM-DD that exists, in 2000–2099. */
export const IsoDate = z
  .string()
  .max(10, { message: 'validation.date' })
  .refine(isCalendarDate, { message: 'validation.date', abort: true })
  .refine((v) => Number(v.slice(0, 4)) >= MIN_YEAR && Number(v.slice(0, 4)) <= MAX_YEAR, {
    message: 'validation.dateOutOfRange',
    params: { min: MIN_YEAR, max: MAX_YEAR },
  })

/** A time of day HH:MM, 00:00–23:59. */
export const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time' })

/** An instant as the hub writes it (ISO 8601, UTC). Outputs only: no input takes one. */
export const Timestamp = z.string()

// ── numbers ─────────────────────────────────────────────────────────────────────────────────

/**
 * An integer in [min, max]; zod refuses NaN, ±Infinity and unsafe integers already. `messages`
 * replace the generic "at least {{min}}" / "at most {{max}}".
 */
export const boundedInt = (
  min: number,
  max: number,
  messages: { tooSmall?: string; tooLarge?: string } = {},
) =>
  z
    .number({ message: 'validation.number' })
    .int({ message: 'validation.integer' })
    .min(min, { message: messages.tooSmall ?? 'validation.tooSmall' })
    .max(max, { message: messages.tooLarge ?? 'validation.tooLarge' })

/** A row id: SQLite's rowids the hub hands out, positive and safe for JavaScript. */
export const Id = boundedInt(1, Number.MAX_SAFE_INTEGER, { tooSmall: 'validation.id' })
export const TableNo = boundedInt(1, 99, {
  tooSmall: 'validation.tableNo',
  tooLarge: 'validation.tableNo',
})

/** An array of at most `max` items (and at least `min`). */
export const boundedArray = <T extends z.ZodType>(item: T, max: number, min = 0) =>
  z
    .array(item)
    .min(min, { message: 'validation.tooFew' })
    .max(max, { message: 'validation.tooMany' })

// ── text ────────────────────────────────────────────────────────────────────────────────────

// C0 controls, DEL and C1 controls; multi-line text keeps tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/
// Bidirectional overrides and isolates reorder what a slip or an export shows (a name read
// backwards); noncharacters and lone surrogates are not text: stored, they come back as U+FFFD.
const NOT_TEXT = /[\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF\uD800-\uDFFF]/u

/**
 * A trimmed string of at most `max` UTF-16 units, without control characters; `multiLine`
 * allows tab and line breaks (summaries, decisions, dossiers). May be empty: see
 * {@link requiredText} and {@link optionalText}.
 */
export const text = (max: number, options: { multiLine?: boolean } = {}) =>
  z
    .string()
    .trim()
    .max(max, { message: 'validation.tooLong' })
    .refine((v) => !(options.multiLine ? CONTROL_MULTI_LINE : CONTROL).test(v), {
      message: options.multiLine
        ? 'validation.controlCharactersMultiLine'
        : 'validation.controlCharacters',
    })
    .refine((v) => !NOT_TEXT.test(v), { message: 'validation.invalidText' })

export const singleLineText = (max: number) => text(max)
export const multiLineText = (max: number) => text(max, { multiLine: true })

/** Text that must be given; `message` says what is missing. */
export const requiredText = (
  max: number,
  options: { multiLine?: boolean; message?: string } = {},
) => text(max, options).min(1, { message: options.message ?? 'validation.required' })

/** Text that may be left out or empty (both become undefined). */
export const optionalText = (max: number, options: { multiLine?: boolean } = {}) =>
  text(max, options)
    .optional()
    .transform((v) => (v ? v : undefined))

/** A code of digits (a division code), at most `max` long; left out or '' is not given. */
export const optionalDigits = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'validation.tooLong' })
    .regex(/^\d*$/, { message: 'validation.digits' })
    .optional()
    .transform((v) => (v ? v : undefined))

/** The hall as printed: its name ('' = not set: templates fall back to a generic name). */
export const hallFields = {
  hallName: z.string(),
  /** The county the hall serves, when chosen in the settings (浦江县). */
  countyName: z.string().nullable(),
  hallPhone: z.string().nullable(),
}

// ── refusals ────────────────────────────────────────────────────────────────────────────────

/** One refused field of a request, as the hub reports it (error `data.issues`), for the form. */
export interface FieldIssue {
  path: string
  key: string
  /** Already translated into the caller's language. */
  message: string
  /** The bounds the message names (`max` of a too-long text…), for screens translating it. */
  params: Record<string, number>
}
