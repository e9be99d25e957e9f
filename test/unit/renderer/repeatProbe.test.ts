import { describe, expect, it } from 'vitest'
import { blankMember } from '../../../src/renderer/src/features/desk/registrationValues'
import { repeatProbe } from '../../../src/renderer/src/features/desk/repeatProbe'

// What the desk asks the hub about a visitor while the clerk types: complete, valid parts only.

const ID = '11010519491231002X'

describe('repeatProbe', () => {
  it('asks nothing without a member or with nothing complete yet', () => {
    expect(repeatProbe(1, undefined, null)).toBeNull()
    expect(repeatProbe(1, blankMember(), null)).toBeNull()
    expect(repeatProbe(1, { ...blankMember(), idNumber: ID.slice(0, 17) }, null)).toBeNull()
    expect(repeatProbe(1, { ...blankMember(), phone: '1381234' }, null)).toBeNull()
    // A name alone matches too many people to be worth a look-up.
    expect(repeatProbe(1, { ...blankMember(), name: '张三丰' }, null)).toBeNull()
  })

  it('asks by a valid ID number, normalised, with the name beside it', () => {
    expect(
      repeatProbe(
        1,
        { ...blankMember(), name: ' 张三丰 ', idNumber: ` ${ID.toLowerCase()}` },
        null,
      ),
    ).toEqual({
      dayId: 1,
      idNumber: ID,
      name: '张三丰',
    })
  })

  it('asks by a valid phone number alone, as the hub stores it', () => {
    expect(repeatProbe(2, { ...blankMember(), phone: '+86 138-1234-5678' }, null)).toEqual({
      dayId: 2,
      phone: '13812345678',
    })
  })

  it('asks by name and township once both are known', () => {
    expect(repeatProbe(3, { ...blankMember(), name: '李四' }, '330726001')).toEqual({
      dayId: 3,
      name: '李四',
      townshipCode: '330726001',
    })
    // A township without a name is not a person.
    expect(repeatProbe(3, blankMember(), '330726001')).toBeNull()
  })
})
