import type { CaseBrief, EarlierVisit, KnownPerson, LookupResult, Input } from '@shared/contract'
import { formatTicket } from '@shared/contract/ticket'
import { maskIdNumber, maskPhone } from '@shared/person/mask'
import { hallDate } from '@shared/time/hallClock'
import type { ServiceContext, CallContext } from '../core/context'
import { derivedCaseState, effectiveDeadline } from '../case/derivedState'
import { hallLabel } from '../core/hall'
import { rowLimit } from '../core/rowLimit'

type MatchedBy = KnownPerson['matchedBy'][number]

const MAX_PERSONS = 10
const MAX_VISITS = 20

/**
 * The repeat check run while the clerk types: who among the county's petitioners this
 * might be, their earlier visits and cases, and today's appointments. Accusation content
 * is withheld: it stays with the leader handling it.
 */
export async function findRepeats(
  ctx: CallContext,
  input: Input<'desk', 'lookup'>,
): Promise<LookupResult> {
  const { db } = ctx
  // One query for every way the person may be on file (a round trip each on PostgreSQL): the
  // candidates by ID number, by phone and by name + township, each capped as before.
  const person = db.selectFrom('person').select('id')
  const capped = (q: typeof person) =>
    db.selectFrom(q.limit(rowLimit(MAX_PERSONS)).as('c')).select('c.id')
  const candidates = [
    input.idNumber ? capped(person.where('id_number', '=', input.idNumber)) : null,
    input.phone ? capped(person.where('phone', '=', input.phone)) : null,
    input.name && input.townshipCode
      ? capped(
          person.where('name', '=', input.name).where('township_code', '=', input.townshipCode),
        )
      : null,
  ].filter((q) => q !== null)
  const [first, ...rest] = candidates
  if (!first) return { persons: [], visits: [], appointments: [] }
  const found = await db
    .selectFrom('person')
    .select(['id', 'name', 'id_number', 'phone', 'township_code'])
    .where(
      'id',
      'in',
      rest.reduce((union, q) => union.unionAll(q), first),
    )
    .execute()

  // Matched by ID number first, then phone, then name + township, as the clerk reads them.
  const matchedBy = (p: (typeof found)[number]) =>
    (
      [
        ['idNumber', !!input.idNumber && p.id_number === input.idNumber],
        ['phone', !!input.phone && p.phone === input.phone],
        [
          'nameTownship',
          !!input.name && p.name === input.name && p.township_code === input.townshipCode,
        ],
      ] as const
    )
      .filter(([, hit]) => hit)
      .map(([by]): MatchedBy => by)
  const rank = (by: MatchedBy[]) => (by[0] === 'idNumber' ? 0 : by[0] === 'phone' ? 1 : 2)
  const people = found
    .map((p) => ({ ...p, by: matchedBy(p) }))
    .filter((p) => p.by.length > 0)
    .sort((x, y) => rank(x.by) - rank(y.by) || x.id - y.id)
    .slice(0, MAX_PERSONS)
  const personIds = people.map((p) => p.id)
  if (personIds.length === 0) return { persons: [], visits: [], appointments: [] }

  const persons: KnownPerson[] = people.map((p) => ({
    personId: p.id,
    name: p.name,
    maskedIdNumber: maskIdNumber(p.id_number),
    maskedPhone: maskPhone(p.phone),
    matchedBy: p.by,
    registeredAs:
      input.name && input.idNumber && p.id_number === input.idNumber && p.name !== input.name
        ? p.name
        : null,
  }))

  const today = hallDate(ctx)
  // Independent reads: on PostgreSQL's pool they run at once; SQLite's one connection takes
  // them in turn.
  const [visits, appointments] = await Promise.all([
    earlierVisits(ctx, personIds, today),
    input.dayId
      ? db
          .selectFrom('appointment')
          .leftJoin('leader', 'leader.id', 'appointment.leader_id')
          .select([
            'appointment.id as appointmentId',
            'appointment.person_id as personId',
            'appointment.summary',
            'appointment.slot',
            'appointment.leader_id as leaderId',
            'leader.name as leaderName',
          ])
          .where('appointment.day_id', '=', input.dayId)
          .where('appointment.person_id', 'in', personIds)
          .where('appointment.state', '=', 'booked')
          .execute()
      : [],
  ])
  return { persons, visits, appointments }
}

/** Earlier visits of these persons, newest first, with their cases (accusations withheld). */
export async function earlierVisits(
  ctx: ServiceContext,
  personIds: number[],
  today: string,
): Promise<EarlierVisit[]> {
  const { db } = ctx
  // Every hall's history (several halls on one server): each visit names its hall.
  const visitsOf = () =>
    db
      .selectFrom('batch_member')
      .innerJoin('batch', 'batch.id', 'batch_member.batch_id')
      .where('batch_member.person_id', 'in', personIds)
      .where('batch.status', '!=', 'cancelled')
  // The visits and their cases at once (on PostgreSQL's pool, one round trip instead of two):
  // the cases are those of the MAX_VISITS newest batches, the ones the visits list.
  const [rows, cases] = await Promise.all([
    visitsOf()
      .innerJoin('reception_day', 'reception_day.id', 'batch.day_id')
      .innerJoin('duty', 'duty.id', 'batch.duty_id')
      .innerJoin('leader', 'leader.id', 'duty.leader_id')
      .select([
        'batch.id as batchId',
        'batch_member.person_id as personId',
        'reception_day.date as date',
        'batch.ticket_no as ticketNo',
        'duty.table_no as tableNo',
        'leader.name as leaderName',
        'batch.status as status',
        'batch.nature as nature',
        'batch.summary as summary',
        'reception_day.hall as hall',
      ])
      .orderBy('batch.id', 'desc')
      .limit(rowLimit(MAX_VISITS * personIds.length))
      .execute(),
    db
      .selectFrom('petition_case')
      .leftJoin('leader', 'leader.id', 'petition_case.owner_leader_id')
      .select([
        'petition_case.id as caseId',
        'petition_case.batch_id as batchId',
        'petition_case.case_no as caseNo',
        'petition_case.nature as nature',
        'petition_case.summary as summary',
        'petition_case.outcome as outcome',
        'petition_case.review_stage as reviewStage',
        'leader.name as ownerLeaderName',
      ])
      // State and deadline as the case log has them (issue 14); 复核 answered is the second
      // review answer of the log (a re-review only follows an answered review).
      .select((eb) => [
        derivedCaseState(eb).$castTo<CaseBrief['state']>().as('state'),
        effectiveDeadline(eb).$castTo<string | null>().as('deadline'),
        eb
          .selectFrom('case_log')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('case_log.case_id', '=', 'petition_case.id')
          .where('case_log.kind', '=', 'reviewAnswer')
          .as('reviewAnswers'),
      ])
      .where(
        'petition_case.batch_id',
        'in',
        visitsOf()
          .select('batch.id')
          .distinct()
          .orderBy('batch.id', 'desc')
          .limit(rowLimit(MAX_VISITS)),
      )
      .execute(),
  ])

  const byBatch = new Map<number, EarlierVisit>()
  for (const r of rows) {
    const known = byBatch.get(r.batchId)
    if (known) {
      known.personIds.push(r.personId)
      continue
    }
    if (byBatch.size >= MAX_VISITS) continue
    byBatch.set(r.batchId, {
      batchId: r.batchId,
      personIds: [r.personId],
      date: r.date,
      ticket: formatTicket(r.ticketNo),
      tableNo: r.tableNo,
      leaderName: r.leaderName,
      status: r.status,
      nature: r.nature,
      summary: r.nature === 'accusation' ? null : r.summary,
      cases: [],
      hall: hallLabel(ctx, r.hall),
    })
  }
  for (const c of cases) {
    const brief: CaseBrief = {
      caseId: c.caseId,
      caseNo: c.caseNo,
      summary: c.nature === 'accusation' ? null : c.summary,
      outcome: c.outcome,
      deadline: c.deadline,
      state: c.state,
      reviewStage:
        Number(c.reviewAnswers) >= 2
          ? 're_review'
          : Number(c.reviewAnswers) === 1 && c.reviewStage === 'none'
            ? 'review'
            : c.reviewStage,
      ownerLeaderName: c.ownerLeaderName,
      withinDeadline: c.state === 'open' && c.deadline !== null && c.deadline >= today,
      closedAfterReReview:
        c.state === 'closed' && (c.reviewStage === 're_review' || Number(c.reviewAnswers) >= 2),
    }
    byBatch.get(c.batchId)?.cases.push(brief)
  }
  return [...byBatch.values()]
}
