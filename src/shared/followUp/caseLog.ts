import type { FollowUpState, OutcomeKind, StepKind } from '@shared/contract'
import { addDays } from '../plan/notices'

// A case's follow-up as a fold over its log: the state and the facts the next step is judged
// by. Pure, so the hub writes each entry's state from it and the screens can explain a refusal.

/** Arts 35–36: a review is asked within 30 days of the reply and answered within 30 days. */
export const REVIEW_DAYS = 30

/** The outcomes followed after the day; explained and not accepted end at the table. */
export const FOLLOWED: readonly OutcomeKind[] = ['assigned', 'forwarded', 'resolved_on_spot']
export const isFollowed = (outcome: OutcomeKind | null) =>
  outcome !== null && FOLLOWED.includes(outcome)

export interface LoggedStep {
  kind: string
  at: string
  on: string
  data: Record<string, unknown>
  deadline: string | null
}

export interface Fold {
  state: FollowUpState
  noticeOn: string | null
  extended: boolean
  /** The handling deadline now (an extension moved it). */
  deadline: string | null
  /** The date of the answer in force: the reply, the 现场处理记录, or a review's answer. */
  replyOn: string | null
  /** The review levels answered. */
  answered: ('review' | 're_review')[]
  openReview: { level: 'review' | 're_review'; on: string } | null
  /** The latest objection's time (ISO). */
  objectionAt: string | null
  /** A valid call-back since the latest reply. */
  calledBack: boolean
}

export function initialFold(deadline: string | null): Fold {
  return {
    state: 'accepted',
    noticeOn: null,
    extended: false,
    deadline,
    replyOn: null,
    answered: [],
    openReview: null,
    objectionAt: null,
    calledBack: false,
  }
}

/** The fold after one more step (the step already judged allowed). */
export function applyStep(fold: Fold, step: LoggedStep): Fold {
  const next = { ...fold, answered: [...fold.answered] }
  switch (step.kind as StepKind) {
    case 'notice':
      next.noticeOn = step.on
      break
    case 'progress':
      if (fold.state === 'accepted') next.state = 'in_progress'
      break
    case 'objection':
      next.objectionAt = step.at
      break
    case 'extension':
      next.extended = true
      next.deadline = step.deadline
      break
    case 'reply':
    case 'onSpotRecord':
      next.state = 'replied'
      next.replyOn = step.on
      next.calledBack = false
      break
    case 'callback':
      if (step.data['result'] !== 'reached') break
      if (step.data['satisfaction'] === 'dissatisfied' && step.data['next'] === 'reopen') {
        next.state = 'reopened'
        next.calledBack = false
      } else {
        next.state = 'called_back'
        next.calledBack = true
      }
      break
    case 'close':
      next.state = 'closed'
      break
    case 'reviewRequest':
      next.state = 'under_review'
      next.openReview = { level: step.data['level'] as 'review' | 're_review', on: step.on }
      break
    case 'reviewAnswer':
      next.state = 'closed'
      next.answered.push(step.data['level'] as 'review' | 're_review')
      next.openReview = null
      next.replyOn = step.on
      break
    default:
      break
  }
  if (step.deadline !== null) next.deadline = step.deadline
  return next
}

export const foldLog = (deadline: string | null, steps: LoggedStep[]) =>
  steps.reduce(applyStep, initialFold(deadline))

/** After 复核 the same matter is not accepted again (art 36). */
export const isFinal = (fold: Fold) => fold.answered.includes('re_review')

/** Until when a review (复查) or re-review (复核) may be asked; null when none may. */
export function reviewBy(fold: Fold): { level: 'review' | 're_review'; by: string } | null {
  if (fold.openReview || isFinal(fold) || !fold.replyOn) return null
  if (fold.state !== 'replied' && fold.state !== 'called_back' && fold.state !== 'closed')
    return null
  const level = fold.answered.includes('review') ? 're_review' : 'review'
  return { level, by: addDays(fold.replyOn, REVIEW_DAYS) }
}

const HANDLING: readonly FollowUpState[] = ['accepted', 'in_progress', 'reopened']

export interface Facts {
  outcome: OutcomeKind | null
  today: string
  /** The step's date. */
  on: string
  acceptedOn: string | null
  awaitingReassignment: boolean
  /** Art 23: the last day an objection may be made. */
  objectionBy: string | null
}

/**
 * Why this step may not be taken now, as an i18n key (followUpError.*), or null when it may.
 * Judged against the log's fold only: what the case is, never what a screen believes it is.
 */
export function refusal(
  fold: Fold,
  step: { kind: StepKind } & Record<string, unknown>,
  facts: Facts,
): string | null {
  if (!isFollowed(facts.outcome)) return 'followUpError.notFollowed'
  if (facts.on > facts.today) return 'followUpError.future'
  if (facts.acceptedOn && facts.on < facts.acceptedOn) return 'followUpError.beforeAcceptance'
  const onSpot = facts.outcome === 'resolved_on_spot'
  const handling = HANDLING.includes(fold.state)
  if (facts.awaitingReassignment && handling && step.kind !== 'reminder')
    return 'followUpError.awaitingReassignment'
  switch (step.kind) {
    case 'notice':
      if (onSpot) return 'followUpError.onSpotNoNotice'
      if (fold.noticeOn) return 'followUpError.noticeGiven'
      return handling ? null : 'followUpError.state'
    case 'progress':
    case 'reminder':
      if (onSpot) return 'followUpError.onSpotNoHandling'
      return handling || fold.state === 'under_review' ? null : 'followUpError.state'
    case 'supervision':
      if (onSpot) return 'followUpError.onSpotNoHandling'
      return handling || fold.state === 'under_review' ? null : 'followUpError.state'
    case 'objection':
      if (onSpot || facts.outcome === 'forwarded') return 'followUpError.noObjection'
      if (!handling || fold.state === 'reopened') return 'followUpError.state'
      if (facts.objectionBy && facts.on > facts.objectionBy) return 'followUpError.objectionLate'
      return null
    case 'extension':
      if (onSpot) return 'followUpError.onSpotNoHandling'
      if (fold.extended) return 'followUpError.extendedOnce'
      if (!handling) return 'followUpError.state'
      if (fold.deadline && facts.on > fold.deadline) return 'followUpError.extensionLate'
      return null
    case 'reply':
      if (onSpot) return 'followUpError.onSpotRecordInstead'
      return handling ? null : 'followUpError.state'
    case 'onSpotRecord':
      if (!onSpot) return 'followUpError.notOnSpot'
      return fold.state === 'accepted' || fold.state === 'reopened' ? null : 'followUpError.state'
    case 'callback': {
      if (fold.state !== 'replied') return 'followUpError.state'
      if (fold.replyOn && facts.on < fold.replyOn) return 'followUpError.beforeReply'
      if (step['result'] !== 'reached') return null
      if (
        typeof step['contacted'] !== 'boolean' ||
        typeof step['resolved'] !== 'boolean' ||
        !step['satisfaction']
      )
        return 'followUpError.callbackAnswers'
      if (step['satisfaction'] === 'dissatisfied' && !step['next'])
        return 'followUpError.dissatisfiedNext'
      return null
    }
    case 'close':
      return fold.state === 'called_back' ? null : 'followUpError.closeAfterCallback'
    case 'reviewRequest': {
      const may = reviewBy(fold)
      if (isFinal(fold)) return 'followUpError.final'
      if (!may) return 'followUpError.state'
      if (may.level !== step['level']) return `followUpError.level.${may.level}`
      if (facts.on > may.by) return 'followUpError.reviewLate'
      return null
    }
    case 'reviewAnswer':
      if (!fold.openReview) return 'followUpError.state'
      if (fold.openReview.level !== step['level'])
        return `followUpError.level.${fold.openReview.level}`
      return facts.on < fold.openReview.on ? 'followUpError.beforeRequest' : null
  }
}
