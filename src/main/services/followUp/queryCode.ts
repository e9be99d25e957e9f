import type { Input, KioskCase, QueryAnswer, Satisfaction } from '@shared/contract'
import { appendAudit } from '../core/audit'
import { writeAction, type CallContext, type Trx } from '../core/context'
import { DomainError } from '../core/domainError'
import { hallOf } from '../core/hall'
import { readCaseSource, toFollowUp, type CaseSource } from './caseSource'
import { rowLimit } from '../core/rowLimit'

/**
 * Wrong look-ups before a lock-out, per kiosk device and per code, over a sliding window. The
 * code has 31^10 values and cannot be guessed; its last digits (10^4) can, so the code's own
 * count is the one that matters: 5 an hour keeps a guesser at the receipt's code for months.
 */
export const QUERY_LIMITS = {
  device: { failures: 5, minutes: 10 },
  code: { failures: 5, minutes: 60 },
} as const

/** The kiosk's rating of the answer in force (art 21), one per answer. */
export const RATING_KIND = 'rating'

/** The log entries that put an answer in force: a new one opens a new rating. */
const ANSWERS = ['reply', 'onSpotRecord', 'reviewAnswer']

const minutesAgo = (now: Date, minutes: number) =>
  new Date(now.getTime() - minutes * 60_000).toISOString()

/** Minutes until the oldest counted failure leaves the window, or 0 when not locked. */
async function lockedFor(trx: Trx, now: Date, column: 'device' | 'code', value: string) {
  const limit = QUERY_LIMITS[column]
  const failures = await trx
    .selectFrom('query_attempt')
    .select('at')
    .where(column, '=', value)
    .where('ok', '=', 0)
    .where('at', '>', minutesAgo(now, limit.minutes))
    .orderBy('at', 'desc')
    .limit(rowLimit(limit.failures))
    .execute()
  if (failures.length < limit.failures)
    return { minutes: 0, left: limit.failures - failures.length }
  const oldest = new Date(failures[failures.length - 1]?.at ?? now.toISOString()).getTime()
  const until = oldest + limit.minutes * 60_000
  return { minutes: Math.max(1, Math.ceil((until - now.getTime()) / 60_000)), left: 0 }
}

const lastOf = (value: string | null, digitsOnly: boolean) => {
  if (!value) return null
  const clean = digitsOnly ? value.replace(/\D/g, '') : value.replace(/\s/g, '').toUpperCase()
  return clean.length >= 4 ? clean.slice(-4) : null
}

/** The batch of this code, at this hall, whose members' phone or ID number ends in these
 * digits: a kiosk answers for its own hall's visits only (several halls on one server). */
async function findVisit(trx: Trx, hall: string, code: string, lastDigits: string) {
  const batch = await trx
    .selectFrom('batch')
    .innerJoin('reception_day', 'reception_day.id', 'batch.day_id')
    .select(['batch.id', 'reception_day.date'])
    .where('batch.query_code', '=', code)
    .where('reception_day.hall', '=', hall)
    .executeTakeFirst()
  if (!batch) return undefined
  const members = await trx
    .selectFrom('batch_member')
    .innerJoin('person', 'person.id', 'batch_member.person_id')
    .select(['person.phone', 'person.id_number'])
    .where('batch_member.batch_id', '=', batch.id)
    .execute()
  const matches = members.some(
    (m) => lastOf(m.phone, true) === lastDigits || lastOf(m.id_number, false) === lastDigits,
  )
  return matches ? batch : undefined
}

function kioskCase(ctx: CallContext, source: CaseSource, today: string): KioskCase {
  const f = toFollowUp(ctx, source, today)
  const lastAnswer = source.entries.findLastIndex((e) => ANSWERS.includes(e.kind))
  const rating = source.entries.findLast((e) => e.kind === RATING_KIND)
  const ratingIndex = rating ? source.entries.indexOf(rating) : -1
  const answered = lastAnswer >= 0 && ['replied', 'called_back', 'closed'].includes(f.state)
  return {
    caseNo: f.caseNo,
    state: f.state,
    followed: f.followed,
    acceptedOn: f.acceptedOn,
    departmentName: f.departmentName,
    noticeOn: f.noticeOn,
    deadline: f.followed ? f.deadline : null,
    extended: f.extended,
    replyOn: f.replyOn,
    closedOn:
      f.state === 'closed'
        ? (source.entries.findLast((e) => e.kind === 'close' || e.kind === 'reviewAnswer')?.on ??
          null)
        : null,
    rating:
      rating && ratingIndex > lastAnswer
        ? { satisfaction: rating.data['satisfaction'] as Satisfaction, on: rating.on }
        : null,
    mayRate: f.followed && answered && ratingIndex < lastAnswer,
  }
}

async function casesOf(ctx: CallContext, trx: Trx, batchId: number, today: string) {
  const ids = await trx
    .selectFrom('petition_case')
    .select('id')
    .where('batch_id', '=', batchId)
    .orderBy('id')
    .execute()
  const cases: { id: number; view: KioskCase }[] = []
  for (const { id } of ids)
    cases.push({ id, view: kioskCase(ctx, await readCaseSource(trx, id), today) })
  return cases
}

/**
 * A look-up at the kiosk: refused while the device or the code is locked out (not counted
 * then, so the lock ends), else counted, right or wrong. A wrong code and wrong digits answer
 * the same. `device` is the kiosk as the hub knows it, never as the caller declares it.
 */
async function authenticate(
  scope: { trx: Trx; at: string; hall: string },
  device: string,
  input: Input<'followUp', 'query'>,
) {
  const now = new Date(scope.at)
  const byDevice = await lockedFor(scope.trx, now, 'device', device)
  const byCode = await lockedFor(scope.trx, now, 'code', input.code)
  const minutes = Math.max(byDevice.minutes, byCode.minutes)
  if (minutes > 0) return { answer: { status: 'locked', minutes } as const }
  const visit = await findVisit(scope.trx, scope.hall, input.code, input.lastDigits)
  await scope.trx
    .insertInto('query_attempt')
    .values({ at: scope.at, device, code: input.code, ok: visit ? 1 : 0 })
    .execute()
  if (visit) return { visit }
  // The failure just counted may be the one that locks: say so now, not at the next try.
  const after = [
    await lockedFor(scope.trx, now, 'device', device),
    await lockedFor(scope.trx, now, 'code', input.code),
  ]
  const lockedNow = Math.max(...after.map((l) => l.minutes))
  if (lockedNow > 0) return { answer: { status: 'locked', minutes: lockedNow } as const }
  return {
    answer: { status: 'notFound', attemptsLeft: Math.min(...after.map((l) => l.left)) } as const,
  }
}

/** The petitioner's view of their visit's cases, masked (DESIGN.md "After the day"). */
export async function queryProgress(
  ctx: CallContext,
  input: Input<'followUp', 'query'>,
  device: string,
): Promise<QueryAnswer> {
  return writeAction(ctx, async ({ trx, at, today }) => {
    const auth = await authenticate({ trx, at, hall: hallOf(ctx) }, device, input)
    if (!auth.visit) return auth.answer
    const cases = await casesOf(ctx, trx, auth.visit.id, today)
    return { status: 'found', visitedOn: auth.visit.date, cases: cases.map((c) => c.view) }
  })
}

/**
 * The petitioner rates the handling (art 21): a `rating` entry of the case's log, once per
 * answer in force (a reply, a 现场处理记录, a review's answer), audit-logged. It does not move
 * the case's state and is not a call-back: the three rates count valid call-backs only.
 */
export async function rateHandling(
  ctx: CallContext,
  input: Input<'followUp', 'rate'>,
  device: string,
): Promise<QueryAnswer> {
  return writeAction(ctx, async ({ trx, at, today, emit }) => {
    const auth = await authenticate({ trx, at, hall: hallOf(ctx) }, device, input)
    if (!auth.visit) return auth.answer
    const cases = await casesOf(ctx, trx, auth.visit.id, today)
    const target = cases.find((c) => c.view.caseNo === input.caseNo)
    if (!target) throw new DomainError('kioskError.noSuchCase', {}, 'not_found')
    if (!target.view.mayRate) throw new DomainError('kioskError.rateNotNow', {}, 'conflict')
    const data = { satisfaction: input.satisfaction, via: 'kiosk', answerOn: target.view.replyOn }
    const row = await trx
      .insertInto('case_log')
      .values({
        case_id: target.id,
        kind: RATING_KIND,
        at,
        on_date: today,
        actor: ctx.actor,
        state: target.view.state,
        deadline: null,
        data_json: JSON.stringify(data),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: `followUp.${RATING_KIND}`,
      entity: 'petition_case',
      entityId: target.id,
      after: { entryId: row.id, device, ...data },
    })
    emit({ topic: 'case', dayId: null, tableNos: [] })
    const after = await casesOf(ctx, trx, auth.visit.id, today)
    return { status: 'found', visitedOn: auth.visit.date, cases: after.map((c) => c.view) }
  })
}
