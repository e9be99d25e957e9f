import type { BackupInfo, CloseDayResult, Input } from '@shared/contract'
import { formatTicket } from '@shared/contract/ticket'
import { hallDate } from '@shared/time/hallClock'
import { tallySentence } from '@shared/tally/summary'
import { appendAudit } from '../core/audit'
import { writeAction, type CallContext } from '../core/context'
import { dialectOf } from '../core/dialect'
import { DomainError } from '../core/domainError'
import { tallyOf, type TallyOptions } from '../tally/computeTally'
import { detailRowsOf } from '../tally/detailRows'
import { loadDay } from '../tally/load'
import { writeSnapshot } from '../tally/snapshot'
import { translatorFor } from '../core/translate'

const OPEN_STATUSES = ['waiting', 'called', 'in_session'] as const
/** How many open tickets the refusal names before "…". */
const LISTED = 20

export interface CloseDayOptions extends Omit<TallyOptions, 'now'> {
  /** The backup made once the close has committed (the hub's store); none in some tests. */
  backup?: () => Promise<BackupInfo>
}

/**
 * Closes a reception day: only once every batch is concluded, left (no_show) or cancelled.
 * In one transaction the tally is frozen (day_tally) and the day becomes `closed`, read-only
 * from then on (see dayGuard.ts); then the database is backed up. A failed backup does not
 * undo the close: it is reported (`backupError`) so the staff can retry from the settings.
 */
export async function closeDay(
  ctx: CallContext,
  input: Input<'day', 'close'>,
  options: CloseDayOptions = {},
): Promise<CloseDayResult> {
  const frozen = await writeAction(ctx, async ({ trx, at, emit }) => {
    // For update on PostgreSQL: a registration under way on another hub holds the day's row
    // under the share lock of its batch's foreign key until it commits, so the close waits for
    // it and counts its batch below. One that reaches its insert after the close is refused by
    // the closed-day trigger (nothing is stored). SQLite's one connection writes one at a time.
    const day = await trx
      .selectFrom('reception_day')
      .select(['id', 'date', 'state'])
      .where('id', '=', input.dayId)
      .$if(dialectOf(trx) === 'postgres', (q) => q.forUpdate())
      .executeTakeFirst()
    if (!day) throw new DomainError('errors.day.notFound', {}, 'not_found')
    if (day.state === 'closed') throw new DomainError('reports.close.alreadyClosed', {}, 'conflict')
    if (day.date > hallDate(ctx))
      throw new DomainError('reports.close.notYet', { date: day.date }, 'conflict')

    const open = await trx
      .selectFrom('batch')
      .select('ticket_no')
      .where('day_id', '=', input.dayId)
      .where('status', 'in', OPEN_STATUSES)
      .orderBy('ticket_no')
      .execute()
    if (open.length > 0) {
      const listed = open.slice(0, LISTED).map((b) => formatTicket(b.ticket_no))
      throw new DomainError(
        'reports.close.openBatches',
        { count: open.length, tickets: listed.join(', ') + (open.length > LISTED ? ' …' : '') },
        'conflict',
      )
    }

    const loaded = await loadDay(trx, input.dayId)
    const tally = {
      ...tallyOf(loaded, { timeZone: ctx.timeZone, ...options, now: new Date(at) }),
      state: 'closed' as const,
      closedAt: at,
      frozen: true,
    }
    const snapshot = { tally, rows: await detailRowsOf(trx, loaded) }
    await writeSnapshot(trx, snapshot, ctx.actor)
    await trx
      .updateTable('reception_day')
      .set({ state: 'closed', closed_at: at })
      .where('id', '=', input.dayId)
      .execute()
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'day.close',
      entity: 'reception_day',
      entityId: input.dayId,
      before: { state: day.state },
      after: { state: 'closed', totals: tally.totals },
    })
    emit({ topic: 'day', dayId: input.dayId, tableNos: loaded.duties.map((d) => d.tableNo) })
    return snapshot
  })

  let backup: BackupInfo | null = null
  let backupError: string | null = null
  if (options.backup) {
    try {
      backup = await options.backup()
    } catch (error) {
      backupError = error instanceof Error ? error.message : String(error)
    }
  }
  const t = translatorFor(ctx.locale)
  return {
    dayId: input.dayId,
    state: 'closed',
    closedAt: frozen.tally.closedAt ?? '',
    tally: { ...frozen.tally, summary: tallySentence(t, frozen.tally) },
    backup,
    backupError,
  }
}
