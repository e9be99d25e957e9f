import { describe, expect, it } from 'vitest'
import { checkPhone } from '@shared/person/phone'

describe('checkPhone', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+8619912345678', '19912345678'],
    ['0579-84123456', '0579-84123456'],
    ['057984123456', '0579-84123456'],
    ['0579 8412345', '0579-8412345'],
    ['010-62345678', '010-62345678'],
    ['02162345678', '021-62345678'],
  ])('accepts %s as %s', (raw, value) => {
    expect(checkPhone(raw)).toEqual({ ok: true, value })
  })

  it.each([
    '',
    '12812345678', // no mobile prefix 12x
    '1381234567', // 10 digits
    '138123456789', // 12 digits
    '1381234567a',
    '+86 0579-84123456',
    '0579-0412345', // local numbers never start with 0
    '0579-123456', // too short
    '0579-841234567', // too long
    '84123456', // no area code
  ])('rejects %s', (raw) => {
    expect(checkPhone(raw)).toEqual({ ok: false, error: 'phone.format' })
  })
})
