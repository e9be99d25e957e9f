import type { TFunction } from 'i18next'
import type { z } from 'zod'

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
    if (!errors[path]) errors[path] = t(issue.message, { defaultValue: t('validation.invalid') })
  }
  return errors
}
