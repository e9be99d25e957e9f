import { describe, expect, it } from 'vitest'
import { findCounty, searchCounties, townshipsOf } from '../../src/main/divisions/divisions'

describe('divisions', () => {
  it('finds 浦江县 by code', () => {
    expect(findCounty('330726')).toEqual({
      code: '330726',
      name: '浦江县',
      cityName: '金华市',
      provinceName: '浙江省',
    })
    expect(findCounty('999999')).toBeUndefined()
  })

  it('drops placeholder city levels', () => {
    expect(findCounty('110101')).toMatchObject({
      name: '东城区',
      cityName: '',
      provinceName: '北京市',
    })
  })

  it('searches by name, best matches first', () => {
    const results = searchCounties('浦江')
    expect(results[0]).toMatchObject({ code: '330726', name: '浦江县' })
    expect(searchCounties('区', 5)).toHaveLength(5)
    expect(searchCounties('  ')).toEqual([])
  })

  it('lists the townships of 浦江县 in code order', () => {
    const towns = townshipsOf('330726')
    const names = towns.map((t) => t.name)
    expect(names).toEqual(expect.arrayContaining(['浦阳街道', '黄宅镇', '郑宅镇']))
    expect(towns.every((t) => t.code.startsWith('330726'))).toBe(true)
    expect(towns.map((t) => t.code)).toEqual(towns.map((t) => t.code).sort())
    expect(townshipsOf('999999')).toEqual([])
  })
})
