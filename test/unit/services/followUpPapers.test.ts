import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TRPCError } from '@trpc/server'
import { DomainError } from '../../../src/main/services/core/domainError'
import { ratesXlsx } from '../../../src/main/services/followUp'
import { tempStore, type TempStore } from '../../support/tempStore'
import { receptionDayWithCases, typedHub, type TypedHub } from '../../support/followUpHall'

// The follow-up papers (issue 14): each built from one step of the case's log, archived in
// case_document with the entry it states, a second print the same snapshot; and the month's
// rates as a workbook read back with ExcelJS. On SQLite and on PostgreSQL.

let hall: TempStore
let hub: TypedHub
// Mid-December: the 60-day deadline falls in February 2027, whose holidays nobody knows yet.
const START = '2026-12-14'

beforeEach(async () => {
  hall = await tempStore()
  hub = typedHub(hall.store, START)
})
afterEach(() => hall.close())

const keyOf = (e: unknown) => {
  const cause = e instanceof TRPCError ? e.cause : e
  return cause instanceof DomainError ? cause.key : String(e)
}

describe('the follow-up papers', () => {
  it('prints each step’s paper, archives it with its entry and reprints the same snapshot', async () => {
    const { cases } = await receptionDayWithCases(
      hub,
      ['县住建局'],
      [{ outcome: 'assigned' }, { outcome: 'resolved_on_spot' }],
    )
    const [assigned, onSpot] = cases.map((c) => c.caseId) as [number, number]
    const staff = hub.api()

    hub.goTo(2)
    await staff.followUp.step({ kind: 'notice', caseId: assigned })
    await staff.followUp.step({ kind: 'progress', caseId: assigned, note: '已约谈' })
    hub.goTo(20)
    await staff.followUp.step({ kind: 'reminder', caseId: assigned, note: '请抓紧办理' })
    await staff.followUp.step({
      kind: 'extension',
      caseId: assigned,
      reason: '需调取历年档案',
      approvedBy: '县信访局局长王某',
      days: 30,
    })
    hub.goTo(40)
    let f = await staff.followUp.step({
      kind: 'reply',
      caseId: assigned,
      content: '经核查，同意补办宅基地审批手续。',
      delivery: 'in_person',
    })
    const entry = (kind: string) => f.entries.find((e) => e.kind === kind)?.entryId ?? 0

    const notice = await staff.case.paper({ caseId: assigned, entryId: entry('notice') })
    expect(notice).toMatchObject({
      kind: 'acceptance_notice',
      stepOn: hub.day(2),
      acceptedOn: START,
      departmentName: '县住建局',
      addressees: ['来访人1'],
      deadline: '2027-02-12',
      provisional: ['deadline'],
    })
    const reminder = await staff.case.paper({ caseId: assigned, entryId: entry('reminder') })
    expect(reminder).toMatchObject({
      kind: 'reminder_slip',
      note: '请抓紧办理',
      noticeOn: hub.day(2),
      deadline: '2027-02-12',
      provisional: ['deadline'],
      // To the department: masked, as on the slip.
      petitioner: { mode: 'masked', names: ['来***'] },
    })
    const extension = await staff.case.paper({ caseId: assigned, entryId: entry('extension') })
    expect(extension).toMatchObject({
      kind: 'extension_notice',
      previousDeadline: '2027-02-12',
      days: 30,
      reason: '需调取历年档案',
      approvedBy: '县信访局局长王某',
    })
    expect(extension.kind === 'extension_notice' && extension.deadline > '2027-03-01').toBe(true)
    expect(extension.provisional).toEqual(['previousDeadline', 'deadline'])
    const opinion = await staff.case.paper({ caseId: assigned, entryId: entry('reply') })
    expect(opinion).toMatchObject({
      kind: 'handling_opinion',
      content: '经核查，同意补办宅基地审批手续。',
      delivery: 'in_person',
      stepOn: hub.day(40),
      reviewBy: hub.day(70),
    })

    // A step without a paper, or an entry of another case: nothing to print.
    const progress = entry('progress')
    await expect(staff.case.paper({ caseId: assigned, entryId: progress })).rejects.toSatisfy(
      (e) => keyOf(e) === 'caseError.noPaper',
    )
    await expect(staff.case.paper({ caseId: onSpot, entryId: entry('notice') })).rejects.toSatisfy(
      (e) => keyOf(e) === 'caseError.noPaper',
    )

    // Printed: archived with its entry; printed again, the same snapshot as a reprint.
    const first = await staff.case.issuePaper({ caseId: assigned, entryId: entry('notice') })
    expect(first).toMatchObject({
      kind: 'acceptance_notice',
      entryId: entry('notice'),
      reprintOf: null,
      printCount: 1,
    })
    hub.goTo(45)
    const again = await staff.case.issuePaper({ caseId: assigned, entryId: entry('notice') })
    expect(again).toMatchObject({ reprintOf: first.documentId, printCount: 2 })
    expect(again.snapshot).toEqual(first.snapshot)
    const opinionPrint = await staff.case.issuePaper({ caseId: assigned, entryId: entry('reply') })
    expect(opinionPrint.snapshot.kind).toBe('handling_opinion')
    // The archive reads them back as case.document and lists them on the case.
    expect((await staff.case.document({ documentId: first.documentId })).snapshot).toEqual(
      first.snapshot,
    )
    const detail = await staff.case.get({ caseId: assigned })
    expect(detail.documents.map((d) => [d.kind, d.entryId])).toEqual(
      expect.arrayContaining([
        ['acceptance_notice', entry('notice')],
        ['handling_opinion', entry('reply')],
      ]),
    )

    // On the spot: the 现场处理记录, what was decided and who was present.
    hub.goTo(0)
    f = await staff.followUp.step({
      kind: 'onSpotRecord',
      caseId: onSpot,
      decided: '当场协调，同意补发工资',
      present: '接访领导王建国、县人力社保局张某、来访人2',
    })
    const record = await staff.case.paper({ caseId: onSpot, entryId: entry('onSpotRecord') })
    expect(record).toMatchObject({
      kind: 'on_spot_record',
      decided: '当场协调，同意补发工资',
      present: '接访领导王建国、县人力社保局张某、来访人2',
      receivingLeader: { name: '李秀英' },
      provisional: [],
    })
    const rows = await hall.rows<{ kind: string; log_entry_id: number | null }>(
      sql`select kind, log_entry_id from case_document order by id`,
    )
    expect(rows.map((r) => r.kind)).toEqual([
      'acceptance_notice',
      'acceptance_notice',
      'handling_opinion',
    ])
  })

  it('voids a printed notice and reminder once a year entered moves the deadline they state', async () => {
    const { cases } = await receptionDayWithCases(hub, ['县住建局'], [{ outcome: 'assigned' }])
    const caseId = cases[0]!.caseId
    const staff = hub.api()
    hub.goTo(2)
    await staff.followUp.step({ kind: 'notice', caseId })
    hub.goTo(5)
    const f = await staff.followUp.step({ kind: 'reminder', caseId, note: '请抓紧办理' })
    const entry = (kind: string) => f.entries.find((e) => e.kind === kind)?.entryId ?? 0
    const notice = await staff.case.issuePaper({ caseId, entryId: entry('notice') })
    const reminder = await staff.case.issuePaper({ caseId, entryId: entry('reminder') })
    expect(notice.snapshot).toMatchObject({ deadline: '2027-02-12', provisional: ['deadline'] })

    // The State Council's 2027 notice: a Spring Festival week off moves the 60th working day.
    const festival = ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12']
    const result = await staff.calendar.setYear({
      year: 2027,
      source: '国办发明电〔2026〕7号',
      days: festival.map((date) => ({ date, kind: 'holiday' as const, name: '春节' })),
    })
    expect(result.changes.map((c) => c.caseId)).toEqual([caseId])
    const voided = async (documentId: number) =>
      (await staff.case.document({ documentId })).supersededReason
    expect(await voided(notice.documentId)).toBe('calendar')
    expect(await voided(reminder.documentId)).toBe('calendar')

    // Printed again: a new paper (not a reprint) stating the new, firm deadline.
    const renewed = await staff.case.issuePaper({ caseId, entryId: entry('notice') })
    expect(renewed.reprintOf).toBeNull()
    expect(renewed.snapshot).toMatchObject({ provisional: [] })
    expect(renewed.snapshot.kind === 'acceptance_notice' && renewed.snapshot.deadline).not.toBe(
      '2027-02-12',
    )
  })

  it('exports a month’s rates as a workbook read back with ExcelJS', async () => {
    const { cases } = await receptionDayWithCases(
      hub,
      ['县住建局', '县自然资源局'],
      [{ outcome: 'resolved_on_spot' }, { outcome: 'resolved_on_spot' }],
    )
    const staff = hub.api()
    for (const c of cases)
      await staff.followUp.step({
        kind: 'onSpotRecord',
        caseId: c.caseId,
        decided: '当场解决',
        present: '接访领导',
      })
    hub.goTo(2)
    await staff.followUp.step({
      kind: 'callback',
      caseId: cases[0]?.caseId ?? 0,
      result: 'reached',
      contacted: true,
      resolved: true,
      satisfaction: 'satisfied',
    })
    await staff.followUp.step({
      kind: 'callback',
      caseId: cases[1]?.caseId ?? 0,
      result: 'reached',
      contacted: true,
      resolved: false,
      satisfaction: 'basically_satisfied',
    })
    const view = await staff.followUp.rates({ month: '2026-12' })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await ratesXlsx(view)) as unknown as ArrayBuffer)
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '汇总',
      '按责任单位',
      '按包案领导',
      '按乡镇',
      '按类别',
    ])
    const summary = book.getWorksheet('汇总')
    const header = (summary?.getRow(1).values as unknown[]).slice(1)
    expect(header.slice(0, 8)).toEqual([
      '名称',
      '有效回访',
      '回访失败',
      '满意',
      '基本满意',
      '不满意',
      '响应率',
      '响应率（件数）',
    ])
    const total = (summary?.getRow(2).values as unknown[]).slice(1)
    // 2 valid call-backs: both contacted (响应 2/2), one resolved (解决 1/2), 满意 (1 + 0.9) / 2.
    expect(total.slice(0, 11)).toEqual(['合计', 2, 0, 1, 1, 0, 1, '2/2', 0.5, '1/2', 0.95])
    expect(summary?.getRow(2).getCell(7).numFmt).toBe('0.0%')
    const byLeader = book.getWorksheet('按包案领导')
    expect(byLeader?.getRow(1).getCell(1).value).toBe('包案领导')
    const last = byLeader?.getRow(byLeader.rowCount)
    expect(last?.getCell(1).value).toBe('合计')
    expect(last?.getCell(2).value).toBe(2)
  })
})
