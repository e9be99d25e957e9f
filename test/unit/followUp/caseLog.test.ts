import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TRPCError } from '@trpc/server'
import { DomainError } from '../../../src/main/services/core/domainError'
import { translate } from '../../../src/main/services/core/translate'
import { idNumberFor } from '../../support/receptionDay'
import { tempStore, type TempStore } from '../../support/tempStore'
import { receptionDayWithCases, typedHub, type TypedHub } from '../../support/followUpHall'

/** A refusal as the caller reads it (zh-CN), or null when the call went through. */
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => {
      const cause = e instanceof TRPCError ? e.cause : e
      if (cause instanceof DomainError)
        return translate('zh-CN', cause.key, cause.params) ?? cause.key
      return e instanceof Error ? e.message : String(e)
    },
  )

// The case log (issue 14, step 1): every step appended and audit-logged, the state derived from
// the log, bad transitions refused with their message and nothing written.

let hall: TempStore
let hub: TypedHub
const START = '2026-06-17' // a Wednesday; 19 June 2026 is the Dragon Boat Festival
beforeEach(async () => {
  hall = await tempStore()
  hub = typedHub(hall.store, START)
})
afterEach(() => hall.close())

async function logRows(caseId: number) {
  return hall.store.db.selectFrom('case_log').selectAll().where('case_id', '=', caseId).execute()
}

describe('the case log', () => {
  it('takes an assigned case from notice to closure, the list filters following the log', async () => {
    const { cases, leaders } = await receptionDayWithCases(
      hub,
      ['县住建局'],
      [{ outcome: 'assigned' }],
    )
    const caseId = cases[0]?.caseId ?? 0
    const staff = hub.api()
    hub.goTo(3)
    let f = await staff.followUp.step({ kind: 'notice', caseId })
    expect(f).toMatchObject({ state: 'accepted', noticeOn: hub.day(3) })
    expect(f.noticeDue).toEqual({ date: '2026-07-02', provisional: false })
    // 5 working days from Wed 17 June, the 19th a holiday: 18, 22, 23, 24, 25 June.
    expect(f.objectionBy?.date).toBe('2026-06-25')
    f = await staff.followUp.step({ kind: 'progress', caseId, note: '已约谈来访人，正在核查' })
    expect(f.state).toBe('in_progress')
    await staff.followUp.step({ kind: 'reminder', caseId, note: '请加快办理' })
    expect(
      await refusal(
        hub.api('table-2').followUp.step({
          kind: 'supervision',
          caseId,
          leaderId: leaders[1] ?? 0,
          note: '督办',
        }),
      ),
    ).toBe('只有该事项的包案领导才能督办')
    await hub
      .api('table-1')
      .followUp.step({ kind: 'supervision', caseId, leaderId: leaders[0] ?? 0, note: '请按期办结' })
    hub.goTo(40)
    f = await staff.followUp.step({
      kind: 'extension',
      caseId,
      reason: '需要多部门会同调查',
      approvedBy: '王建国',
      days: 30,
    })
    // 60 days from 17 June is Sunday 16 August → Monday 17 August; +30 → 16 September.
    expect(f.deadline?.date).toBe('2026-09-16')
    expect(
      await refusal(
        staff.followUp.step({
          kind: 'extension',
          caseId,
          reason: '再延',
          approvedBy: '王建国',
          days: 5,
        }),
      ),
    ).toBe('办理期限只能延长一次（第三十四条）')
    expect(await refusal(staff.followUp.step({ kind: 'close', caseId }))).toBe(
      '须在有效回访之后才能办结',
    )
    hub.goTo(45)
    f = await staff.followUp.step({
      kind: 'reply',
      caseId,
      content: '已依法办理',
      delivery: 'post',
    })
    expect(f).toMatchObject({ state: 'replied', replyOn: hub.day(45) })
    expect((await staff.case.list({ state: 'replied' })).rows.map((r) => r.caseId)).toEqual([
      caseId,
    ])
    expect(
      await refusal(staff.followUp.step({ kind: 'callback', caseId, result: 'reached' })),
    ).toBe('有效回访须记录是否联系、是否解决和满意度')
    hub.goTo(46)
    f = await staff.followUp.step({ kind: 'callback', caseId, result: 'unreachable' })
    expect(f.state).toBe('replied')
    f = await staff.followUp.step({
      kind: 'callback',
      caseId,
      result: 'reached',
      contacted: true,
      resolved: true,
      satisfaction: 'basically_satisfied',
      comment: '基本满意',
    })
    expect(f.state).toBe('called_back')
    f = await staff.followUp.step({ kind: 'close', caseId })
    expect(f.state).toBe('closed')
    expect((await staff.case.list({ state: 'closed' })).rows.map((r) => r.caseId)).toEqual([caseId])
    expect((await staff.case.list({ state: 'open' })).rows).toEqual([])
    expect(f.entries.map((e) => e.kind)).toEqual([
      'notice',
      'progress',
      'reminder',
      'supervision',
      'extension',
      'reply',
      'callback',
      'callback',
      'close',
    ])
    const audit = await hall.store.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'petition_case')
      .where('entity_id', '=', caseId)
      .execute()
    expect(audit.map((a) => a.action)).toContain('followUp.close')
    expect(audit.filter((a) => a.action.startsWith('followUp.'))).toHaveLength(9)
  })

  it('refuses bad transitions with their reason, writing nothing', async () => {
    const { cases } = await receptionDayWithCases(
      hub,
      ['县住建局'],
      [{ outcome: 'assigned' }, { outcome: 'resolved_on_spot' }],
    )
    const [assigned, onSpot] = cases.map((c) => c.caseId)
    const staff = hub.api()
    hub.goTo(10)
    const before = await hall.store.db.selectFrom('audit_log').select('id').execute()
    const cases_ = [
      [{ kind: 'callback', caseId: assigned, result: 'unreachable' }, '当前状态下不能进行此操作'],
      [{ kind: 'objection', caseId: assigned, reason: '不属我单位职责' }, '5 个工作日内'],
      [{ kind: 'notice', caseId: onSpot }, '当场解决的事项无需受理告知'],
      [{ kind: 'reply', caseId: onSpot, content: '答复', delivery: 'sms' }, '现场处理记录'],
      [{ kind: 'notice', caseId: assigned, on: hub.day(11) }, '日期不能晚于今天'],
      [{ kind: 'reviewRequest', caseId: assigned, level: 'review', body: '县信访局' }, '不能进行'],
    ] as const
    for (const [input, message] of cases_)
      expect(await refusal(staff.followUp.step(input as never))).toContain(message)
    expect(await logRows(assigned ?? 0)).toEqual([])
    expect(await hall.store.db.selectFrom('audit_log').select('id').execute()).toEqual(before)
  })

  it('sends an objected case back for reassignment, and after 复核 the matter is final', async () => {
    const { cases, deptIds } = await receptionDayWithCases(
      hub,
      ['县住建局', '县自然资源局'],
      [{ outcome: 'assigned' }],
    )
    const caseId = cases[0]?.caseId ?? 0
    const staff = hub.api()
    hub.goTo(1)
    let f = await staff.followUp.step({ kind: 'objection', caseId, reason: '属自然资源局职责' })
    expect(f.awaitingReassignment).toBe(true)
    expect(await refusal(staff.followUp.step({ kind: 'progress', caseId, note: '办理' }))).toBe(
      '责任单位已提出异议，请先重新交办（更正处理结果）',
    )
    hub.goTo(2)
    await hub.api('table-1').outcome.amend({
      caseId,
      reason: '责任单位异议，重新交办',
      decision: '交县自然资源局办理',
      outcome: 'assigned',
      departmentId: deptIds[1],
    })
    f = await staff.followUp.log({ caseId })
    expect(f).toMatchObject({ awaitingReassignment: false, departmentName: '县自然资源局' })
    await staff.followUp.step({ kind: 'notice', caseId })
    await staff.followUp.step({ kind: 'reply', caseId, content: '不予支持', delivery: 'in_person' })
    hub.goTo(4)
    f = await staff.followUp.step({
      kind: 'callback',
      caseId,
      result: 'reached',
      contacted: true,
      resolved: false,
      satisfaction: 'dissatisfied',
      next: 'review_guidance',
      comment: '不服，已告知可申请复查',
    })
    expect(f.state).toBe('called_back')
    await staff.followUp.step({ kind: 'close', caseId })
    hub.goTo(20)
    expect(
      await refusal(
        staff.followUp.step({ kind: 'reviewRequest', caseId, level: 're_review', body: '市政府' }),
      ),
    ).toBe('应先申请复查')
    f = await staff.followUp.step({
      kind: 'reviewRequest',
      caseId,
      level: 'review',
      body: '县政府',
    })
    expect(f).toMatchObject({ state: 'under_review', reviewAnswerBy: hub.day(50) })
    hub.goTo(30)
    f = await staff.followUp.step({
      kind: 'reviewAnswer',
      caseId,
      level: 'review',
      content: '维持',
    })
    expect(f).toMatchObject({ state: 'closed', reviewBy: hub.day(60) })
    hub.goTo(35)
    await staff.followUp.step({ kind: 'reviewRequest', caseId, level: 're_review', body: '市政府' })
    hub.goTo(50)
    f = await staff.followUp.step({
      kind: 'reviewAnswer',
      caseId,
      level: 're_review',
      content: '维持',
    })
    expect(f).toMatchObject({ state: 'closed', final: true, next: [] })
    expect(
      await refusal(
        staff.followUp.step({ kind: 'reviewRequest', caseId, level: 'review', body: '省' }),
      ),
    ).toBe('该事项已经复核，同一事项不再受理（第三十六条）')
    // The desk's repeat check knows it when the person comes again.
    const lookup = await hub.api('desk-1').desk.lookup({ idNumber: idNumberFor(1) })
    const brief = lookup.visits.flatMap((v) => v.cases).find((c) => c.caseId === caseId)
    expect(brief).toMatchObject({
      state: 'closed',
      reviewStage: 're_review',
      closedAfterReReview: true,
    })
  })

  it('an on-the-spot case: its 现场处理记录 is the reply, then the call-back', async () => {
    const { cases } = await receptionDayWithCases(
      hub,
      ['县住建局'],
      [{ outcome: 'resolved_on_spot' }],
    )
    const caseId = cases[0]?.caseId ?? 0
    const staff = hub.api()
    let f = await staff.followUp.log({ caseId })
    expect(f.next).toEqual(['onSpotRecord'])
    const work = await staff.followUp.workList({})
    expect(work.rows.map((r) => [r.caseId, r.reasons])).toEqual([[caseId, ['onSpotRecord']]])
    f = await staff.followUp.step({
      kind: 'onSpotRecord',
      caseId,
      decided: '当场协调，工资当日结清',
      present: '王建国、县人力社保局李科长',
    })
    expect(f.state).toBe('replied')
    expect((await staff.followUp.workList({})).counts.callback).toBe(1)
    // The owner leader's own cases (包案), and nobody else's.
    const owner = cases[0]?.ownerLeaderId ?? 0
    expect((await staff.followUp.workList({ ownerLeaderId: owner })).rows).toHaveLength(1)
    expect((await staff.followUp.workList({ ownerLeaderId: owner + 1 })).rows).toHaveLength(0)
  })
})
