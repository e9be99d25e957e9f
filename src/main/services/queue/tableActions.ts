import type { DutyState, TableActionResult, Input } from '@shared/contract'
import { formatTicket } from '@shared/contract/ticket'
import { appendAudit } from '../core/audit'
import { writeAction, type Trx, type WriteScope, type CallContext } from '../core/context'
import { readDay } from '../day/days'
import { DomainError } from '../core/domainError'
import { transferInTrx } from './actions'
import { batchForAction, dutyAt, type DayCheck } from './transitions'

/** Default reason recorded on batches moved away when their leader ends the day. */
export const END_DAY_REASON = 'leader ended the day'

async function setDutyState(
  scope: WriteScope,
  actor: string,
  input: { dayId: number; tableNo: number; reason?: string | undefined },
  from: readonly DutyState[],
  to: DutyState,
  action: string,
) {
  const { trx, at, emit } = scope
  // Pausing and resuming move today's queue only.
  const duty = await dutyAt(trx, input.dayId, input.tableNo, { today: scope.today, rule: 'today' })
  if (!from.includes(duty.state))
    throw new DomainError(`queue.table.${duty.state}`, { tableNo: input.tableNo }, 'conflict')
  await trx.updateTable('duty').set({ state: to }).where('id', '=', duty.id).execute()
  await appendAudit(trx, at, {
    actor,
    action,
    entity: 'duty',
    entityId: duty.id,
    before: { state: duty.state },
    after: { state: to, tableNo: input.tableNo, reason: input.reason ?? null },
  })
  // Day views carry each duty's state; queue views and the board show it too.
  emit({ topic: 'day', dayId: input.dayId, tableNos: [input.tableNo] })
  emit({ topic: 'queue', dayId: input.dayId, tableNos: [input.tableNo] })
  return duty
}

async function tableResult(
  trx: Trx,
  dayId: number,
  tableNo: number,
  at: string,
  transferred: string[] = [],
  left: TableActionResult['left'] = [],
): Promise<TableActionResult> {
  const day = await readDay(trx, { id: dayId })
  const duty = day?.duties.find((d) => d.tableNo === tableNo)
  if (!duty) throw new DomainError('queue.noSuchTable', { tableNo }, 'not_found')
  return { dayId, duty, at, transferred, left }
}

/** The leader steps out: the table keeps its queue, but nobody is called until it resumes. */
export async function pauseTable(
  ctx: CallContext,
  input: Input<'queue', 'pause'>,
): Promise<TableActionResult> {
  return writeAction(ctx, async (scope) => {
    await setDutyState(scope, ctx.actor, input, ['active'], 'paused', 'queue.pause')
    return tableResult(scope.trx, input.dayId, input.tableNo, scope.at)
  })
}

export async function resumeTable(
  ctx: CallContext,
  input: Input<'queue', 'resume'>,
): Promise<TableActionResult> {
  return writeAction(ctx, async (scope) => {
    await setDutyState(scope, ctx.actor, input, ['paused'], 'active', 'queue.resume')
    return tableResult(scope.trx, input.dayId, input.tableNo, scope.at)
  })
}

/**
 * The leader ends their day: the table takes no more batches. Refused while a session is
 * open. Batches still waiting (or called) move to `transferTo` in the same transaction if it
 * is given; otherwise they stay, listed in `left`, to be transferred one by one.
 */
export async function endTableDay(
  ctx: CallContext,
  input: Input<'queue', 'endDay'>,
): Promise<TableActionResult> {
  return writeAction(ctx, async (scope) => {
    const { trx, at, emit } = scope
    // Ending a table also finishes a past day left open, so that it can be closed.
    const check: DayCheck = { today: scope.today, rule: 'todayOrPast' }
    const duty = await dutyAt(trx, input.dayId, input.tableNo, check)
    const inSession = await trx
      .selectFrom('batch')
      .select('ticket_no')
      .where('duty_id', '=', duty.id)
      .where('status', '=', 'in_session')
      .executeTakeFirst()
    if (inSession)
      throw new DomainError(
        'queue.sessionOpen',
        { ticket: formatTicket(inSession.ticket_no) },
        'conflict',
      )
    if (input.transferTo === input.tableNo)
      throw new DomainError('queue.sameTable', { tableNo: input.tableNo }, 'invalid')
    await setDutyState(scope, ctx.actor, input, ['active', 'paused'], 'ended', 'queue.endDay')

    const open = await trx
      .selectFrom('batch')
      .select(['id', 'ticket_no', 'status'])
      .where('duty_id', '=', duty.id)
      .where('status', 'in', ['waiting', 'called'])
      .orderBy('ticket_no')
      .execute()
    const transferred: string[] = []
    if (input.transferTo !== undefined && open.length > 0) {
      for (const b of open) {
        const batch = await batchForAction(trx, b.id, check)
        // Without emit: one event for all the moves, below.
        await transferInTrx(
          { trx, at },
          ctx.actor,
          batch,
          input.transferTo,
          input.reason ?? END_DAY_REASON,
          check,
        )
        transferred.push(formatTicket(b.ticket_no))
      }
      emit({ topic: 'queue', dayId: input.dayId, tableNos: [input.tableNo, input.transferTo] })
    }
    const left =
      input.transferTo === undefined
        ? open.map((b) => ({ batchId: b.id, ticket: formatTicket(b.ticket_no), status: b.status }))
        : []
    return tableResult(trx, input.dayId, input.tableNo, at, transferred, left)
  })
}
