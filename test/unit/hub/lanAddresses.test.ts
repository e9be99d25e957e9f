import type { NetworkInterfaceInfo } from 'node:os'
import { describe, expect, it } from 'vitest'
import { pairingUrls, screenAddresses } from '../../../src/main/hub/lanAddresses'

const nic = (address: string, internal = false, family: 'IPv4' | 'IPv6' = 'IPv4') =>
  ({ address, internal, family, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo

const interfaces = {
  lo: [nic('127.0.0.1', true), nic('::1', true, 'IPv6')],
  eth0: [nic('192.168.1.20'), nic('fe80::1', false, 'IPv6')],
  wlan0: [nic('10.0.0.5'), nic('169.254.3.4')],
}

const http = (host: string, port: number) => ({ host, port, fingerprint: null })

describe('the screens’ addresses for other PCs', () => {
  it('lists each LAN IPv4 address of a hub serving every interface, with no secret in it', () => {
    expect(screenAddresses(http('0.0.0.0', 4312), interfaces)).toEqual({
      loopbackOnly: false,
      urls: ['http://192.168.1.20:4312/', 'http://10.0.0.5:4312/'],
    })
  })

  it('says a hub on loopback cannot be reached, and names a single bound address', () => {
    expect(screenAddresses(http('127.0.0.1', 4312), interfaces)).toEqual({
      loopbackOnly: true,
      urls: [],
    })
    expect(screenAddresses(http('10.0.0.5', 80), interfaces).urls).toEqual(['http://10.0.0.5:80/'])
  })

  it('pairs at each address with the code, and over HTTPS with the certificate to pin', () => {
    expect(pairingUrls(http('0.0.0.0', 4312), '123456', interfaces)).toEqual([
      'http://192.168.1.20:4312/#/pair/123456',
      'http://10.0.0.5:4312/#/pair/123456',
    ])
    const fingerprint = 'ab'.repeat(32)
    expect(
      pairingUrls({ host: '10.0.0.5', port: 4443, fingerprint }, '654321', interfaces),
    ).toEqual([`https://10.0.0.5:4443/#/pair/654321?fp=${fingerprint}`])
    expect(pairingUrls(http('127.0.0.1', 4312), '123456', interfaces)).toEqual([
      'http://127.0.0.1:4312/#/pair/123456',
    ])
  })
})
