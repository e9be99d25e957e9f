import { describe, expect, it } from 'vitest'
import { maskIdNumber, maskName, maskPhone } from '@shared/person/mask'

describe('maskIdNumber', () => {
  it('keeps the first 6 and last 4 of a full number', () => {
    expect(maskIdNumber('330726199001011234')).toBe('330726********1234')
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X')
  })

  it('keeps only the last 4 of other lengths, and nothing of very short input', () => {
    expect(maskIdNumber('330726900101123')).toBe('***********1123')
    expect(maskIdNumber('12345')).toBe('*2345')
    expect(maskIdNumber('1234')).toBe('****')
  })

  it('returns empty for missing input', () => {
    expect(maskIdNumber(null)).toBe('')
    expect(maskIdNumber(undefined)).toBe('')
    expect(maskIdNumber('')).toBe('')
  })
})

describe('maskName', () => {
  it('keeps the first character', () => {
    expect(maskName('张三')).toBe('张*')
    expect(maskName('欧阳娜娜')).toBe('欧***')
    expect(maskName('欧阳修')).toBe('欧**')
    expect(maskName('𠮷野家')).toBe('𠮷**')
  })

  it('returns empty for missing input', () => {
    expect(maskName(null)).toBe('')
    expect(maskName(undefined)).toBe('')
    expect(maskName('  ')).toBe('')
  })
})

describe('maskPhone', () => {
  it('keeps the first 3 and last 4', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
    expect(maskPhone('0579-84123456')).toBe('057******3456')
  })

  it('never shows a short number in full', () => {
    expect(maskPhone('1234567')).toBe('***4567')
    expect(maskPhone('110')).toBe('***')
  })

  it('returns empty for missing input', () => {
    expect(maskPhone(null)).toBe('')
    expect(maskPhone('')).toBe('')
  })
})
