import type { TFunction } from 'i18next'
import type { FieldIssue } from '@shared/contract'

interface HubErrorData {
  messageKey?: string | null
  issues?: FieldIssue[]
}

const dataOf = (error: unknown): HubErrorData =>
  ((error as { data?: HubErrorData } | null)?.data ?? {}) as HubErrorData

/** Field → message, in the screen's current language, for showing next to each field. */
export function fieldErrors(error: unknown, t: TFunction): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of dataOf(error).issues ?? []) {
    if (out[issue.path]) continue
    out[issue.path] = t(issue.key, { ...issue.params, defaultValue: issue.message })
  }
  return out
}

/** The one-line message of a refused action (already in the caller's language). */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof Error && error.message) return error.message
  return t('common.error')
}
