import type { Figures, RateGroup, RateSettings, RatesView, Ratio } from '@shared/contract'
import { acceptanceNoticeDeadline } from '@shared/cases/deadlines'
import { FOLLOWED } from '@shared/followUp/caseLog'
import type { Db, Trx } from '../core/context'
import { daysOfHall } from '../core/hall'

// The three rates and the follow-up figures, exactly as DESIGN.md "The three rates" defines
// them, for one month: call-backs by the date of the call, 按期办结率 by the deadline's date,
// 及时告知率 by the notice's due date. Counted from the case log, never from a stored state.

interface CaseFacts {
  caseId: number
  department: { key: string; name: string | null }
  ownerLeader: { key: string; name: string | null }
  township: { key: string; name: string | null }
  category: { key: string; name: string | null }
  /** The valid call-backs of the month, and the failed attempts. */
  valid: { contacted: boolean; resolved: boolean; satisfaction: string }[]
  failed: number
  /** Its deadline fell in the month; and it was closed by then. */
  due: boolean
  onTime: boolean
  noticeDue: boolean
  noticeTimely: boolean
}

const inMonth = (date: string | null, month: string) => date !== null && date.startsWith(month)
const key = (id: number | string | null, name: string | null) => ({
  key: id === null ? '-' : String(id),
  name,
})

async function monthFacts(
  db: Db | Trx,
  month: string,
  today: string,
  hall: string,
): Promise<CaseFacts[]> {
  const cases = await db
    .selectFrom('petition_case')
    .leftJoin('department', 'department.id', 'petition_case.department_id')
    .leftJoin('leader', 'leader.id', 'petition_case.owner_leader_id')
    .leftJoin('township', 'township.code', 'petition_case.township_code')
    .leftJoin('category', 'category.id', 'petition_case.category_id')
    .select([
      'petition_case.id',
      'petition_case.outcome',
      'petition_case.accepted_on',
      'petition_case.deadline',
      'petition_case.department_id',
      'department.name as departmentName',
      'petition_case.owner_leader_id',
      'leader.name as leaderName',
      'petition_case.township_code',
      'township.name as townshipName',
      'petition_case.category_id',
      'category.name as categoryName',
    ])
    .where('petition_case.outcome', 'in', [...FOLLOWED])
    .where('petition_case.day_id', 'in', daysOfHall(db, hall))
    .orderBy('petition_case.id')
    .execute()
  const logs = await db
    .selectFrom('case_log')
    .select(['case_id', 'kind', 'on_date', 'deadline', 'data_json'])
    .where('kind', 'in', ['callback', 'close', 'notice', 'extension'])
    .orderBy('id')
    .execute()
  const byCase = new Map<number, typeof logs>()
  for (const row of logs) byCase.set(row.case_id, [...(byCase.get(row.case_id) ?? []), row])

  return cases.map((c) => {
    const log = byCase.get(c.id) ?? []
    const extension = log.filter((r) => r.kind === 'extension').at(-1)
    const deadline = extension?.deadline ?? c.deadline
    const handled = c.outcome === 'assigned' || c.outcome === 'forwarded'
    const noticeBy = handled && c.accepted_on ? acceptanceNoticeDeadline(c.accepted_on).date : null
    const notice = log.find((r) => r.kind === 'notice')
    const calls = log
      .filter((r) => r.kind === 'callback' && inMonth(r.on_date, month))
      .map((r) => JSON.parse(r.data_json) as Record<string, unknown>)
    // A deadline (a notice's due date) has fallen once its day is over, or once it was met:
    // a live month does not count a case late whose deadline is still ahead.
    const closedBy =
      deadline !== null && log.some((r) => r.kind === 'close' && r.on_date <= deadline)
    const due =
      handled && deadline !== null && inMonth(deadline, month) && (deadline < today || closedBy)
    const timely = noticeBy !== null && !!notice && notice.on_date <= noticeBy
    const noticeDue = noticeBy !== null && inMonth(noticeBy, month) && (noticeBy < today || timely)
    return {
      caseId: c.id,
      department: key(c.department_id, c.departmentName),
      ownerLeader: key(c.owner_leader_id, c.leaderName),
      township: key(c.township_code, c.townshipName),
      category: key(c.category_id, c.categoryName),
      valid: calls
        .filter((d) => d['result'] === 'reached')
        .map((d) => ({
          contacted: d['contacted'] === true,
          resolved: d['resolved'] === true,
          satisfaction: String(d['satisfaction']),
        })),
      failed: calls.filter((d) => d['result'] !== 'reached').length,
      due,
      onTime: due && closedBy,
      noticeDue,
      noticeTimely: noticeDue && timely,
    }
  })
}

const unique = (ids: number[]) => [...new Set(ids)]

function ratio(count: number, of: number, caseIds: number[], ofCaseIds: number[]): Ratio {
  return {
    count,
    of,
    rate: of === 0 ? null : count / of,
    caseIds: unique(caseIds),
    ofCaseIds: unique(ofCaseIds),
  }
}

/** The figures over some cases of the month. */
export function figuresOf(facts: CaseFacts[], settings: RateSettings): Figures {
  const calls = facts.flatMap((f) => f.valid.map((v) => ({ ...v, caseId: f.caseId })))
  const valid = calls.length
  const validIds = calls.map((c) => c.caseId)
  const pick = (test: (c: (typeof calls)[number]) => boolean) => calls.filter(test)
  const contacted = pick((c) => c.contacted)
  const resolved = pick((c) => c.resolved)
  const satisfied = pick((c) => c.satisfaction === 'satisfied')
  const basically = pick((c) => c.satisfaction === 'basically_satisfied')
  const dissatisfied = pick((c) => c.satisfaction === 'dissatisfied')
  const response = ratio(
    contacted.length,
    valid,
    contacted.map((c) => c.caseId),
    validIds,
  )
  const resolution = ratio(
    resolved.length,
    valid,
    resolved.map((c) => c.caseId),
    validIds,
  )
  const satisfaction: Ratio = {
    ...ratio(
      satisfied.length + basically.length,
      valid,
      [...satisfied, ...basically].map((c) => c.caseId),
      validIds,
    ),
    rate:
      valid === 0
        ? null
        : (satisfied.length + (settings.wPercent / 100) * basically.length) / valid,
  }
  const due = facts.filter((f) => f.due)
  const onTime = due.filter((f) => f.onTime)
  const noticeDue = facts.filter((f) => f.noticeDue)
  const timely = noticeDue.filter((f) => f.noticeTimely)
  return {
    valid,
    failed: facts.reduce((n, f) => n + f.failed, 0),
    satisfied: satisfied.length,
    basicallySatisfied: basically.length,
    dissatisfied: dissatisfied.length,
    response,
    resolution,
    satisfaction,
    composite:
      valid === 0
        ? null
        : (settings.responseWeight * (response.rate ?? 0) +
            settings.resolutionWeight * (resolution.rate ?? 0) +
            settings.satisfactionWeight * (satisfaction.rate ?? 0)) /
          100,
    onTime: ratio(
      onTime.length,
      due.length,
      onTime.map((f) => f.caseId),
      due.map((f) => f.caseId),
    ),
    timelyNotice: ratio(
      timely.length,
      noticeDue.length,
      timely.map((f) => f.caseId),
      noticeDue.map((f) => f.caseId),
    ),
  }
}

const touches = (f: CaseFacts) => f.valid.length > 0 || f.failed > 0 || f.due || f.noticeDue

function groups(
  facts: CaseFacts[],
  by: 'department' | 'ownerLeader' | 'township' | 'category',
  settings: RateSettings,
): RateGroup[] {
  const map = new Map<string, { name: string | null; facts: CaseFacts[] }>()
  for (const f of facts.filter(touches)) {
    const g = f[by]
    const entry = map.get(g.key) ?? { name: g.name, facts: [] }
    entry.facts.push(f)
    map.set(g.key, entry)
  }
  return [...map.entries()]
    .map(([k, v]) => ({ key: k, name: v.name, figures: figuresOf(v.facts, settings) }))
    .sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff', 'zh-CN'))
}

/** The month's figures as they are now, overall and by every grouping. */
export async function computeRates(
  db: Db | Trx,
  month: string,
  settings: RateSettings,
  today: string,
  /** The hall whose cases count ('' the local hall, core/hall.ts). */
  hall = '',
): Promise<RatesView> {
  const facts = await monthFacts(db, month, today, hall)
  return {
    month,
    settings,
    frozen: false,
    frozenAt: null,
    overall: figuresOf(facts, settings),
    byDepartment: groups(facts, 'department', settings),
    byOwnerLeader: groups(facts, 'ownerLeader', settings),
    byTownship: groups(facts, 'township', settings),
    byCategory: groups(facts, 'category', settings),
  }
}
