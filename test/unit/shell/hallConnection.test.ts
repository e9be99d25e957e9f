import { describe, expect, it } from 'vitest'
import { clientPairing, parseHallConnection } from '../../../src/main/app/hallConnection'

// The first-start choice kept in the user data folder: this PC runs the hub, or it is a paired
// client of another PC's hub whose certificate it pins. Anything malformed asks again.

const fp = 'cd'.repeat(32)
const client = {
  mode: 'client',
  origin: 'https://192.168.1.20:17300',
  pin: { host: '192.168.1.20:17300', fingerprint: fp },
  secret: 'a-device-secret-of-43-characters-xxxxxxxxxx',
}

describe('the hall connection of a desktop app', () => {
  it('reads the two choices back', () => {
    expect(parseHallConnection('{"mode":"hub"}')).toEqual({ mode: 'hub' })
    expect(parseHallConnection(JSON.stringify(client))).toEqual(client)
  })

  it('asks again for anything malformed, and never trusts an HTTPS hub without a pin', () => {
    for (const text of [
      'not json',
      '{"mode":"other"}',
      JSON.stringify({ ...client, pin: null }),
      JSON.stringify({ ...client, secret: 'short' }),
      JSON.stringify({ ...client, origin: 'https://192.168.1.20:17300/path' }),
      JSON.stringify({ ...client, pin: { host: '10.0.0.9:17300', fingerprint: fp } }),
      JSON.stringify({ ...client, pin: { host: '192.168.1.20:17300', fingerprint: 'xyz' } }),
    ])
      expect(parseHallConnection(text)).toBeUndefined()
  })

  it('takes the origin, the code and the pin from a pairing address', () => {
    expect(clientPairing(`https://192.168.1.20:17300/#/pair/123456?fp=${fp}`)).toEqual({
      origin: 'https://192.168.1.20:17300',
      code: '123456',
      pin: { host: '192.168.1.20:17300', fingerprint: fp },
    })
    expect(clientPairing('http://192.168.1.20:17300/#/pair/123456')).toEqual({
      origin: 'http://192.168.1.20:17300',
      code: '123456',
      pin: null,
    })
    // An HTTPS address without its fingerprint gives nothing to pin: refused.
    expect(clientPairing('https://192.168.1.20:17300/#/pair/123456')).toBeUndefined()
    expect(clientPairing('http://192.168.1.20:17300/#/desk')).toBeUndefined()
  })
})
