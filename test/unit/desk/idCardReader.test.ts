import { describe, expect, it } from 'vitest'
import { isLocalReaderAddress, parseReadReply } from '@shared/idCard/jykjProtocol'

const card = {
  name: '赵秀兰',
  sex: '女',
  birthday: '19491231',
  address: '浙江省浦江县黄宅镇前店村 12 号',
  idNum: '11010519491231002x',
}

describe('the reader service’s answer to {"type":4}', () => {
  it('gives the card from the message or from its JsonData string', () => {
    const expected = {
      ok: true,
      card: {
        name: '赵秀兰',
        idNumber: '11010519491231002X',
        sex: 'female',
        birthDate: '1949-12-31',
        address: '浙江省浦江县黄宅镇前店村 12 号',
      },
    }
    expect(parseReadReply(JSON.stringify({ type: 4, ret: 0, ...card }))).toEqual(expected)
    expect(
      parseReadReply(JSON.stringify({ type: 4, ret: 0, JsonData: JSON.stringify(card) })),
    ).toEqual(expected)
  })

  it('tells a cancelled read (-9) from a failed one, and ignores answers to other requests', () => {
    expect(parseReadReply('{"type":4,"ret":-9}')).toEqual({ ok: false, failure: 'cancelled' })
    expect(parseReadReply('{"type":4,"ret":-1}')).toEqual({
      ok: false,
      failure: 'failed',
      detail: '-1',
    })
    expect(parseReadReply('{"type":4,"ret":0}')).toMatchObject({ ok: false, failure: 'failed' })
    expect(parseReadReply('not json')).toMatchObject({ ok: false, failure: 'failed' })
    expect(parseReadReply('{"type":3,"ret":0}')).toBeNull()
  })
})

describe('the reader address', () => {
  it('is a WebSocket service on this PC, or nothing', () => {
    expect(isLocalReaderAddress('')).toBe(true)
    expect(isLocalReaderAddress('ws://127.0.0.1:1919')).toBe(true)
    expect(isLocalReaderAddress('ws://localhost:1919')).toBe(true)
    expect(isLocalReaderAddress('ws://192.168.1.20:1919')).toBe(false)
    expect(isLocalReaderAddress('http://127.0.0.1:1919')).toBe(false)
    expect(isLocalReaderAddress('127.0.0.1:1919')).toBe(false)
  })
})
