import { TRPCError } from '@trpc/server'
import type { TRPCDefaultErrorShape as DefaultErrorShape } from '@trpc/server'
import type { FieldIssue } from '@shared/contract'
import type { Locale } from '@shared/i18n'
import { DomainError } from '../services/core/domainError'
import { translate } from '../services/core/translate'

interface Issue {
  path?: readonly PropertyKey[] | readonly { key: PropertyKey }[]
  message: string
  maximum?: unknown
  minimum?: unknown
  params?: Record<string, unknown>
}

/** A bound of a too-big/too-small issue or of a refinement's params, as a plain number. */
function paramsOf(issue: Issue): Record<string, number> {
  const out: Record<string, number> = {}
  const put = (name: string, value: unknown) => {
    const n = typeof value === 'bigint' ? Number(value) : value
    if (typeof n === 'number' && Number.isFinite(n)) out[name] = n
  }
  put('max', issue.maximum ?? issue.params?.max)
  put('min', issue.minimum ?? issue.params?.min)
  return out
}

const pathOf = (issue: Issue) =>
  (issue.path ?? []).map((p) => (typeof p === 'object' ? String(p.key) : String(p))).join('.')

function issuesOf(cause: unknown): Issue[] | undefined {
  const issues = (cause as { issues?: unknown } | undefined)?.issues
  return Array.isArray(issues) ? (issues as Issue[]) : undefined
}

/**
 * Every refusal reaches the user in their language: schema messages and domain errors
 * are i18n keys, translated here once for every screen and script.
 */
export function formatError(shape: DefaultErrorShape, error: TRPCError, locale: Locale) {
  const issues = issuesOf(error.cause)
  if (issues) {
    const fieldIssues: FieldIssue[] = issues.map((issue) => {
      const path = pathOf(issue)
      const params = paramsOf(issue)
      const message =
        translate(locale, issue.message, params) ??
        translate(locale, 'validation.invalidField', { field: path || '-' }) ??
        issue.message
      return { path, key: issue.message, message, params }
    })
    const details = fieldIssues.map((i) => i.message).join('；')
    return {
      ...shape,
      message: translate(locale, 'validation.summary', { details }) ?? details,
      data: { ...shape.data, messageKey: 'validation.summary', issues: fieldIssues },
    }
  }
  if (error.cause instanceof DomainError) {
    const { key, params } = error.cause
    return {
      ...shape,
      message: translate(locale, key, params) ?? key,
      data: { ...shape.data, messageKey: key, issues: [] as FieldIssue[] },
    }
  }
  const internal = error.code === 'INTERNAL_SERVER_ERROR'
  return {
    ...shape,
    message: internal ? (translate(locale, 'errors.internal') ?? error.message) : error.message,
    data: {
      ...shape.data,
      messageKey: internal ? 'errors.internal' : null,
      issues: [] as FieldIssue[],
    },
  }
}

const codes = {
  invalid: 'BAD_REQUEST',
  not_found: 'NOT_FOUND',
  conflict: 'CONFLICT',
  unavailable: 'SERVICE_UNAVAILABLE',
  forbidden: 'FORBIDDEN',
} as const

/** Turns a service's DomainError into the transport's error, keeping it as the cause. */
export function toTransportError(error: unknown): unknown {
  if (error instanceof DomainError)
    return new TRPCError({ code: codes[error.kind], message: error.key, cause: error })
  return error
}
