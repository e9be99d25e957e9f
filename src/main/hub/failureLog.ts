import type { TRPCError } from '@trpc/server'
import { sqliteCode } from '../store/storageFailure'

const MAX_DETAIL = 300

/**
 * One line for the hub's log about a failed call: the procedure, the status and the cause's
 * class, SQLite code and message, never the input (it carries names, ID numbers, phones).
 */
export function failureLine(path: string, error: TRPCError, status: string = error.code): string {
  const cause = error.cause ?? error
  const name = cause instanceof Error ? cause.name : typeof cause
  const code = sqliteCode(cause)
  const message = (cause instanceof Error ? cause.message : String(cause)).slice(0, MAX_DETAIL)
  const where = cause instanceof Error ? (cause.stack?.split('\n')[1]?.trim() ?? '') : ''
  return `[hub] ${status} in ${path}: ${name}${code ? ` ${code}` : ''}: ${message}${where ? ` (${where})` : ''}`
}

export type FailureLogger = (line: string) => void

/** Where failure lines go; tests swap it to read them. */
export const failureLog: { write: FailureLogger } = {
  write: (line) => console.error(line),
}
