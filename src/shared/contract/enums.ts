import { z } from 'zod'

// Types by nature of 信访工作条例 arts. 29–31.
export const caseNatures = ['suggestion', 'accusation', 'appeal'] as const
export const CaseNature = z.enum(caseNatures)
export type CaseNature = z.infer<typeof CaseNature>

export const outcomeKinds = [
  'resolved_on_spot',
  'assigned',
  'forwarded',
  'explained',
  'not_accepted',
] as const
export const OutcomeKind = z.enum(outcomeKinds)
export type OutcomeKind = z.infer<typeof OutcomeKind>

export const batchStatuses = [
  'waiting',
  'called',
  'in_session',
  'concluded',
  'no_show',
  'cancelled',
] as const
export const BatchStatus = z.enum(batchStatuses)
export type BatchStatus = z.infer<typeof BatchStatus>

export const BatchKind = z.enum(['individual', 'group'])
export type BatchKind = z.infer<typeof BatchKind>

export const routeRules = [
  'owner_leader',
  'township',
  'category',
  'shortest_wait',
  'lead_leader',
  'manual',
  /** Registered again the same day, deliberately: back to the table of the batch still open. */
  'same_day',
] as const
export const RouteRule = z.enum(routeRules)
export type RouteRule = z.infer<typeof RouteRule>

export const DayState = z.enum(['planned', 'open', 'closed'])
export type DayState = z.infer<typeof DayState>

export const DutyState = z.enum(['active', 'paused', 'ended'])
export type DutyState = z.infer<typeof DutyState>

/** The statute's limit on named representatives of a group visit (art. 20). */
export const MAX_REPRESENTATIVES = 5
/** A batch of this many persons or more counts as a collective visit (集体访). */
export const COLLECTIVE_HEADCOUNT = 5

/**
 * The lawful channel a not-accepted matter is directed to (信访工作条例 art. 31: matters to be
 * resolved by litigation, arbitration, administrative reconsideration … go there); `other`
 * names it in the free text.
 */
export const lawfulChannels = [
  'litigation',
  'arbitration',
  'labour_arbitration',
  'administrative_reconsideration',
  'administrative_adjudication',
  'discipline_inspection',
  'other',
] as const
export const LawfulChannel = z.enum(lawfulChannels)
export type LawfulChannel = z.infer<typeof LawfulChannel>

/** The papers a case prints at the table. */
export const DocumentKind = z.enum(['slip', 'commitment', 'notice'])
export type DocumentKind = z.infer<typeof DocumentKind>

/**
 * The papers of the follow-up (issue 14), each printed from one step of the case's log:
 * 受理告知书 (notice), 延期办理告知书 (extension), 信访事项处理意见书 (reply), 催办单 (reminder),
 * 现场处理记录 (onSpotRecord).
 */
export const PaperKind = z.enum([
  'acceptance_notice',
  'extension_notice',
  'handling_opinion',
  'reminder_slip',
  'on_spot_record',
])
export type PaperKind = z.infer<typeof PaperKind>

/** Every kind the case's archive (case_document) holds: the day's papers and the follow-up's. */
export const ArchivedKind = z.enum([...DocumentKind.options, ...PaperKind.options])
export type ArchivedKind = z.infer<typeof ArchivedKind>

/**
 * Who issues the case documents and seals them (出具机关): the county's 信访局, the office of
 * the joint conference on petition work (信访工作联席会议办公室), or the reception hall itself.
 */
export const issuingBodies = ['hall', 'bureau', 'jointOffice'] as const
export const IssuingBody = z.enum(issuingBodies)
export type IssuingBody = z.infer<typeof IssuingBody>

/**
 * The roles a paired device of the hall has (DESIGN.md "The hall's devices and roles"):
 * admin (settings, devices, backup/restore, everything), desk (register, look up with full
 * data, correct, cancel, receipts), leader (one table: its queue, batches masked, outcomes, its
 * cases), staff (case follow-up, reports, exports), board (the board view), kiosk (the
 * query-code page).
 */
export const ROLES = ['admin', 'desk', 'leader', 'staff', 'board', 'kiosk'] as const
export type Role = (typeof ROLES)[number]
