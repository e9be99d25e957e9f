import type { Kysely, Transaction } from 'kysely'
import type { ChangeEvent } from '../../shared/contract'
import type { Database } from '../store/schema'
import type { ChangeBus } from './changeBus'

export interface ServiceContext {
  db: Kysely<Database>
  bus: ChangeBus
  now: () => Date
}

export type Trx = Transaction<Database>

export interface WriteScope {
  trx: Trx
  at: string
  emit(event: ChangeEvent): void
}

/**
 * One user action = one transaction. Change events collected during the action are
 * published only once the commit has succeeded, so no screen ever sees a rolled-back state.
 */
export async function writeAction<T>(
  ctx: ServiceContext,
  action: (scope: WriteScope) => Promise<T>,
): Promise<T> {
  const events: ChangeEvent[] = []
  const at = ctx.now().toISOString()
  const result = await ctx.db
    .transaction()
    .execute((trx) => action({ trx, at, emit: (event) => events.push(event) }))
  ctx.bus.publish(events)
  return result
}
