import type { Input } from '@shared/contract'

/** What the desk registers and may correct: the same fields in both forms. */
type Registered = Pick<
  Input<'batch', 'correct'>,
  'kind' | 'headcount' | 'nature' | 'categoryId' | 'townshipCode' | 'village' | 'summary' | 'flags'
>

const flag = (on: boolean): 0 | 1 => (on ? 1 : 0)

/** The batch row's columns for what the desk entered (registration and correction alike). */
export const batchColumns = (input: Registered) => ({
  kind: input.kind,
  headcount: input.headcount,
  nature: input.nature,
  category_id: input.categoryId ?? null,
  township_code: input.townshipCode ?? null,
  village: input.village ?? null,
  summary: input.summary,
  flag_elderly: flag(input.flags.elderly),
  flag_disabled: flag(input.flags.disabled),
  flag_urgent: flag(input.flags.urgent),
  flag_hard: flag(input.flags.hard),
})

/** The desk's flags as a batch row stores them, read back (the inverse of batchColumns). */
export const flagsOf = (row: {
  flag_elderly: number
  flag_disabled: number
  flag_urgent: number
  flag_hard: number
}) => ({
  elderly: row.flag_elderly === 1,
  disabled: row.flag_disabled === 1,
  urgent: row.flag_urgent === 1,
  hard: row.flag_hard === 1,
})
