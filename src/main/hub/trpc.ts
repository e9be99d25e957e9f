import { initTRPC } from '@trpc/server'
import type { z } from 'zod'
import { DomainError } from '../services/core/domainError'
import { storageFailureOf } from '../store/storageFailure'
import { assertInputInHall, hallOf } from '../services/core/hall'
import { auditRead, checkAccess } from './access'
import { withSignedInPerson, type HubContext } from './context'
import { formatError, toTransportError } from './errors'
import { failureLine, failureLog } from './failureLog'

// isDev off: stack traces never leave the hub.
const t = initTRPC.context<HubContext>().create({
  isDev: false,
  errorFormatter: ({ shape, error, ctx }) => formatError(shape, error, ctx?.locale ?? 'zh-CN'),
})

/**
 * Services throw DomainError; callers get the matching status (400/404/409), not a 500. A
 * storage failure (disk full, read-only, I/O error, locked, damaged: storageFailure.ts) becomes
 * a 503 that says what happened and that nothing was saved (the transaction rolled back).
 * Storage failures and every other 500 are logged with the procedure and the cause.
 */
const domainErrors = t.middleware(async ({ next, path }) => {
  const result = await next()
  if (result.ok) return result
  const { cause } = result.error
  if (cause instanceof DomainError) throw toTransportError(cause)
  const storage = storageFailureOf(cause)
  if (storage) {
    failureLog.write(failureLine(path, result.error, `SERVICE_UNAVAILABLE ${storage}`))
    throw toTransportError(new DomainError(storage, {}, 'unavailable'))
  }
  if (result.error.code === 'INTERNAL_SERVER_ERROR')
    failureLog.write(failureLine(path, result.error))
  return result
})

/** Every call is checked against the roles table before it runs: refused with 403, nothing
 * read or written (access.ts, @shared/contract/roles). */
const roleGuard = t.middleware(async ({ ctx: before, path, getRawInput, next }) => {
  // Who is signed in on the device, read now (not when its WebSocket opened): the audit log
  // and the person rule in checkAccess name whoever is signed in at this call.
  const ctx = await withSignedInPerson(before)
  await checkAccess(ctx.device, ctx.services.db, path, getRawInput)
  // Several halls on one server: a record of another hall is one this hall does not have.
  await assertInputInHall(ctx.services.db, hallOf(ctx.services), path, await getRawInput())
  return next({ ctx })
})

/**
 * A read of full personal data (access.ts) has its audit entry written while it runs, once its
 * input is valid: on PostgreSQL the entry's round trip overlaps the read's. The answer leaves
 * only once the entry is written; an attempt that fails is logged too.
 */
const auditedRead = t.middleware(async ({ ctx, path, input, next }) => {
  const [result] = await Promise.all([
    next(),
    auditRead(
      ctx.services.db,
      ctx.device,
      ctx.actor,
      path,
      input,
      ctx.services.now().toISOString(),
    ),
  ])
  return result
})

export const router = t.router
/** Lets a feature add procedures to another file's domain (day.list beside day.get). */
export const mergeRouters = t.mergeRouters
export const procedure = t.procedure.use(domainErrors).use(roleGuard)
/** The procedure of a read of full personal data, by its input's schema (see auditedRead). */
export const personalRead = <Schema extends z.ZodType>(input: Schema) =>
  procedure.input(input).use(auditedRead)
/** In-process callers of the whole API (tests, bench): validation and middleware as over HTTP. */
export const createCallerFactory = t.createCallerFactory
