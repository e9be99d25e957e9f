import { initTRPC } from '@trpc/server'
import { DomainError } from '../services/domainError'
import type { HubContext } from './context'
import { formatError, toTransportError } from './errors'

// isDev off: stack traces never leave the hub.
const t = initTRPC.context<HubContext>().create({
  isDev: false,
  errorFormatter: ({ shape, error, ctx }) => formatError(shape, error, ctx?.locale ?? 'zh-CN'),
})

/** Services throw DomainError; callers get the matching status (400/404/409), not a 500. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next()
  if (!result.ok && result.error.cause instanceof DomainError)
    throw toTransportError(result.error.cause)
  return result
})

export const router = t.router
/** Lets a feature add procedures to another file's domain (day.list beside day.get). */
export const mergeRouters = t.mergeRouters
export const procedure = t.procedure.use(domainErrors)
