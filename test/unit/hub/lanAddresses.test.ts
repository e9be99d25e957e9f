import type { NetworkInterfaceInfo } from 'node:os'
import { describe, expect, it } from 'vitest'
import { screenAddresses } from '../../../src/main/hub/lanAddresses'

const nic = (address: string, internal = false, family: 'IPv4' | 'IPv6' = 'IPv4') =>
  ({ address, internal, family, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo

const interfaces = {
  lo: [nic('127.0.0.1', true), nic('::1', true, 'IPv6')],
  eth0: [nic('192.168.1.20'), nic('fe80::1', false, 'IPv6')],
  wlan0: [nic('10.0.0.5'), nic('169.254.3.4')],
}

describe('the screens’ addresses for other PCs', () => {
  it('lists each LAN IPv4 address of a hub serving every interface, with the token', () => {
    expect(screenAddresses('0.0.0.0', 4312, 'a+b', interfaces)).toEqual({
      loopbackOnly: false,
      urls: ['http://192.168.1.20:4312/?token=a%2Bb', 'http://10.0.0.5:4312/?token=a%2Bb'],
    })
  })

  it('says a hub on loopback cannot be reached, and names a single bound address', () => {
    expect(screenAddresses('127.0.0.1', 4312, 't', interfaces)).toEqual({
      loopbackOnly: true,
      urls: [],
    })
    expect(screenAddresses('10.0.0.5', 80, 't', interfaces).urls).toEqual([
      'http://10.0.0.5:80/?token=t',
    ])
  })
})
