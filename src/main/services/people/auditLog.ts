import type { Input, Output } from '@shared/contract'
import { AUDIT_PAGE_SIZE } from '@shared/contract/people'
import type { CallContext } from '../core/context'
import { rowLimit } from '../core/rowLimit'

/**
 * The audit log for a person (what they did and read, on which device) or for a case (its own
 * entries and its batch's: the registration, corrections, reads of the full personal data),
 * newest first, a page at a time.
 */
export async function auditLog(
  ctx: CallContext,
  input: Input<'people', 'audit'>,
): Promise<Output<'people', 'audit'>> {
  const byCase =
    input.caseId === undefined && input.caseNo === undefined
      ? undefined
      : ((await ctx.db
          .selectFrom('petition_case')
          .select(['id', 'batch_id'])
          .$if(input.caseId !== undefined, (q) => q.where('id', '=', input.caseId ?? 0))
          .$if(input.caseNo !== undefined, (q) => q.where('case_no', '=', input.caseNo ?? ''))
          .executeTakeFirst()) ?? null)
  let query = ctx.db
    .selectFrom('audit_log')
    .leftJoin('hall_person', 'hall_person.id', 'audit_log.person_id')
    .leftJoin('device', 'device.id', 'audit_log.device_id')
  if (input.personId !== undefined) query = query.where('audit_log.person_id', '=', input.personId)
  // An unknown case has no entries.
  if (byCase === null) query = query.where('audit_log.id', '<', 0)
  else if (byCase)
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('audit_log.entity', '=', 'case'), eb('audit_log.entity_id', '=', byCase.id)]),
        eb.and([
          eb('audit_log.entity', '=', 'batch'),
          eb('audit_log.entity_id', '=', byCase.batch_id),
        ]),
      ]),
    )
  const total = await query
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow()
  const rows = await query
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.action',
      'audit_log.entity',
      'audit_log.entity_id',
      'audit_log.actor',
      'audit_log.person_id',
      'audit_log.device_id',
      'hall_person.name as person_name',
      'device.name as device_name',
    ])
    .orderBy('audit_log.id', 'desc')
    .limit(rowLimit(AUDIT_PAGE_SIZE))
    .offset((input.page - 1) * AUDIT_PAGE_SIZE)
    .execute()
  return {
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      actor: r.actor,
      personId: r.person_id,
      personName: r.person_name,
      deviceId: r.device_id,
      deviceName: r.device_name,
    })),
    total: Number(total.n),
    page: input.page,
    pageSize: AUDIT_PAGE_SIZE,
  }
}
