import type { TFunction } from 'i18next'
import { packageCalendar } from '@shared/calendar/workingCalendar'
import { describe, expect, it } from 'vitest'
import { AmendOutcomeInput, RecordOutcomeInput, type OutcomeDraft } from '@shared/contract'
import {
  amendInput,
  amendValues,
  decisionInput,
  emptyDecision,
  newMatter,
  ownDecision,
  promiseError,
  recordInput,
  type MatterValues,
} from '../../../src/renderer/src/features/leader/outcome/outcomeValues'

// The leader's outcome form and the amend form: their values and the inputs they send.

const draft = {
  batchId: 9,
  leader: { id: 3 },
  summary: '宅基地审批两年未办理',
  nature: 'appeal',
  categoryId: 2,
  townshipCode: '330726001',
} as OutcomeDraft

/** A `t` that shows which key and parameters it was asked for. */
const t = ((key: string, params?: Record<string, unknown>) =>
  `${key} ${JSON.stringify(params)}`) as unknown as TFunction

describe('newMatter', () => {
  it('starts the first matter from the registration, further ones from the nature only', () => {
    expect(newMatter(draft, true)).toMatchObject({
      outcome: 'assigned',
      summary: '宅基地审批两年未办理',
      nature: 'appeal',
      categoryId: '2',
      townshipCode: '330726001',
      ownerLeaderId: '3',
    })
    expect(newMatter(draft, false)).toMatchObject({
      outcome: 'resolved_on_spot',
      summary: '',
      nature: 'appeal',
      categoryId: null,
      townshipCode: null,
      ownerLeaderId: '3',
    })
  })
})

describe('decisionInput', () => {
  const assigned = {
    ...emptyDecision(3),
    departmentId: '4',
    promisedDeadline: '2026-11-05',
    channel: 'litigation' as const,
    channelNote: '  ',
    shareContact: true,
  }

  it('sends the department, deadline and contact for an outcome with a department only', () => {
    expect(decisionInput(assigned, 'appeal')).toEqual({
      outcome: 'assigned',
      departmentId: 4,
      ownerLeaderId: 3,
      promisedDeadline: '2026-11-05',
      channel: undefined,
      channelNote: undefined,
      shareContact: true,
    })
    // An accuser's contact is never passed on.
    expect(decisionInput(assigned, 'accusation').shareContact).toBe(false)
  })

  it('sends the lawful channel for a matter not accepted only', () => {
    expect(
      decisionInput({ ...assigned, outcome: 'not_accepted', channelNote: ' 法院 ' }, 'appeal'),
    ).toEqual({
      outcome: 'not_accepted',
      departmentId: undefined,
      ownerLeaderId: 3,
      promisedDeadline: undefined,
      channel: 'litigation',
      channelNote: '法院',
      shareContact: false,
    })
  })
})

describe('ownDecision', () => {
  it('is the leader’s choice, except for an accusation beside other matters', () => {
    const matter = newMatter(draft, true)
    expect(ownDecision(matter, 2)).toBe(false)
    expect(ownDecision({ ...matter, ownDecision: true }, 1)).toBe(true)
    expect(ownDecision({ ...matter, nature: 'accusation' }, 1)).toBe(false)
    expect(ownDecision({ ...matter, nature: 'accusation' }, 2)).toBe(true)
  })
})

describe('recordInput', () => {
  it('sends a matter’s own decision only where it has one, and an input the hub accepts', () => {
    const first: MatterValues = { ...newMatter(draft, true), departmentId: '4' }
    const second: MatterValues = {
      ...newMatter(draft, false),
      summary: '第二件事项',
      ownDecision: true,
      decision: '当场答复',
    }
    const input = recordInput(9, {
      decision: '经会商，依法依规处理',
      consultedDepartmentIds: ['4', '5'],
      matters: [{ ...first, decision: '不会发出' }, second],
    })
    expect(input.consultedDepartmentIds).toEqual([4, 5])
    expect(input.matters.map((m) => m.decision)).toEqual([undefined, '当场答复'])
    expect(input.matters[0]).toMatchObject({ categoryId: 2, departmentId: 4 })
    expect(RecordOutcomeInput.safeParse(input).success).toBe(true)
  })
})

describe('amendValues and amendInput', () => {
  it('start an amendment with nothing but a leader when there is no outcome yet', () => {
    expect(amendValues(undefined, 3)).toEqual({
      ...emptyDecision(3),
      reason: '',
      decision: '',
      consultedDepartmentIds: [],
    })
  })

  it('send what the form holds with the reason, as the hub accepts it', () => {
    const values = {
      ...amendValues(undefined, 3),
      departmentId: '4',
      reason: '承办单位有误',
      decision: '改由县住建局办理',
      consultedDepartmentIds: ['5'],
    }
    const input = amendInput(11, 'appeal', values)
    expect(input).toMatchObject({
      caseId: 11,
      reason: '承办单位有误',
      decision: '改由县住建局办理',
      consultedDepartmentIds: [5],
      outcome: 'assigned',
      departmentId: 4,
    })
    expect(AmendOutcomeInput.safeParse(input).success).toBe(true)
  })
})

describe('promiseError', () => {
  const withPromise = (promisedDeadline: string) => ({ ...emptyDecision(3), promisedDeadline })

  it('says nothing of an empty, partial or acceptable date, or of an outcome without one', () => {
    expect(promiseError(t, '2026-10-21', withPromise(''), 1, packageCalendar)).toBeNull()
    expect(promiseError(t, '2026-10-21', withPromise('2026-11'), 1, packageCalendar)).toBeNull()
    expect(promiseError(t, '2026-10-21', withPromise('2026-11-05'), 1, packageCalendar)).toBeNull()
    expect(
      promiseError(
        t,
        '2026-10-21',
        { ...withPromise('2020-01-01'), outcome: 'explained' },
        1,
        packageCalendar,
      ),
    ).toBeNull()
  })

  it('names a date before acceptance or after the statute, with the matter’s number', () => {
    expect(promiseError(t, '2026-10-21', withPromise('2026-10-20'), 2, packageCalendar)).toMatch(
      /^outcomeError\.promisedBeforeAcceptance .*"matter":2/,
    )
    expect(promiseError(t, '2026-10-21', withPromise('2027-10-21'), 1, packageCalendar)).toMatch(
      /^outcomeError\.promisedLaterThanStatute .*"matter":1/,
    )
  })
})
