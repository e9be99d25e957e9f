import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RegisterBatchInput } from '@shared/contract'
import {
  blankMember,
  blankRegistration,
  draftStore,
  isBlank,
  toRegistrationInput,
  type RegistrationValues,
} from '../../../src/renderer/src/features/desk/registrationValues'

// The desk's registration form values and what it sends: the same input the hub's schema takes.

const filled = (): RegistrationValues => ({
  ...blankRegistration(),
  kind: 'group',
  headcount: 3,
  members: [
    { name: '张三丰', idNumber: '11010519491231002X', phone: '13812345678', address: '浦南街道' },
    { ...blankMember(), name: '李四' },
  ],
  categoryId: '7',
  townshipCode: '330726001',
  village: '前吴村',
  summary: '宅基地审批两年未办理',
  flags: { elderly: true, disabled: false, urgent: false, hard: true },
  tableNo: '2',
  appointmentId: 5,
  sameDayRepeat: { reason: '补充材料' },
})

describe('toRegistrationInput', () => {
  it('turns the select strings into ids and numbers, and passes the rest as typed', () => {
    expect(toRegistrationInput(4, filled())).toEqual({
      dayId: 4,
      kind: 'group',
      headcount: 3,
      members: [
        {
          name: '张三丰',
          idNumber: '11010519491231002X',
          phone: '13812345678',
          address: '浦南街道',
        },
        { name: '李四', idNumber: '', phone: '', address: '' },
      ],
      nature: 'appeal',
      categoryId: 7,
      townshipCode: '330726001',
      village: '前吴村',
      summary: '宅基地审批两年未办理',
      flags: { elderly: true, disabled: false, urgent: false, hard: true },
      tableNo: 2,
      appointmentId: 5,
      sameDayRepeat: { reason: '补充材料' },
    })
  })

  it('leaves out what the clerk did not choose, so the hub routes and links nothing', () => {
    const input = toRegistrationInput(4, { ...blankRegistration(), summary: '工资拖欠' })
    expect(input.categoryId).toBeUndefined()
    expect(input.townshipCode).toBeUndefined()
    expect(input.tableNo).toBeUndefined()
    expect(input.appointmentId).toBeUndefined()
    expect(input.sameDayRepeat).toBeUndefined()
  })

  it('gives the hub’s schema an input it accepts', () => {
    expect(RegisterBatchInput.safeParse(toRegistrationInput(4, filled())).success).toBe(true)
  })
})

describe('isBlank', () => {
  it('is blank only while no summary and no member field holds more than spaces', () => {
    expect(isBlank(blankRegistration())).toBe(true)
    expect(isBlank({ ...blankRegistration(), summary: '  ' })).toBe(true)
    expect(isBlank({ ...blankRegistration(), summary: '工资' })).toBe(false)
    const withPhone = blankRegistration()
    withPhone.members = [{ ...blankMember(), phone: '138' }]
    expect(isBlank(withPhone)).toBe(false)
  })
})

describe('draftStore', () => {
  // The browser's Storage, as the desk's page has it (this suite runs under Node).
  class MemoryStorage {
    private items = new Map<string, string>()
    getItem = (key: string) => this.items.get(key) ?? null
    setItem = (key: string, value: string) => void this.items.set(key, value)
    removeItem = (key: string) => void this.items.delete(key)
  }
  const globals = globalThis as { localStorage?: unknown }
  const before = globals.localStorage
  beforeEach(() => {
    globals.localStorage = new MemoryStorage()
  })
  afterEach(() => {
    globals.localStorage = before
  })

  it('gives the draft back for its own day only, and nothing once cleared', () => {
    draftStore.save(4, filled())
    expect(draftStore.load(4)).toEqual(filled())
    expect(draftStore.load(5)).toBeNull()
    draftStore.clear()
    expect(draftStore.load(4)).toBeNull()
  })

  it('fills what an older draft lacks from a blank form, and ignores a damaged one', () => {
    const storage = globals.localStorage as MemoryStorage
    storage.setItem(
      'reception-day.desk.draft',
      JSON.stringify({ dayId: 4, values: { summary: '旧草稿' } }),
    )
    expect(draftStore.load(4)).toEqual({ ...blankRegistration(), summary: '旧草稿' })
    storage.setItem('reception-day.desk.draft', '{not json')
    expect(draftStore.load(4)).toBeNull()
  })
})
