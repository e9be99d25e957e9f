import { TRPCError } from '@trpc/server'
import type { TRPCDefaultErrorShape as DefaultErrorShape } from '@trpc/server'
import type { Locale } from '../../shared/i18n'
import { DomainError } from '../services/domainError'
import { translate } from './translate'

export interface FieldIssue {
  path: string
  key: string
  message: string
}

interface Issue {
  path?: readonly PropertyKey[] | readonly { key: PropertyKey }[]
  message: string
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
      const message =
        translate(locale, issue.message) ??
        translate(locale, 'validation.invalidField', { field: path || '-' }) ??
        issue.message
      return { path, key: issue.message, message }
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
} as const

/** Turns a service's DomainError into the transport's error, keeping it as the cause. */
export function toTransportError(error: unknown): unknown {
  if (error instanceof DomainError)
    return new TRPCError({ code: codes[error.kind], message: error.key, cause: error })
  return error
}
