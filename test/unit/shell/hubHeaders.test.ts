import { describe, expect, it } from 'vitest'
import { withHubAuthorization } from '../../../src/main/app/hubHeaders'

// The desktop app's windows are the admin device of their own hub without pairing: the main
// process adds the fixed secret as a header to their requests to that hub, and to no other.

const HUB = 'http://127.0.0.1:17300'
const headers = { Accept: '*/*' }

describe('the admin header of the app’s own windows', () => {
  it('goes with pages, API calls and the WebSocket upgrade to the hub', () => {
    for (const url of [`${HUB}/#/desk`, `${HUB}/trpc/system.health`, 'ws://127.0.0.1:17300/trpc'])
      expect(withHubAuthorization(HUB, 's3cret', { url, requestHeaders: headers })).toEqual({
        Accept: '*/*',
        Authorization: 'Bearer s3cret',
      })
  })

  it('never goes to another origin, port or scheme, nor without a secret', () => {
    for (const url of [
      'http://127.0.0.1:17301/trpc',
      'https://127.0.0.1:17300/trpc',
      'http://evil.example/trpc',
      'devtools://devtools',
      'not a url',
    ])
      expect(withHubAuthorization(HUB, 's3cret', { url, requestHeaders: headers })).toBe(headers)
    expect(withHubAuthorization(HUB, '', { url: `${HUB}/`, requestHeaders: headers })).toBe(headers)
  })
})
