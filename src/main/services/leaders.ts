import type { CreateLeaderInput, LeaderView } from '../../shared/contract'
import { appendAudit } from './audit'
import { writeAction, type ServiceContext } from './context'

type CreateLeader = { name: string; title?: string | undefined }

export async function listLeaders(ctx: ServiceContext): Promise<LeaderView[]> {
  return ctx.db
    .selectFrom('leader')
    .select(['id', 'name', 'title'])
    .where('active', '=', 1)
    .orderBy('sort')
    .orderBy('id')
    .execute()
}

export async function createLeader(
  ctx: ServiceContext,
  actor: string,
  input: CreateLeader | CreateLeaderInput,
): Promise<LeaderView> {
  return writeAction(ctx, async ({ trx, at, emit }) => {
    const leader = await trx
      .insertInto('leader')
      .values({ name: input.name, title: input.title ?? '', created_at: at })
      .returning(['id', 'name', 'title'])
      .executeTakeFirstOrThrow()
    await appendAudit(trx, at, {
      actor,
      action: 'leader.create',
      entity: 'leader',
      entityId: leader.id,
      after: leader,
    })
    emit({ topic: 'reference', dayId: null, tableNos: [] })
    return leader
  })
}
