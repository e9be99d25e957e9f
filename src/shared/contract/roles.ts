import type { Contract, Domain } from './index'
import { ROLES, type Role } from './enums'

export { ROLES, type Role }

const admin = ['admin'] as const
const desk = ['admin', 'desk'] as const
const staff = ['admin', 'staff'] as const
const deskStaff = ['admin', 'desk', 'staff'] as const
/** The table's work: a leader device only for its own table (src/main/hub/access.ts). */
const table = ['admin', 'leader'] as const
const cases = ['admin', 'staff', 'leader'] as const
/** Reference lists every working screen reads (categories, departments, leaders, townships). */
const working = ['admin', 'desk', 'leader', 'staff'] as const
const boardToo = ['admin', 'desk', 'leader', 'staff', 'board'] as const
const everyone = ROLES
/** The hall's self-service page (查询评价): the query code only. */
const kiosk = ['admin', 'kiosk'] as const

type RoleTable = { [D in Domain]: { [P in keyof Contract[D]]: readonly Role[] } }

/**
 * Who may call each procedure. Typed over the contract: a procedure without its roles, or a
 * row for a procedure that does not exist, does not compile. The hub refuses every other
 * role with 403 before the procedure runs (src/main/hub/access.ts).
 */
export const procedureRoles = {
  // The screens' addresses carry the hub's fixed admin secret (until they are paired devices):
  // only the admin may hand it out.
  system: { health: everyone, clock: everyone, screenAddresses: admin },
  backup: { create: admin, list: admin, restore: admin },
  device: {
    me: everyone,
    list: admin,
    startPairing: admin,
    rename: admin,
    setRole: admin,
    revoke: admin,
  },
  leader: { list: working, create: admin, update: admin, setActive: admin },
  day: {
    // The board and the table screens find today's day by its date.
    get: boardToo,
    plan: staff,
    list: deskStaff,
    markAnnounced: staff,
    announcement: staff,
    close: staff,
  },
  batch: {
    register: desk,
    listForDay: desk,
    get: desk,
    correct: desk,
    cancel: desk,
    receipt: desk,
  },
  appointment: { list: deskStaff, create: deskStaff, cancel: deskStaff },
  desk: { lookup: desk, suggestRoute: desk, search: desk },
  queue: {
    forTable: ['admin', 'desk', 'leader'],
    board: ['admin', 'desk', 'board'],
    callNext: table,
    start: table,
    recall: table,
    noShow: table,
    transfer: table,
    // A no-show who comes back is met at the desk (its day list offers it).
    requeue: ['admin', 'desk', 'leader'],
    pause: table,
    resume: table,
    endDay: table,
  },
  outcome: { amend: cases, draft: table, record: table },
  case: {
    list: staff,
    get: cases,
    slip: cases,
    commitment: cases,
    notice: cases,
    document: cases,
    issueDocument: cases,
    reprint: cases,
    attachPdf: cases,
    paper: cases,
    issuePaper: cases,
  },
  // The city view (several halls on one server): figures only, no person and no case, read by
  // the staff who read their own hall's tally and by the admin.
  tally: { get: staff, city: staff },
  // Events name what changed, never who; each role sees only its own (access.ts).
  events: { changes: boardToo },
  reference: {
    categories: working,
    createCategory: admin,
    renameCategory: admin,
    setCategoryActive: admin,
    departments: working,
    createDepartment: admin,
    renameDepartment: admin,
    setDepartmentActive: admin,
    searchCounties: admin,
    townships: working,
    importTownships: admin,
    // The hall's name heads every screen, the board's and the kiosk's too.
    settings: everyone,
    updateSettings: admin,
  },
  demo: { status: admin, create: admin },
  // People sign in on a paired desk, staff or admin device (services/people/signIn.ts); the
  // admin keeps the list and reads the audit log.
  people: {
    list: admin,
    create: admin,
    update: admin,
    setSecret: admin,
    unlock: admin,
    current: everyone,
    signIn: deskStaff,
    signOut: deskStaff,
    audit: admin,
  },
  // The follow-up is the staff's work; 督办 reaches the leader through staff. A leader device
  // reads the cases its own table's leader owns (包案: followUp.owned, by table in access.ts).
  // The kiosk only looks up and rates by query code.
  followUp: {
    log: staff,
    step: staff,
    workList: staff,
    rates: staff,
    closeMonth: staff,
    months: staff,
    rateSettings: staff,
    setRateSettings: admin,
    query: kiosk,
    rate: kiosk,
    owned: cases,
  },
  // Every screen that shows or checks a deadline reads the calendar; staff keep it.
  calendar: { list: working, setYear: staff, importFile: staff, removeYear: staff },
} as const satisfies RoleTable

type Roles = typeof procedureRoles

/** `domain.procedure` of every procedure a leader device may call: each needs its table's reach. */
export type LeaderPath = {
  [D in Domain]: {
    [P in keyof Roles[D]]: Roles[D][P] extends readonly (infer R)[]
      ? 'leader' extends R
        ? `${D}.${P & string}`
        : never
      : never
  }[keyof Roles[D]]
}[Domain]

/** The roles of `domain.procedure`, or none for a path not in the contract. */
export function rolesOf(path: string): readonly Role[] {
  const [domain, name] = path.split('.')
  const row = (procedureRoles as Record<string, Record<string, readonly Role[]> | undefined>)[
    domain ?? ''
  ]
  return (name !== undefined && Object.hasOwn(row ?? {}, name) ? row?.[name] : undefined) ?? []
}

export const mayCall = (role: Role, path: string) => rolesOf(path).includes(role)
