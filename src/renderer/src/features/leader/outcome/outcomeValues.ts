import type { TFunction } from 'i18next'
import {
  needsDepartment,
  type AmendOutcomeInput,
  type CaseNature,
  type LawfulChannel,
  type OutcomeDraft,
  type OutcomeKind,
  type OutcomeRecord,
  type RecordOutcomeInput,
} from '@shared/contract'
import type { WorkingCalendar } from '@shared/calendar/workingCalendar'
import { caseDeadline } from '@shared/cases/deadlines'

// Form values of the outcome form (strings for selects, '' for empty dates) and their
// conversion to the contract's inputs; the hub validates again.

export interface DecisionValues {
  outcome: OutcomeKind
  departmentId: string | null
  ownerLeaderId: string | null
  promisedDeadline: string
  channel: LawfulChannel | null
  channelNote: string
  shareContact: boolean
}

export interface MatterValues extends DecisionValues {
  summary: string
  nature: CaseNature
  categoryId: string | null
  townshipCode: string | null
  ownDecision: boolean
  decision: string
}

export interface OutcomeValues {
  decision: string
  consultedDepartmentIds: string[]
  matters: MatterValues[]
}

export interface AmendValues extends DecisionValues {
  reason: string
  decision: string
  consultedDepartmentIds: string[]
}

const toId = (value: string | null) => (value ? Number(value) : undefined)

export const emptyDecision = (ownerLeaderId: number | null): DecisionValues => ({
  outcome: 'assigned',
  departmentId: null,
  ownerLeaderId: ownerLeaderId === null ? null : String(ownerLeaderId),
  promisedDeadline: '',
  channel: null,
  channelNote: '',
  shareContact: false,
})

/** The first matter starts from the registration; further ones from nothing but the nature. */
export function newMatter(draft: OutcomeDraft, first: boolean): MatterValues {
  return {
    ...emptyDecision(draft.leader.id),
    outcome: first ? 'assigned' : 'resolved_on_spot',
    summary: first ? draft.summary : '',
    nature: draft.nature,
    categoryId: first && draft.categoryId !== null ? String(draft.categoryId) : null,
    townshipCode: first ? draft.townshipCode : null,
    ownDecision: false,
    decision: '',
  }
}

/** Only what the chosen outcome uses: a department and deadline, or a lawful channel. */
export function decisionInput(d: DecisionValues, nature: CaseNature) {
  const withDepartment = needsDepartment(d.outcome)
  return {
    outcome: d.outcome,
    departmentId: withDepartment ? toId(d.departmentId) : undefined,
    ownerLeaderId: toId(d.ownerLeaderId),
    promisedDeadline: withDepartment && d.promisedDeadline ? d.promisedDeadline : undefined,
    channel: d.outcome === 'not_accepted' ? (d.channel ?? undefined) : undefined,
    channelNote:
      d.outcome === 'not_accepted' && d.channelNote.trim() ? d.channelNote.trim() : undefined,
    shareContact: withDepartment && nature !== 'accusation' ? d.shareContact : false,
  }
}

/** An accusation beside other matters always has its own decision (see RecordOutcomeInput). */
export const ownDecision = (m: MatterValues, matterCount: number) =>
  m.ownDecision || (m.nature === 'accusation' && matterCount > 1)

export function recordInput(batchId: number, values: OutcomeValues): RecordOutcomeInput {
  return {
    batchId,
    decision: values.decision,
    consultedDepartmentIds: values.consultedDepartmentIds.map(Number),
    matters: values.matters.map((m) => ({
      summary: m.summary,
      nature: m.nature,
      categoryId: toId(m.categoryId),
      townshipCode: m.townshipCode ?? undefined,
      decision: ownDecision(m, values.matters.length) && m.decision.trim() ? m.decision : undefined,
      ...decisionInput(m, m.nature),
    })),
  }
}

export function amendInput(
  caseId: number,
  nature: CaseNature,
  values: AmendValues,
): AmendOutcomeInput {
  return {
    caseId,
    reason: values.reason,
    decision: values.decision,
    consultedDepartmentIds: values.consultedDepartmentIds.map(Number),
    ...decisionInput(values, nature),
  }
}

/** The amendment form starts from the current outcome. */
export function amendValues(
  current: OutcomeRecord | undefined,
  fallbackLeaderId: number | null,
): AmendValues {
  if (!current)
    return {
      ...emptyDecision(fallbackLeaderId),
      reason: '',
      decision: '',
      consultedDepartmentIds: [],
    }
  return {
    outcome: current.kind,
    departmentId: current.department ? String(current.department.id) : null,
    ownerLeaderId: current.ownerLeader ? String(current.ownerLeader.id) : null,
    promisedDeadline:
      current.deadlineRule === 'promised' && current.deadline ? current.deadline : '',
    channel: current.channel,
    channelNote: current.channelNote ?? '',
    shareContact: current.shareContact,
    reason: '',
    decision: current.decision,
    consultedDepartmentIds: current.consulted.map((d) => String(d.id)),
  }
}

/** A promised date the hub would refuse (later than the statute, before acceptance). */
export function promiseError(
  t: TFunction,
  acceptedOn: string,
  d: DecisionValues,
  matter: number,
  calendar: WorkingCalendar,
): string | null {
  if (!needsDepartment(d.outcome) || !/^\d{4}-\d{2}-\d{2}$/.test(d.promisedDeadline)) return null
  const result = caseDeadline(acceptedOn, d.promisedDeadline, calendar)
  if (result.ok) return null
  return t(
    result.reason === 'laterThanStatute'
      ? 'outcomeError.promisedLaterThanStatute'
      : 'outcomeError.promisedBeforeAcceptance',
    { matter, statute: result.statute.date, acceptedOn },
  )
}
