import { createHash } from 'node:crypto'
import { writeAction, type ServiceContext, type WriteScope } from './context'
import { DomainError } from './domainError'

export interface RequestKey {
  /** The client's id of this submission; without one the action simply runs. */
  requestId: string | undefined
  procedure: string
  /** The validated input; its request id is not part of what must match. */
  input: { requestId?: string | undefined }
}

const hashOf = (procedure: string, input: RequestKey['input']) => {
  const { requestId: _id, ...rest } = input
  return createHash('sha256')
    .update(procedure)
    .update('\0')
    .update(JSON.stringify(rest))
    .digest('hex')
}

/**
 * Acts once per request id, inside the action's own transaction: a retry whose first attempt
 * committed (its answer lost to a cut connection or a killed hub) gets that attempt's answer
 * and changes nothing; the same id with another procedure or input is refused. The answer is
 * stored with the action, so either both are committed or neither is.
 */
export async function actOnce<T>(
  scope: WriteScope,
  key: RequestKey,
  act: (scope: WriteScope) => Promise<T>,
): Promise<T> {
  if (!key.requestId) return act(scope)
  const hash = hashOf(key.procedure, key.input)
  const earlier = await scope.trx
    .selectFrom('request_log')
    .select(['procedure', 'input_hash', 'result_json'])
    .where('request_id', '=', key.requestId)
    .executeTakeFirst()
  if (earlier) {
    if (earlier.procedure !== key.procedure || earlier.input_hash !== hash)
      throw new DomainError('errors.request.reused', {}, 'conflict')
    return JSON.parse(earlier.result_json) as T
  }
  const result = await act(scope)
  await scope.trx
    .insertInto('request_log')
    .values({
      request_id: key.requestId,
      procedure: key.procedure,
      input_hash: hash,
      result_json: JSON.stringify(result),
      at: scope.at,
    })
    .execute()
  return result
}

/** writeAction, once per request id: one transaction holds the action and its answer. */
export function writeOnce<T>(
  ctx: ServiceContext,
  key: RequestKey,
  action: (scope: WriteScope) => Promise<T>,
): Promise<T> {
  return writeAction(ctx, (scope) => actOnce(scope, key, action))
}
