import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  PROVINCE_CODES,
  checkIdNumber,
  idCheckCharacter,
  normaliseIdNumber,
} from '@shared/person/idNumber'
import { ageOnDate } from '@shared/time/hallClock'

// Fixed so that "future" means the same thing on every run.
const TODAY = '2025-06-15' // the hall's date

describe('checkIdNumber', () => {
  it('accepts the reference numbers and derives birth date and sex', () => {
    expect(checkIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
      regionCode: '110105',
    })
    expect(checkIdNumber('440524188001010014', TODAY)).toEqual({
      ok: true,
      value: '440524188001010014',
      birthDate: '1880-01-01',
      sex: 'male',
      regionCode: '440524',
    })
  })

  it('normalises lower-case x and stray spaces', () => {
    expect(normaliseIdNumber(' 110105 19491231 002x ')).toBe('11010519491231002X')
    const result = checkIdNumber('11010519491231002x', TODAY)
    expect(result.ok && result.value).toBe('11010519491231002X')
  })

  it.each([
    ['wrong check digit', '110105194912310021', 'id.checkDigit'],
    ['17 characters', '11010519491231002', 'id.length'],
    ['19 characters', '11010519491231002X1', 'id.length'],
    ['empty', '', 'id.length'],
    ['letters', '1101051949123100AX', 'id.characters'],
    ['X not last', '11010519491231X021', 'id.characters'],
    ['province 99', withCheck('99010519491231002'), 'id.region'],
    ['30 February', withCheck('11010519990230002'), 'id.birthDate'],
    ['month 13', withCheck('11010519991301002'), 'id.birthDate'],
    ['before 1880', withCheck('11010518791231002'), 'id.birthDate'],
    ['born tomorrow', withCheck('11010520250616002'), 'id.futureBirthDate'],
  ])('rejects %s', (_label, id, error) => {
    expect(checkIdNumber(id, TODAY)).toEqual({ ok: false, error })
  })

  it('accepts a birth date of today', () => {
    expect(checkIdNumber(withCheck('33072620250615001'), TODAY).ok).toBe(true)
  })
})

describe('ageOnDate', () => {
  it('counts completed years', () => {
    expect(ageOnDate('1949-12-31', '2025-12-30')).toBe(75)
    expect(ageOnDate('1949-12-31', '2025-12-31')).toBe(76)
    expect(ageOnDate('2000-02-29', '2025-02-28')).toBe(24)
    expect(ageOnDate('2000-02-29', '2025-03-01')).toBe(25)
  })
})

function withCheck(first17: string): string {
  return first17 + idCheckCharacter(first17)
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')

const validId = fc
  .record({
    province: fc.constantFrom(...PROVINCE_CODES),
    rest: fc.integer({ min: 0, max: 9999 }),
    birth: fc.date({
      min: new Date(Date.UTC(1880, 0, 1)),
      max: new Date(Date.UTC(2025, 5, 15)),
      noInvalidDate: true,
    }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ province, rest, birth, sequence }) => {
    const date =
      pad(birth.getUTCFullYear(), 4) + pad(birth.getUTCMonth() + 1, 2) + pad(birth.getUTCDate(), 2)
    return withCheck(province + pad(rest, 4) + date + pad(sequence, 3))
  })

describe('checkIdNumber properties', () => {
  it('accepts every well-formed number', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const result = checkIdNumber(id, TODAY)
        expect(result.ok).toBe(true)
        if (!result.ok) return
        expect(result.sex).toBe(Number(id[16]) % 2 === 1 ? 'male' : 'female')
        expect(result.birthDate.replaceAll('-', '')).toBe(id.slice(6, 14))
      }),
    )
  })

  it('rejects every single-character substitution', () => {
    const substitution = validId.chain((id) =>
      fc.record({
        id: fc.constant(id),
        position: fc.integer({ min: 0, max: 17 }),
        replacement: fc.constantFrom(...'0123456789X'),
      }),
    )
    fc.assert(
      fc.property(substitution, ({ id, position, replacement }) => {
        fc.pre(id[position] !== replacement)
        fc.pre(position === 17 || replacement !== 'X')
        const changed = id.slice(0, position) + replacement + id.slice(position + 1)
        expect(checkIdNumber(changed, TODAY).ok).toBe(false)
      }),
    )
  })

  it('rejects every single-character substitution, exhaustively for one number', () => {
    for (const id of ['11010519491231002X', '440524188001010014']) {
      for (let position = 0; position < 18; position++) {
        for (const replacement of position === 17 ? '0123456789X' : '0123456789') {
          if (id[position] === replacement) continue
          const changed = id.slice(0, position) + replacement + id.slice(position + 1)
          expect(checkIdNumber(changed, TODAY).ok, changed).toBe(false)
        }
      }
    }
  })
})
