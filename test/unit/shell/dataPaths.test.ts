import { describe, expect, it } from 'vitest'
import {
  appDataDir,
  defaultDatabasePath,
  PRODUCT_NAME,
  userDataDir,
} from '../../../src/main/app/dataPaths'

describe('data paths (Electron defaults for "Reception Day")', () => {
  it('uses the product name Electron sees', () => {
    expect(PRODUCT_NAME).toBe('Reception Day')
  })

  it('Linux: ~/.config, or $XDG_CONFIG_HOME when set', () => {
    expect(userDataDir('linux', {}, '/home/clerk')).toBe('/home/clerk/.config/Reception Day')
    expect(defaultDatabasePath('linux', {}, '/home/clerk')).toBe(
      '/home/clerk/.config/Reception Day/reception-day.db',
    )
    expect(defaultDatabasePath('linux', { XDG_CONFIG_HOME: '/srv/cfg' }, '/home/clerk')).toBe(
      '/srv/cfg/Reception Day/reception-day.db',
    )
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '' }, '/home/clerk')).toBe(
      '/home/clerk/.config/Reception Day',
    )
  })

  it('macOS: ~/Library/Application Support (XDG ignored)', () => {
    expect(defaultDatabasePath('darwin', { XDG_CONFIG_HOME: '/srv/cfg' }, '/Users/clerk')).toBe(
      '/Users/clerk/Library/Application Support/Reception Day/reception-day.db',
    )
    expect(appDataDir('darwin', {}, '/Users/clerk')).toBe(
      '/Users/clerk/Library/Application Support',
    )
  })

  it('Windows: the local profile (%LOCALAPPDATA%), never the roaming one', () => {
    const env = {
      APPDATA: 'C:\\Users\\clerk\\AppData\\Roaming',
      LOCALAPPDATA: 'D:\\Profiles\\clerk\\Local',
      XDG_CONFIG_HOME: '/x',
    }
    expect(defaultDatabasePath('win32', env, 'C:\\Users\\clerk')).toBe(
      'D:\\Profiles\\clerk\\Local\\Reception Day\\reception-day.db',
    )
    expect(userDataDir('win32', { APPDATA: 'C:\\Roaming' }, 'C:\\Users\\clerk')).toBe(
      'C:\\Users\\clerk\\AppData\\Local\\Reception Day',
    )
  })
})
