import type { BoardCall, BoardTable, BoardView, Input } from '@shared/contract'
import { formatTicket } from '@shared/contract/ticket'
import type { CallContext } from '../core/context'
import { readDay } from '../day/days'
import { DomainError } from '../core/domainError'
import { callStates, openBatches } from './openBatches'
import { hallMoment } from '@shared/time/hallClock'
import { orderQueue } from './priority'

/** How many of each table's next batches the board lists. */
export const BOARD_NEXT = 5

/**
 * The hall board: tickets now called and to which table, and the next few per table. Public
 * in the hall, so it carries tickets, table numbers, leaders' names and masked names only —
 * no summaries, natures, categories, ages, ID numbers or phones.
 */
export async function boardView(
  ctx: CallContext,
  input: Input<'queue', 'board'>,
): Promise<BoardView> {
  const day = await readDay(ctx.db, { id: input.dayId })
  if (!day) throw new DomainError('errors.day.notFound', {}, 'not_found')
  const now = ctx.now()
  const batches = await openBatches(ctx.db, input.dayId)
  const called = batches.filter((b) => b.status === 'called')
  const states = await callStates(
    ctx.db,
    called.map((b) => b.batchId),
  )
  const tableOf = new Map(day.duties.map((d) => [d.id, d.tableNo]))

  const calls: BoardCall[] = called
    .map((b) => {
      const state = states.get(b.batchId)
      return {
        ticket: formatTicket(b.ticketNo),
        tableNo: tableOf.get(b.dutyId) ?? 0,
        calledAt: state?.calledAt ?? b.calledAt ?? b.registeredAt,
        announceKey: state?.announceKey ?? 0,
        recalls: state?.recalls ?? 0,
      }
    })
    .sort((a, b) => b.announceKey - a.announceKey)

  const tables: BoardTable[] = day.duties.map((duty) => {
    const mine = batches.filter((b) => b.dutyId === duty.id)
    const current =
      mine.find((b) => b.status === 'in_session') ?? mine.find((b) => b.status === 'called')
    const waiting = orderQueue(
      mine.filter((b) => b.status === 'waiting'),
      day.date,
      hallMoment(ctx, now),
    )
    return {
      tableNo: duty.tableNo,
      leaderName: duty.leader.name,
      state: duty.state,
      current: current
        ? {
            ticket: formatTicket(current.ticketNo),
            status: current.status === 'in_session' ? 'in_session' : 'called',
          }
        : null,
      next: waiting
        .slice(0, BOARD_NEXT)
        .map((b) => ({ ticket: formatTicket(b.ticketNo), maskedNames: b.maskedNames })),
      waitingCount: waiting.length,
    }
  })

  return { dayId: input.dayId, date: day.date, calls, tables }
}
