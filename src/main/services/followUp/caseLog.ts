import type { CaseFollowUp, Input } from '@shared/contract'
import { hallDate } from '@shared/time/hallClock'
import type { CallContext } from '../core/context'
import { readCaseSource, toFollowUp } from './caseSource'

/** A case's log with its derived state, clocks and the steps it takes now. */
export async function caseFollowUp(
  ctx: CallContext,
  input: Input<'followUp', 'log'>,
): Promise<CaseFollowUp> {
  return toFollowUp(ctx, await readCaseSource(ctx.db, input.caseId), hallDate(ctx))
}
