import type { Kysely, Transaction } from 'kysely'
import type { ChangeEvent } from '@shared/contract'
import { hallDate } from '@shared/time/hallClock'
import { defaultLocale, type Locale } from '@shared/i18n'
import type { Database } from '../../store/schema'
import type { ChangeBus } from './changeBus'

export interface ServiceContext {
  db: Db
  bus: ChangeBus
  /** The hall's clock: every date, time of day and age on the day is `now` read in `timeZone`. */
  now: () => Date
  /** The hall's IANA zone (src/shared/tally/timeZone.ts, hallTimeZone). */
  timeZone: string
  /** The hall this hub serves: its county's code (`--hall`, migration 0014); absent or '' the
   * one local hall of a single-PC store. Read through hallOf (core/hall.ts). */
  hall?: string | undefined
}

/** The hall's database: a Kysely over SQLite (and, by the same code, PostgreSQL). A transaction is
 * one too, so a reader takes either. */
export type Db = Kysely<Database>
export type Trx = Transaction<Database>

/**
 * What every service is called with: the hall's services plus who is acting and in which
 * language they read. One signature for every service: `(ctx: CallContext, input: Input<…>)`,
 * the input type taken from the contract (`Input<'batch', 'register'>`).
 */
export interface CallContext extends ServiceContext {
  /** Who acts, for the audit log. */
  actor: string
  locale: Locale
  /** The signed-in person and the paired device acting, as the hub authenticated them (never
   * as the caller declares them): every audit entry of this call names both. Absent for the
   * hub's own fixed admin secret with nobody signed in, and for tests and scripts. */
  who?: Who | undefined
}

/** The person and the device behind a call, for the audit log's columns. */
export interface Who {
  personId: number | null
  deviceId: number | null
}

/** The hall's services as someone acting on them: the hub per call, tests and scripts. */
export const actingAs = (
  services: ServiceContext,
  actor: string,
  locale: Locale = defaultLocale,
  who?: Who,
): CallContext => ({ ...services, actor, locale, who })

/** Who acts in each open transaction (writeAction): appendAudit stamps every entry it writes
 * there with them, so no service can leave the person or the device out. */
const actingIn = new WeakMap<object, Who>()

/** The person and device acting in a transaction (null columns when none was named). */
export const whoIn = (trx: Db): Who | undefined => actingIn.get(trx)

export interface WriteScope {
  trx: Trx
  at: string
  /** The hall's date at `at` (YYYY-MM-DD). */
  today: string
  emit(event: ChangeEvent): void
}

/**
 * One user action = one transaction. Change events collected during the action are
 * published only once the commit has succeeded, so no screen ever sees a rolled-back state.
 */
export async function writeAction<T>(
  ctx: ServiceContext & { who?: Who | undefined },
  action: (scope: WriteScope) => Promise<T>,
): Promise<T> {
  const events: ChangeEvent[] = []
  const now = ctx.now()
  const at = now.toISOString()
  const today = hallDate(ctx, now)
  const result = await ctx.db.transaction().execute((trx) => {
    if (ctx.who) actingIn.set(trx, ctx.who)
    return action({ trx, at, today, emit: (event) => events.push(event) })
  })
  ctx.bus.publish(events)
  return result
}
