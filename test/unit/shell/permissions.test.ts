import { beforeEach, describe, expect, it } from 'vitest'
import { hardenSession, isAllowedPermission } from '../../../src/main/app/hardening'
import { resetStandIn, session, WebContentsStandIn } from '../../support/electronStandIn'

const HUB = 'http://127.0.0.1:17300'
const origins = [HUB]

/** What a page at `url` is answered when it asks for `permission` (request and check). */
async function ask(permission: string, url: string) {
  const ses = session.defaultSession
  const contents = new WebContentsStandIn()
  contents.url = url
  const requested = await new Promise<boolean>((resolve) =>
    ses.requestHandler?.(contents, permission, resolve, { requestingUrl: url }),
  )
  const checked = ses.checkHandler?.(contents, permission, new URL(url).origin, {})
  return { requested, checked }
}

beforeEach(() => {
  resetStandIn()
  hardenSession(session.defaultSession as unknown as Electron.Session, origins)
})

describe('the permission handlers', () => {
  it("let the app's pages write to the clipboard (the copy buttons)", async () => {
    expect(await ask('clipboard-sanitized-write', `${HUB}/#/reports`)).toEqual({
      requested: true,
      checked: true,
    })
  })

  it('refuse everything else the app does not use', async () => {
    for (const permission of [
      'clipboard-read',
      'media',
      'notifications',
      'geolocation',
      'fullscreen',
      'midi',
      'openExternal',
      'hid',
      'serial',
      'usb',
      'display-capture',
      'local-fonts',
      'unknown',
    ])
      expect(await ask(permission, `${HUB}/#/desk`), permission).toEqual({
        requested: false,
        checked: false,
      })
    expect(session.defaultSession.deviceHandler?.({})).toBe(false)
  })

  it('refuse even the clipboard to a page that is not the app’s', async () => {
    expect(await ask('clipboard-sanitized-write', 'http://127.0.0.1:9999/')).toEqual({
      requested: false,
      checked: false,
    })
    expect(isAllowedPermission('clipboard-sanitized-write', undefined, origins)).toBe(false)
    expect(isAllowedPermission('clipboard-sanitized-write', 'file:///etc/passwd', origins)).toBe(
      false,
    )
  })
})
