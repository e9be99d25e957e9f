import type { Generated } from 'kysely'
import type { ArchivedKind, BatchStatus, CaseNature, OutcomeKind } from '@shared/contract/enums'

// Column types of the SQLite store; keep in step with the migrations.

type Flag = 0 | 1

export interface SettingTable {
  key: string
  value: string
}

export interface CategoryTable {
  id: Generated<number>
  name: string
  sort: Generated<number>
  active: Generated<number>
}

export interface TownshipTable {
  code: string
  name: string
  county_code: string
  sort: Generated<number>
  /** 0: kept for history only (0002), not offered. */
  active: Generated<number>
}

export interface DepartmentTable {
  id: Generated<number>
  name: string
  active: Generated<number>
}

export interface LeaderTable {
  id: Generated<number>
  name: string
  title: Generated<string>
  sort: Generated<number>
  active: Generated<number>
  created_at: string
}

export interface LeaderAreaTable {
  leader_id: number
  category_id: number
}

export interface LeaderTownshipTable {
  leader_id: number
  township_code: string
}

export interface ReceptionDayTable {
  id: Generated<number>
  date: string
  place: Generated<string>
  opens_at: Generated<string>
  closes_at: Generated<string>
  state: Generated<'planned' | 'open' | 'closed'>
  created_at: string
  opened_at: string | null
  closed_at: string | null
  announced_10_at: string | null
  announced_3_at: string | null
  /** 0014: the hall's county code ('' the one local hall); a date is unique per hall. */
  hall: Generated<string>
}

export interface DutyTable {
  id: Generated<number>
  day_id: number
  leader_id: number
  table_no: number
  is_lead: Generated<number>
  state: Generated<'active' | 'paused' | 'ended'>
}

export interface PersonTable {
  id: Generated<number>
  name: string
  id_number: string | null
  phone: string | null
  address: string | null
  township_code: string | null
  birth_date: string | null
  sex: 'male' | 'female' | null
  created_at: string
  updated_at: string
}

export interface AppointmentTable {
  id: Generated<number>
  day_id: number
  person_id: number
  leader_id: number | null
  slot: string | null
  summary: string
  dossier: Generated<string>
  state: Generated<'booked' | 'arrived' | 'cancelled'>
  created_at: string
  cancelled_at: string | null
  cancel_reason: string | null
}

export interface BatchTable {
  id: Generated<number>
  day_id: number
  ticket_no: number
  kind: 'individual' | 'group'
  headcount: number
  duty_id: number
  route_rule: string
  nature: CaseNature
  category_id: number | null
  township_code: string | null
  village: string | null
  summary: string
  flag_elderly: Generated<Flag>
  flag_disabled: Generated<Flag>
  flag_urgent: Generated<Flag>
  flag_hard: Generated<Flag>
  status: Generated<BatchStatus>
  query_code: string
  appointment_id: number | null
  registered_at: string
  called_at: string | null
  started_at: string | null
  ended_at: string | null
  cancelled_at: string | null
  cancel_reason: string | null
  created_by: string
  updated_at: string
}

export interface BatchMemberTable {
  batch_id: number
  person_id: number
  role: 'petitioner' | 'representative'
  sort: Generated<number>
}

export interface BatchTransitionTable {
  id: Generated<number>
  batch_id: number
  at: string
  from_status: string | null
  to_status: string
  from_duty_id: number | null
  to_duty_id: number | null
  reason: string | null
  actor: string
}

export interface PetitionCaseTable {
  id: Generated<number>
  case_no: string
  batch_id: number
  day_id: number
  nature: CaseNature
  category_id: number | null
  township_code: string | null
  summary: string
  outcome: OutcomeKind | null
  department_id: number | null
  owner_leader_id: number | null
  accepted_on: string | null
  deadline: string | null
  deadline_rule: string | null
  review_stage: Generated<'none' | 'review' | 're_review'>
  state: Generated<'open' | 'replied' | 'closed'>
  closed_at: string | null
  created_at: string
  updated_at: string
}

export interface OutcomeTable {
  id: Generated<number>
  case_id: number
  kind: OutcomeKind
  decision: string
  channel: string | null
  recorded_at: string
  recorded_by: string
  amend_reason: string | null
  superseded_at: string | null
  // 0006: the whole decision, so a superseded outcome stays readable as it was.
  department_id: number | null
  owner_leader_id: number | null
  deadline: string | null
  deadline_rule: string | null
  share_contact: Generated<Flag>
  channel_note: string | null
}

export interface OutcomeDepartmentTable {
  outcome_id: number
  department_id: number
}

/** Every print of a case document, with a snapshot of what was printed (0006). */
export interface CaseDocumentTable {
  id: Generated<number>
  case_id: number
  outcome_id: number
  /** 0013 added the follow-up papers' kinds. */
  kind: ArchivedKind
  reprint_of: number | null
  printed_at: string
  printed_by: string
  snapshot_json: string
  superseded: Generated<Flag>
  superseded_at: string | null
  pdf: Buffer | null
  pdf_saved_at: string | null
  /** 0011: null (the outcome was amended) or 'calendar' (its dates were reckoned again). */
  superseded_reason: string | null
  /** 0013: the log entry a follow-up paper was printed from (null: a paper of the day). */
  log_entry_id: number | null
}

export interface AuditLogTable {
  id: Generated<number>
  at: string
  actor: string
  action: string
  entity: string
  entity_id: number | null
  before_json: string | null
  after_json: string | null
  /** 0015: the person signed in on the device that acted, and the device (null: the hub's own
   * fixed admin secret, or no one signed in). */
  person_id: number | null
  device_id: number | null
}

/** A closed day's tally as it stood at close (0007): JSON of TallyFigures and detail rows. */
export interface DayTallyTable {
  day_id: number
  computed_at: string
  time_zone: string
  tally_json: string
  rows_json: string
  closed_by: string
}

/** A submission's answer, kept so a retry with the same request id gets it again (0008). */
export interface RequestLogTable {
  request_id: string
  procedure: string
  input_hash: string
  result_json: string
  at: string
}

/** Whether the hub closed the database cleanly (0009); one row, id 1. */
export interface StoreStateTable {
  id: number
  clean_shutdown: Generated<Flag>
  opened_at: string | null
  closed_at: string | null
}

/** FTS5 trigram index of batch summaries (content table: batch). */
export interface BatchSummaryFtsTable {
  rowid: number
  summary: string
}

/** Contentless FTS5 index of 1–2 character grams of batch summaries. */
export interface BatchSummaryGramsTable {
  rowid: number
  grams: string
}

/** One step of a case (0010): appended, never changed; `state` is the case's state after it. */
export interface CaseLogTable {
  id: Generated<number>
  case_id: number
  kind: string
  at: string
  on_date: string
  actor: string
  state: string
  deadline: string | null
  data_json: string
}

/** A closed month's follow-up figures as they stood when it was closed (0010). */
export interface FollowUpMonthTable {
  month: string
  closed_at: string
  closed_by: string
  figures_json: string
  /** 0014: the hall whose month it is ('' the local hall); the key is (hall, month). */
  hall: Generated<string>
}

/** A year of the working-day calendar the staff entered from the State Council's notice (0011). */
export interface WorkingCalendarYearTable {
  year: number
  /** The notice it was transcribed from (国办发明电〔…〕…号), as the staff wrote it. */
  source: string | null
  entered_at: string
  entered_by: string
}

/** A date the notice names: a public holiday, or a weekend day made a working day (0011). */
export interface WorkingCalendarDayTable {
  date: string
  year: number
  kind: 'holiday' | 'workday'
  name: string | null
}

/** A paired device of the hall (0012): its role, and only the hash of its secret. */
export interface DeviceTable {
  id: Generated<number>
  name: string
  role: 'admin' | 'desk' | 'leader' | 'staff' | 'board' | 'kiosk'
  table_no: number | null
  secret_hash: string
  paired_at: string
  last_seen_at: string | null
  last_address: string | null
  revoked_at: string | null
  /** 0015: who is signed in on it now, and since when. */
  person_id: number | null
  signed_in_at: string | null
  /** 0015: the hall it was paired at ('' the local hall); only that hall's hub accepts it. */
  hall: Generated<string>
}

/** A clerk or staff member who signs in on a paired device (0015): only a scrypt hash of the
 * PIN or password is kept. */
export interface HallPersonTable {
  id: Generated<number>
  /** The hall the person works at ('' the local hall); a name is unique within its hall. */
  hall: Generated<string>
  name: string
  /** Comma-separated device roles the person may act in (admin, desk, staff). */
  roles: string
  secret_kind: 'pin' | 'password'
  secret_hash: string
  failed_tries: Generated<number>
  locked_until: string | null
  active: Generated<number>
  created_at: string
}

/** One look-up at the kiosk by query code (0016): counted for the lock-out of guessers. */
export interface QueryAttemptTable {
  id: Generated<number>
  at: string
  device: string
  code: string
  ok: number
}

/** The last ticket number drawn on a day (0017): services/batch/ticket.ts. */
export interface DayTicketTable {
  day_id: number
  last_no: number
}

export interface Database {
  setting: SettingTable
  category: CategoryTable
  township: TownshipTable
  department: DepartmentTable
  leader: LeaderTable
  leader_area: LeaderAreaTable
  leader_township: LeaderTownshipTable
  reception_day: ReceptionDayTable
  duty: DutyTable
  person: PersonTable
  appointment: AppointmentTable
  batch: BatchTable
  batch_member: BatchMemberTable
  batch_transition: BatchTransitionTable
  petition_case: PetitionCaseTable
  outcome: OutcomeTable
  outcome_department: OutcomeDepartmentTable
  case_document: CaseDocumentTable
  audit_log: AuditLogTable
  batch_summary_fts: BatchSummaryFtsTable
  batch_summary_grams: BatchSummaryGramsTable
  day_tally: DayTallyTable
  request_log: RequestLogTable
  store_state: StoreStateTable
  case_log: CaseLogTable
  query_attempt: QueryAttemptTable
  day_ticket: DayTicketTable
  follow_up_month: FollowUpMonthTable
  working_calendar_year: WorkingCalendarYearTable
  working_calendar_day: WorkingCalendarDayTable
  device: DeviceTable
  hall_person: HallPersonTable
}
