import { describe, expect, it } from 'vitest'
import { linuxLaunchPlan, shellInfoArguments } from '../../../src/main/app/linuxPlatform'

const exe = '/opt/Reception Day/reception-day'

describe('the Linux platform plan', () => {
  it('relaunches a start without --ozone-platform on X11, with the speech switch', () => {
    const plan = linuxLaunchPlan(
      'linux',
      [exe, '--db', '/d.db'],
      { WAYLAND_DISPLAY: 'wayland-0' },
      true,
    )
    expect(plan.relaunchArgs).toEqual([
      '--db',
      '/d.db',
      '--ozone-platform=x11',
      '--enable-speech-dispatcher',
    ])
    expect(plan.info).toEqual({ display: 'x11', speech: 'speech-dispatcher' })
  })

  it('keeps a --ozone-platform given on the command line (the .desktop entry, npm scripts)', () => {
    const plan = linuxLaunchPlan('linux', [exe, '--ozone-platform=x11'], {}, true)
    expect(plan.relaunchArgs).toBeUndefined()
    expect(plan.appendSwitches).toEqual(['enable-speech-dispatcher'])
    expect(plan.info).toEqual({ display: 'x11', speech: 'speech-dispatcher' })
    const wayland = linuxLaunchPlan('linux', [exe, '--ozone-platform', 'wayland'], {}, true)
    expect(wayland.info.display).toBe('wayland')
  })

  it('follows RECEPTION_DAY_OZONE_PLATFORM and RECEPTION_DAY_SPEECH_DISPATCHER', () => {
    const wayland = linuxLaunchPlan(
      'linux',
      [exe],
      { RECEPTION_DAY_OZONE_PLATFORM: 'wayland' },
      true,
    )
    expect(wayland.relaunchArgs).toEqual(['--ozone-platform=wayland', '--enable-speech-dispatcher'])
    const auto = linuxLaunchPlan(
      'linux',
      [exe],
      { RECEPTION_DAY_OZONE_PLATFORM: 'auto', XDG_SESSION_TYPE: 'wayland' },
      true,
    )
    expect(auto.relaunchArgs).toBeUndefined()
    expect(auto.info.display).toBe('wayland')
    const silent = linuxLaunchPlan(
      'linux',
      [exe, '--ozone-platform=x11'],
      { RECEPTION_DAY_SPEECH_DISPATCHER: '0' },
      true,
    )
    expect(silent.appendSwitches).toEqual([])
    expect(silent.info.speech).toBe('off')
  })

  it('relaunches an AppImage from its own file, not from its temporary mount', () => {
    const plan = linuxLaunchPlan(
      'linux',
      ['/tmp/.mount_recept/reception-day'],
      { APPIMAGE: '/home/clerk/Reception Day.AppImage' },
      true,
    )
    expect(plan.relaunchExecPath).toBe('/home/clerk/Reception Day.AppImage')
    expect(plan.relaunchArgs).toEqual(['--ozone-platform=x11', '--enable-speech-dispatcher'])
  })

  it('never relaunches under the dev server; reports what auto chose', () => {
    const plan = linuxLaunchPlan('linux', [exe], { XDG_SESSION_TYPE: 'x11' }, false)
    expect(plan.relaunchArgs).toBeUndefined()
    expect(plan.info.display).toBe('x11')
  })

  it('switches nothing on Windows and macOS', () => {
    for (const platform of ['win32', 'darwin'] as const)
      expect(linuxLaunchPlan(platform, [exe], {}, true)).toEqual({
        relaunchArgs: undefined,
        appendSwitches: [],
        info: { display: 'native', speech: 'system' },
      })
  })

  it('hands the choice to the preload as renderer switches', () => {
    expect(shellInfoArguments({ display: 'x11', speech: 'off' })).toEqual([
      '--shell-display=x11',
      '--shell-speech=off',
    ])
  })
})
