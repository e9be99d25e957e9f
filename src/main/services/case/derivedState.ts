import type { ExpressionBuilder } from 'kysely'
import type { CaseState, FollowUpState } from '@shared/contract'
import type { Database } from '../../store/schema'
import { rowLimit } from '../core/rowLimit'

// The case list's state (办理中 / 已答复 / 已办结) is derived from the case log (issue 14): the
// newest log entry's state, or — for a case with no follow-up step yet — the state the table
// recorded. Never a column edited in place.

type Eb = ExpressionBuilder<Database, 'petition_case'>

const latestLogState = (eb: Eb) =>
  eb
    .selectFrom('case_log')
    .select('case_log.state')
    .whereRef('case_log.case_id', '=', 'petition_case.id')
    .orderBy('case_log.id', 'desc')
    .limit(rowLimit(1))

/** The list state of a follow-up state. */
export function listState(state: FollowUpState): CaseState {
  if (state === 'replied' || state === 'called_back') return 'replied'
  if (state === 'closed') return 'closed'
  return 'open'
}

/** The list state in SQL, for filters and counts. */
export const derivedCaseState = (eb: Eb) =>
  eb
    .case()
    .when(latestLogState(eb), 'in', ['replied', 'called_back'])
    .then('replied')
    .when(latestLogState(eb), '=', 'closed')
    .then('closed')
    .when(latestLogState(eb), 'is not', null)
    .then('open')
    .else(eb.ref('petition_case.state'))
    .end()

/** The deadline in force: an extension's (case log), or the one the table set. */
export const effectiveDeadline = (eb: Eb) =>
  eb.fn.coalesce(
    eb
      .selectFrom('case_log')
      .select('case_log.deadline')
      .whereRef('case_log.case_id', '=', 'petition_case.id')
      .where('case_log.kind', '=', 'extension')
      .orderBy('case_log.id', 'desc')
      .limit(rowLimit(1)),
    eb.ref('petition_case.deadline'),
  )
