import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  AmendOutcomeInput,
  CaseListInput,
  RecordOutcomeInput,
  type RecordOutcomeInput as RecordInput,
} from '@shared/contract'
import { handlingDeadline, promiseWithin } from '@shared/cases/deadlines'
import {
  attachPdf,
  caseDetail,
  caseDocumentView,
  issueDocument,
  listCases,
  reprintDocument,
} from '../../../src/main/services/case'
import { amendOutcome, outcomeDraft, recordOutcome } from '../../../src/main/services/outcome'
import { DomainError } from '../../../src/main/services/core/domainError'
import { callNext, startSession } from '../../../src/main/services/queue'
import { createDepartment } from '../../../src/main/services/reference/departments'
import { registerBatch } from '../../../src/main/services/batch/registration'
import { planWithLeaders, registration } from '../../support/fixtures'
import { tempStore, type TempStore } from '../../support/tempStore'
import { actingAs } from '../../../src/main/services/core/context'

// 2026-11-27, 10:00 in the hall (UTC+8).
let hall: TempStore
beforeEach(async () => {
  hall = await tempStore(() => new Date('2026-11-27T02:00:00Z'))
})
afterEach(() => hall.close())

const DAY = '2026-11-27'

async function seed() {
  const day = await planWithLeaders(hall.services, DAY, [
    { name: '王建国', title: '县长', tableNo: 1, isLead: true },
    { name: '李秀英', title: '副县长', tableNo: 2 },
  ])
  const land = await createDepartment(actingAs(hall.services, 'test'), { name: '县自然资源局' })
  const labour = await createDepartment(actingAs(hall.services, 'test'), { name: '县人力社保局' })
  return { day, land, labour }
}

async function batchInSession(dayId: number, input: Record<string, unknown> = {}): Promise<number> {
  const batch = await registerBatch(
    actingAs(hall.services, 'desk'),
    registration({
      dayId,
      kind: 'individual',
      headcount: 1,
      members: [{ name: '张三丰', idNumber: '11010519491231002X', phone: '13812345678' }],
      summary: '宅基地审批两年未办理；另反映工资拖欠',
      tableNo: 1,
      ...input,
    }),
  )
  await callNext(actingAs(hall.services, 'table-1'), { dayId, tableNo: 1 })
  await startSession(actingAs(hall.services, 'table-1'), { batchId: batch.batchId })
  return batch.batchId
}

const record = (input: RecordInput) =>
  recordOutcome(actingAs(hall.services, 'table-1'), RecordOutcomeInput.parse(input))

const refusal = (promise: Promise<unknown>) => promise.then(() => null).catch((e: unknown) => e)

describe('recording the outcome of a batch at the table', () => {
  it('turns two matters into two cases with their own outcomes and concludes the batch', async () => {
    const { day, land, labour } = await seed()
    const batchId = await batchInSession(day.id)
    const draft = await outcomeDraft(actingAs(hall.services, 'test'), { batchId })
    expect(draft).toMatchObject({ recordable: true, acceptedOn: DAY, leader: { name: '王建国' } })
    expect(draft.statuteDeadline).toBe(handlingDeadline(DAY).date)

    const promised = promiseWithin(DAY, 30)
    const result = await record({
      batchId,
      decision: '工资问题当场协调解决；宅基地审批交县自然资源局限期办理。',
      consultedDepartmentIds: [land.id, labour.id],
      matters: [
        {
          summary: '工资拖欠三个月',
          nature: 'appeal',
          outcome: 'resolved_on_spot',
        },
        {
          summary: '宅基地审批两年未办理',
          nature: 'appeal',
          outcome: 'assigned',
          departmentId: land.id,
          promisedDeadline: promised,
        },
      ],
    })
    expect(result.status).toBe('concluded')
    expect(result.cases.map((c) => c.caseNo)).toEqual(['JF20261127-001-1', 'JF20261127-001-2'])
    expect(result.cases[0]).toMatchObject({ outcome: 'resolved_on_spot', deadline: null })
    expect(result.cases[1]).toMatchObject({
      outcome: 'assigned',
      departmentName: '县自然资源局',
      deadline: promised,
      deadlineRule: 'promised',
      documents: ['slip', 'commitment'],
    })

    const batch = (await hall.row(
      sql`select status, ended_at from batch where id = ${batchId}`,
    )) as { status: string; ended_at: string }
    expect(batch).toEqual({ status: 'concluded', ended_at: '2026-11-27T02:00:00.000Z' })

    const onSpot = await caseDetail(actingAs(hall.services, 'test'), {
      caseId: result.cases[0]!.caseId,
    })
    expect(onSpot).toMatchObject({ state: 'closed', acceptedOn: DAY, ownerLeaderName: '王建国' })
    const assigned = await caseDetail(actingAs(hall.services, 'test'), {
      caseId: result.cases[1]!.caseId,
    })
    expect(assigned).toMatchObject({ state: 'open', overdue: false, amendable: true })
    expect(assigned.outcomes).toHaveLength(1)
    expect(assigned.outcomes[0]!.consulted.map((c) => c.name)).toEqual([
      '县自然资源局',
      '县人力社保局',
    ])
    // One event after the commit (issue 12, item 5): the queue topic refreshes the cases too.
    expect(hall.events.filter((e) => e.topic === 'case')).toHaveLength(0)
    expect(hall.events.at(-1)).toEqual({ topic: 'queue', dayId: day.id, tableNos: [1] })

    // Once concluded, the outcome is amended per case, not recorded again.
    const again = await refusal(
      record({
        batchId,
        decision: 'x',
        matters: [{ summary: 'x', nature: 'appeal', outcome: 'explained' }],
      }),
    )
    expect(again).toBeInstanceOf(DomainError)
    expect((again as DomainError).key).toBe('outcomeError.alreadyRecorded')
  })

  it('is all or nothing: a promise later than the statute saves no case and keeps the session', async () => {
    const { day, land } = await seed()
    const batchId = await batchInSession(day.id)
    const statute = handlingDeadline(DAY).date
    const error = await refusal(
      record({
        batchId,
        decision: '交办',
        matters: [
          { summary: '一', nature: 'appeal', outcome: 'explained' },
          {
            summary: '二',
            nature: 'appeal',
            outcome: 'assigned',
            departmentId: land.id,
            promisedDeadline: '2027-03-01',
          },
        ],
      }),
    )
    expect(error).toMatchObject({
      key: 'outcomeError.promisedLaterThanStatute',
      params: { matter: 2, statute },
    })
    expect(await hall.row(sql`select count(*) n from petition_case`)).toEqual({
      n: 0,
    })
    expect((await outcomeDraft(actingAs(hall.services, 'test'), { batchId })).status).toBe(
      'in_session',
    )
  })

  it('refuses a batch not at the table, and inconsistent decisions by schema', async () => {
    const { day } = await seed()
    const batch = await registerBatch(
      actingAs(hall.services, 'desk'),
      registration({
        dayId: day.id,
        kind: 'individual',
        headcount: 1,
        members: [{ name: '李四' }],
        summary: '咨询',
      }),
    )
    const waiting = await refusal(
      record({
        batchId: batch.batchId,
        decision: '解释',
        matters: [{ summary: '咨询', nature: 'appeal', outcome: 'explained' }],
      }),
    )
    expect((waiting as DomainError).key).toBe('outcomeError.notInSession')

    const parsed = RecordOutcomeInput.safeParse({
      batchId: 1,
      decision: '处理',
      matters: [
        { summary: 'a', nature: 'appeal', outcome: 'assigned' },
        { summary: 'b', nature: 'appeal', outcome: 'not_accepted' },
        { summary: 'c', nature: 'accusation', outcome: 'explained', shareContact: true },
        { summary: 'd', nature: 'appeal', outcome: 'explained', promisedDeadline: DAY },
      ],
    })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['matters.0.departmentId', 'outcomeError.departmentRequired'],
      ['matters.1.channel', 'outcomeError.channelRequired'],
      ['matters.2.shareContact', 'outcomeError.accusationContact'],
      // The batch's decision is printed on every matter's papers: not an accusation's.
      ['matters.2.decision', 'outcomeError.accusationOwnDecision'],
      ['matters.3.promisedDeadline', 'outcomeError.deadlineNotApplicable'],
    ])
  })
})

describe('amending an outcome', () => {
  it('supersedes the old outcome and its printed documents, audit-logged with the reason', async () => {
    const { day, land, labour } = await seed()
    const batchId = await batchInSession(day.id)
    const result = await record({
      batchId,
      decision: '交县自然资源局办理',
      matters: [
        { summary: '宅基地', nature: 'appeal', outcome: 'assigned', departmentId: land.id },
      ],
    })
    const caseId = result.cases[0]!.caseId
    const before = await caseDetail(actingAs(hall.services, 'test'), { caseId })
    expect(before.deadline).toBe(handlingDeadline(DAY).date)
    expect(before.deadlineRule).toBe('statute:art34:60d')
    const printed = await issueDocument(actingAs(hall.services, 'table-1'), {
      caseId,
      kind: 'slip',
      outcomeId: before.outcomes[0]!.outcomeId,
    })
    expect(printed.snapshot).toMatchObject({ kind: 'slip', departmentName: '县自然资源局' })

    const amended = await amendOutcome(
      actingAs(hall.services, 'secretary'),
      AmendOutcomeInput.parse({
        caseId,
        reason: '责任单位选错，应为县人力社保局',
        decision: '交县人力社保局办理',
        outcome: 'assigned',
        departmentId: labour.id,
        promisedDeadline: '2026-12-15',
      }),
    )
    expect(amended).toMatchObject({
      departmentName: '县人力社保局',
      deadline: '2026-12-15',
      deadlineRule: 'promised',
    })
    expect(
      amended.outcomes.map((o) => [o.department?.name, o.supersededAt !== null, o.amendReason]),
    ).toEqual([
      ['县人力社保局', false, '责任单位选错，应为县人力社保局'],
      ['县自然资源局', true, null],
    ])
    expect(amended.documents[0]).toMatchObject({ documentId: printed.documentId, superseded: true })

    const audit = (await hall.row(
      sql`select actor, before_json, after_json from audit_log where action = 'outcome.amend'`,
    )) as { actor: string; before_json: string; after_json: string }
    expect(audit.actor).toBe('secretary')
    expect(JSON.parse(audit.before_json).department.name).toBe('县自然资源局')
    expect(JSON.parse(audit.after_json)).toMatchObject({
      reason: '责任单位选错，应为县人力社保局',
      supersededDocuments: 1,
    })

    // The reprint of the old slip is the same paper, marked superseded.
    const reprint = await reprintDocument(actingAs(hall.services, 'desk'), {
      documentId: printed.documentId,
    })
    expect(reprint).toMatchObject({
      reprintOf: printed.documentId,
      originalId: printed.documentId,
      printCount: 2,
      superseded: true,
    })
    expect(reprint.snapshot).toEqual(printed.snapshot)
    // A print for the new outcome is a new document; printing from the old screen is refused.
    const stale = await refusal(
      issueDocument(actingAs(hall.services, 'desk'), {
        caseId,
        kind: 'slip',
        outcomeId: printed.outcomeId,
      }),
    )
    expect((stale as DomainError).key).toBe('caseError.outcomeChanged')
    const fresh = await issueDocument(actingAs(hall.services, 'desk'), {
      caseId,
      kind: 'slip',
      outcomeId: amended.outcomes[0]!.outcomeId,
    })
    expect(fresh).toMatchObject({ superseded: false, reprintOf: null, printCount: 1 })
    expect(fresh.snapshot).toMatchObject({ departmentName: '县人力社保局', deadline: '2026-12-15' })
    // Printing it again reprints the same snapshot.
    const second = await issueDocument(actingAs(hall.services, 'desk'), {
      caseId,
      kind: 'slip',
      outcomeId: amended.outcomes[0]!.outcomeId,
    })
    expect(second).toMatchObject({ reprintOf: fresh.documentId, printCount: 2 })
  })

  it('refuses to hand an accuser to the department on amendment too', async () => {
    const { day, land } = await seed()
    const batchId = await batchInSession(day.id, { nature: 'accusation' })
    const result = await record({
      batchId,
      decision: '交办',
      matters: [
        {
          summary: '村干部侵占集体资金',
          nature: 'accusation',
          outcome: 'assigned',
          departmentId: land.id,
        },
      ],
    })
    const error = await refusal(
      amendOutcome(
        actingAs(hall.services, 'x'),
        AmendOutcomeInput.parse({
          caseId: result.cases[0]!.caseId,
          reason: '需要联系',
          decision: '交办',
          outcome: 'assigned',
          departmentId: land.id,
          shareContact: true,
        }),
      ),
    )
    expect((error as DomainError).key).toBe('outcomeError.accusationContact')
  })
})

describe('case documents', () => {
  it('never put an accuser on a slip or a commitment, and mask others unless contact is shared', async () => {
    const { day, land } = await seed()
    const accusation = await batchInSession(day.id, { nature: 'accusation' })
    const accused = await record({
      batchId: accusation,
      decision: '交县纪委监委依规处理',
      matters: [
        {
          summary: '村干部侵占集体资金',
          nature: 'accusation',
          outcome: 'assigned',
          departmentId: land.id,
        },
      ],
    })
    const slip = await caseDocumentView(hall.services, accused.cases[0]!.caseId, 'slip')
    expect(slip.petitioner).toEqual({ mode: 'withheld', headcount: 1 })
    const text = JSON.stringify(slip)
    for (const secret of ['张三丰', '张*', '13812345678', '11010519491231002X'])
      expect(text).not.toContain(secret)
    expect(slip.summary).toBe('村干部侵占集体资金')
    const commitment = await caseDocumentView(hall.services, accused.cases[0]!.caseId, 'commitment')
    expect(commitment.petitioner.mode).toBe('withheld')
    expect(JSON.stringify(commitment)).not.toContain('张')

    const plain = await batchInSession(day.id)
    const shared = await record({
      batchId: plain,
      decision: '交办',
      matters: [
        { summary: '宅基地', nature: 'appeal', outcome: 'assigned', departmentId: land.id },
        {
          summary: '道路',
          nature: 'appeal',
          outcome: 'assigned',
          departmentId: land.id,
          shareContact: true,
        },
        {
          summary: '工资',
          nature: 'appeal',
          outcome: 'not_accepted',
          channel: 'labour_arbitration',
        },
      ],
    })
    const masked = await caseDocumentView(hall.services, shared.cases[0]!.caseId, 'slip')
    expect(masked.petitioner).toEqual({ mode: 'masked', names: ['张**'], headcount: 1 })
    expect(masked).toMatchObject({
      caseNo: 'JF20261127-002-1',
      statuteDeadline: '2027-01-26',
      acceptanceNoticeBy: '2026-12-14', // + 15 = Sat 12-12 → Mon 12-14
      objectionBy: '2026-12-04', // 5 working days after Fri 11-27
    })
    const contact = await caseDocumentView(hall.services, shared.cases[1]!.caseId, 'slip')
    expect(contact.petitioner).toEqual({
      mode: 'contact',
      headcount: 1,
      persons: [{ name: '张三丰', phone: '13812345678', address: null }],
    })
    const notice = await caseDocumentView(hall.services, shared.cases[2]!.caseId, 'notice')
    expect(notice).toMatchObject({ addressees: ['张三丰'], channel: 'labour_arbitration' })
    const noSlip = await refusal(caseDocumentView(hall.services, shared.cases[2]!.caseId, 'slip'))
    expect((noSlip as DomainError).key).toBe('caseError.no.slip')
  })

  it('archives a PDF once per print', async () => {
    const { day, land } = await seed()
    const batchId = await batchInSession(day.id)
    const result = await record({
      batchId,
      decision: '交办',
      matters: [
        { summary: '宅基地', nature: 'appeal', outcome: 'assigned', departmentId: land.id },
      ],
    })
    const detail = await caseDetail(actingAs(hall.services, 'test'), {
      caseId: result.cases[0]!.caseId,
    })
    const doc = await issueDocument(actingAs(hall.services, 'app'), {
      caseId: detail.caseId,
      kind: 'commitment',
      outcomeId: detail.outcomes[0]!.outcomeId,
    })
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64')
    expect(
      await attachPdf(actingAs(hall.services, 'test'), {
        documentId: doc.documentId,
        pdfBase64: pdf,
      }),
    ).toEqual({
      documentId: doc.documentId,
      bytes: 15,
    })
    const again = await refusal(
      attachPdf(actingAs(hall.services, 'test'), { documentId: doc.documentId, pdfBase64: pdf }),
    )
    expect((again as DomainError).key).toBe('caseError.pdfExists')
    const notPdf = await refusal(
      attachPdf(actingAs(hall.services, 'test'), {
        documentId: doc.documentId,
        pdfBase64: Buffer.from('hello').toString('base64'),
      }),
    )
    expect((notPdf as DomainError).key).toBe('caseError.notPdf')
    expect(
      (await caseDetail(actingAs(hall.services, 'test'), { caseId: detail.caseId })).documents[0]!
        .hasPdf,
    ).toBe(true)
  })
})

describe('the case list', () => {
  it('filters by state and deadline and counts the overdue', async () => {
    const { day, land } = await seed()
    const batchId = await batchInSession(day.id)
    await record({
      batchId,
      decision: '交办',
      matters: [
        {
          summary: '一',
          nature: 'appeal',
          outcome: 'assigned',
          departmentId: land.id,
          promisedDeadline: '2026-12-01',
        },
        { summary: '二', nature: 'appeal', outcome: 'assigned', departmentId: land.id },
        { summary: '三', nature: 'accusation', outcome: 'explained', decision: '解释' },
      ],
    })
    const open = await listCases(actingAs(hall.services, 'test'), CaseListInput.parse({}))
    expect(open.rows.map((r) => r.caseNo)).toEqual(['JF20261127-001-1', 'JF20261127-001-2'])
    expect(open.rows[0]).toMatchObject({ daysLeft: 4, overdue: false })
    expect(
      await listCases(actingAs(hall.services, 'test'), CaseListInput.parse({ due: 'soon' })),
    ).toMatchObject({
      rows: [{ caseNo: 'JF20261127-001-1' }],
    })
    const all = await listCases(
      actingAs(hall.services, 'test'),
      CaseListInput.parse({ state: 'all' }),
    )
    expect(all.rows.find((r) => r.nature === 'accusation')?.summary).toBeNull()

    // Three weeks later the promise has passed.
    hall.services.now = () => new Date('2026-12-18T02:00:00Z')
    const later = await listCases(
      actingAs(hall.services, 'test'),
      CaseListInput.parse({ due: 'overdue' }),
    )
    expect(later.rows).toEqual([
      expect.objectContaining({ caseNo: 'JF20261127-001-1', overdue: true, daysLeft: -17 }),
    ])
    expect(later).toMatchObject({ openCount: 2, overdueCount: 1 })
  })
})
