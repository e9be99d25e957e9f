import type { CaseNature, RegisterBatchInput } from '@shared/contract'

export interface MemberValues {
  name: string
  idNumber: string
  phone: string
  address: string
}

export interface RegistrationValues {
  kind: 'individual' | 'group'
  headcount: number
  members: MemberValues[]
  nature: CaseNature
  categoryId: string | null
  townshipCode: string | null
  village: string
  summary: string
  flags: { elderly: boolean; disabled: boolean; urgent: boolean; hard: boolean }
  /** null: follow the routing suggestion. */
  tableNo: string | null
  /** The appointment (约访) this arrival keeps, once the clerk linked it. */
  appointmentId: number | null
  /** Set once the clerk chose to register a person again who is still in today's queue. */
  sameDayRepeat: { reason: string } | null
}

export const blankMember = (): MemberValues => ({ name: '', idNumber: '', phone: '', address: '' })

export const blankRegistration = (): RegistrationValues => ({
  kind: 'individual',
  headcount: 1,
  members: [blankMember()],
  nature: 'appeal',
  categoryId: null,
  townshipCode: null,
  village: '',
  summary: '',
  flags: { elderly: false, disabled: false, urgent: false, hard: false },
  tableNo: null,
  appointmentId: null,
  sameDayRepeat: null,
})

/** The form's values as the hub's registration input (the schema does the rest). */
export function toRegistrationInput(dayId: number, v: RegistrationValues): RegisterBatchInput {
  return {
    dayId,
    kind: v.kind,
    headcount: Number(v.headcount),
    members: v.members.map((m) => ({
      name: m.name,
      idNumber: m.idNumber,
      phone: m.phone,
      address: m.address,
    })),
    nature: v.nature,
    categoryId: v.categoryId ? Number(v.categoryId) : undefined,
    townshipCode: v.townshipCode ?? undefined,
    village: v.village,
    summary: v.summary,
    flags: v.flags,
    tableNo: v.tableNo ? Number(v.tableNo) : undefined,
    appointmentId: v.appointmentId ?? undefined,
    sameDayRepeat: v.sameDayRepeat ?? undefined,
  }
}

const DRAFT_KEY = 'reception-day.desk.draft'

/** A half-filled registration survives an accidental reload (kept in this browser only). */
export const draftStore = {
  load(dayId: number): RegistrationValues | null {
    try {
      const raw = localStorage.getItem(DRAFT_KEY)
      if (!raw) return null
      const draft = JSON.parse(raw) as { dayId: number; values: RegistrationValues }
      return draft.dayId === dayId ? { ...blankRegistration(), ...draft.values } : null
    } catch {
      return null
    }
  },
  save(dayId: number, values: RegistrationValues): void {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ dayId, values }))
  },
  clear(): void {
    localStorage.removeItem(DRAFT_KEY)
  },
}

export const isBlank = (v: RegistrationValues) =>
  v.summary.trim() === '' && v.members.every((m) => Object.values(m).every((x) => x.trim() === ''))
