import type { TFunction } from 'i18next'
import type { z } from 'zod'

/** The bounds a message names ("at most {{max}}"), as the hub passes them too. */
function boundsOf(issue: z.core.$ZodIssue): Record<string, number> {
  const raw = issue as { maximum?: unknown; minimum?: unknown; params?: Record<string, unknown> }
  const out: Record<string, number> = {}
  const max = raw.maximum ?? raw.params?.max
  const min = raw.minimum ?? raw.params?.min
  if (typeof max === 'number') out.max = max
  if (typeof min === 'number') out.min = min
  return out
}

/**
 * Checks a form against the same schema the hub enforces, so a mistake shows next to its
 * field before anything is sent; the hub checks again and stays the authority.
 */
export function schemaErrors(
  schema: z.ZodType,
  values: unknown,
  t: TFunction,
): Record<string, string> {
  const result = schema.safeParse(values)
  if (result.success) return {}
  const errors: Record<string, string> = {}
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.')
    if (errors[path]) continue
    errors[path] = t(issue.message, { ...boundsOf(issue), defaultValue: t('validation.invalid') })
  }
  return errors
}
