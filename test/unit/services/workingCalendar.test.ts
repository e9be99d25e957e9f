import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RecordOutcomeInput, SetCalendarYearInput, ImportCalendarInput } from '@shared/contract'
import type { SetCalendarYearInput as SetYear } from '@shared/contract'
import { caseDetail, caseDocumentView, issueDocument } from '../../../src/main/services/case'
import { recordOutcome } from '../../../src/main/services/outcome'
import {
  importCalendarFile,
  listCalendar,
  removeCalendarYear,
  setCalendarYear,
} from '../../../src/main/services/calendar'
import { actingAs, type CallContext } from '../../../src/main/services/core/context'
import { DomainError } from '../../../src/main/services/core/domainError'
import { callNext, startSession } from '../../../src/main/services/queue'
import { createDepartment } from '../../../src/main/services/reference/departments'
import { registerBatch } from '../../../src/main/services/batch/registration'
import { planWithLeaders, registration } from '../../support/fixtures'
import { tempStore, type TempStore } from '../../support/tempStore'

// 2026-12-14, 10:00 in the hall (UTC+8): a 60-day deadline lands on Fri 2027-02-12, provisional
// (chinese-days 1.5.7 has no 2027). The 2027 arrangement below is made up for the test:
// 春节 Fri 5 – Sat 13 February, Sun 14 February a make-up working day.
const DAY = '2026-12-14'
// On each database the hub supports (RECEPTION_DAY_TEST_DB): the checks read back through the
// `sql` tag, in SQL both dialects share.
let hall: TempStore
let ctx: CallContext
beforeEach(async () => {
  hall = await tempStore(() => new Date('2026-12-14T02:00:00Z'))
  ctx = { ...hall.services, actor: 'settings', locale: 'zh-CN' }
})
afterEach(() => hall.close())

const ARRANGEMENT_2027 = [
  '# 2027 年（测试用的虚构安排）',
  'date,kind,name',
  '2027-01-01,放假,元旦',
  '2027-02-05..2027-02-13,放假,春节',
  '2027-02-14,上班,春节调休',
].join('\n')

async function assignedCase(ticket: number, promisedDeadline?: string) {
  const dayId = day.id
  const batch = await registerBatch(
    actingAs(hall.services, 'desk'),
    registration({
      dayId,
      kind: 'individual',
      headcount: 1,
      members: [{ name: `张${ticket}`, idNumber: '11010519491231002X', phone: '13812345678' }],
      summary: '宅基地审批两年未办理',
      tableNo: 1,
    }),
  )
  await callNext(actingAs(hall.services, 'table-1'), { dayId, tableNo: 1 })
  await startSession(actingAs(hall.services, 'table-1'), { batchId: batch.batchId })
  const recorded = await recordOutcome(
    actingAs(hall.services, 'table-1'),
    RecordOutcomeInput.parse({
      batchId: batch.batchId,
      decision: '交县自然资源局限期办理并书面答复。',
      matters: [
        {
          summary: '宅基地审批两年未办理',
          nature: 'appeal',
          outcome: 'assigned',
          departmentId: land.id,
          ...(promisedDeadline ? { promisedDeadline } : {}),
        },
      ],
    }),
  )
  return recorded.cases[0]!.caseId
}

let day: { id: number }
let land: { id: number }
async function seed() {
  day = await planWithLeaders(hall.services, DAY, [
    { name: '王建国', title: '县长', tableNo: 1, isLead: true },
  ])
  land = await createDepartment(actingAs(hall.services, 'test'), { name: '县自然资源局' })
}

/** What a refused change must leave as it was: the calendar's rows, the audit and the deadlines. */
const counts = async () => ({
  years: await hall.value(sql`select count(*) from working_calendar_year`),
  days: await hall.value(sql`select count(*) from working_calendar_day`),
  audits: await hall.value(sql`select count(*) from audit_log`),
  deadlines: await hall.values(sql`select deadline from petition_case order by id`),
})

const refusal = (promise: Promise<unknown>) => promise.then(() => null).catch((e: unknown) => e)

describe('entering next year’s working days', () => {
  it('recomputes the open cases in the year, lists what changed, and voids outdated papers', async () => {
    await seed()
    const statute = await assignedCase(1)
    const promised = await assignedCase(2, '2027-01-29')
    const detail = await caseDetail(actingAs(hall.services, 'test'), { caseId: statute })
    expect(detail).toMatchObject({ deadline: '2027-02-12', deadlineProvisional: true })
    const slip = await caseDocumentView(hall.services, statute, 'slip')
    expect(slip.provisional).toEqual(['deadline', 'statuteDeadline'])
    const printed = await issueDocument(actingAs(hall.services, 'desk'), {
      caseId: statute,
      kind: 'slip',
      outcomeId: detail.outcomes[0]!.outcomeId,
    })
    expect((await listCalendar(ctx)).provisionalOpenCases).toBe(2)

    const result = await importCalendarFile(
      ctx,
      ImportCalendarInput.parse({ year: 2027, source: '测试通知', text: ARRANGEMENT_2027 }),
    )
    expect(result.recomputed).toBe(2)
    expect(result.changes).toEqual([
      {
        caseId: statute,
        caseNo: detail.caseNo,
        rule: 'statute:art34:60d',
        oldDeadline: '2027-02-12',
        newDeadline: '2027-02-14',
        wasProvisional: true,
        provisional: false,
      },
    ])
    // The slip printed with the provisional date is void; the next print is a new paper.
    expect(result.supersededDocuments).toBe(1)
    expect(result.year).toMatchObject({ year: 2027, coverage: 'staff', source: '测试通知' })
    expect(result.year.days).toHaveLength(11)

    expect(await caseDetail(actingAs(hall.services, 'test'), { caseId: statute })).toMatchObject({
      deadline: '2027-02-14',
      deadlineProvisional: false,
      statuteDeadline: '2027-02-14',
      statuteDeadlineProvisional: false,
    })
    // The promise stays as promised, no longer provisional.
    expect(await caseDetail(actingAs(hall.services, 'test'), { caseId: promised })).toMatchObject({
      deadline: '2027-01-29',
      deadlineProvisional: false,
    })
    const documents = (await caseDetail(actingAs(hall.services, 'test'), { caseId: statute }))
      .documents
    expect(documents[0]).toMatchObject({
      documentId: printed.documentId,
      superseded: true,
      supersededReason: 'calendar',
    })
    const next = await issueDocument(actingAs(hall.services, 'desk'), {
      caseId: statute,
      kind: 'slip',
      outcomeId: detail.outcomes[0]!.outcomeId,
    })
    expect(next.reprintOf).toBeNull()
    expect(next.snapshot).toMatchObject({ deadline: '2027-02-14', provisional: [] })
    expect((await listCalendar(ctx)).provisionalOpenCases).toBe(0)

    // Audit: the year (with what changed) and the case whose deadline moved.
    const audits = await hall.rows<{
      action: string
      entity_id: number
      before_json: string
      after_json: string
    }>(
      sql`select action, entity_id, before_json, after_json from audit_log
          where action like 'calendar.%' or action = 'case.deadlineRecomputed' order by id`,
    )
    expect(audits.map((a) => [a.action, a.entity_id])).toEqual([
      ['case.deadlineRecomputed', statute],
      ['calendar.enterYear', 2027],
    ])
    expect(JSON.parse(audits[0]!.before_json)).toEqual({
      deadline: '2027-02-12',
      provisional: true,
    })
    expect(JSON.parse(audits[1]!.after_json)).toMatchObject({
      source: '测试通知',
      changes: [{ caseId: statute, oldDeadline: '2027-02-12', newDeadline: '2027-02-14' }],
    })
    expect(hall.events.filter((e) => e.topic === 'case').length).toBeGreaterThan(0)

    // Changing the year: recomputed again, the old arrangement in the audit's before.
    const changed = await setCalendarYear(
      ctx,
      SetCalendarYearInput.parse({
        year: 2027,
        days: [
          { date: '2027-01-01', kind: 'holiday', name: '元旦' },
          { date: '2027-02-10', kind: 'holiday' },
          { date: '2027-02-11', kind: 'holiday' },
          { date: '2027-02-12', kind: 'holiday' },
        ],
      } satisfies SetYear),
    )
    expect(changed.changes.map((c) => [c.oldDeadline, c.newDeadline])).toEqual([
      ['2027-02-14', '2027-02-15'],
    ])
    const change = await hall.row<{ before_json: string }>(
      sql`select before_json from audit_log where action = 'calendar.changeYear'`,
    )
    expect(JSON.parse(change!.before_json)).toMatchObject({ source: '测试通知' })

    // Removed: provisional again, back on weekends.
    const removed = await removeCalendarYear(ctx, { year: 2027 })
    expect(removed.year.coverage).toBe('none')
    expect(removed.changes[0]).toMatchObject({ newDeadline: '2027-02-12', provisional: true })
  })

  it('leaves closed cases alone', async () => {
    await seed()
    const kase = await assignedCase(1)
    await hall.rows(sql`update petition_case set state = 'closed' where id = ${kase}`)
    const result = await importCalendarFile(
      ctx,
      ImportCalendarInput.parse({ year: 2027, text: ARRANGEMENT_2027 }),
    )
    expect(result).toMatchObject({ recomputed: 0, changes: [] })
    expect((await caseDetail(actingAs(hall.services, 'test'), { caseId: kase })).deadline).toBe(
      '2027-02-12',
    )
  })

  it('refuses a bad file whole, with the line, writing nothing', async () => {
    await seed()
    await assignedCase(1)
    const before = await counts()
    const bad = [
      `${ARRANGEMENT_2027}\n2027-05-01..2027-05-05,休假,劳动节`,
      `${ARRANGEMENT_2027}\n2027-01-01,放假,元旦`,
      `${ARRANGEMENT_2027}\n2028-01-01,放假,元旦`,
      JSON.stringify({ year: 2028, days: [{ date: '2027-01-01', kind: 'holiday' }] }),
    ]
    const keys = []
    for (const text of bad) {
      const error = await refusal(
        importCalendarFile(ctx, ImportCalendarInput.parse({ year: 2027, text })),
      )
      expect(error).toBeInstanceOf(DomainError)
      keys.push([(error as DomainError).key, (error as DomainError).params])
    }
    expect(keys).toEqual([
      ['calendar.file.badKind', { line: 6, value: '休假' }],
      ['calendar.duplicateDate', { date: '2027-01-01' }],
      ['calendar.outsideYear', { date: '2028-01-01', year: 2027 }],
      ['calendar.file.otherYear', { year: 2027, fileYear: 2028 }],
    ])
    expect(await counts()).toEqual(before)
    const missing = await refusal(removeCalendarYear(ctx, { year: 2027 }))
    expect((missing as DomainError).key).toBe('calendar.notEntered')
    expect(await counts()).toEqual(before)
  })
})
