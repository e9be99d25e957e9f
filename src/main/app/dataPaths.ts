// Where the app keeps its data. Pure Node (no electron import): the hall hub imports this
// too, so `npm run hub` under plain Node and the desktop app pick the same database file.
import path from 'node:path'

/** The product name Electron derives the user data folder from (see index.ts: app.setName). */
export const PRODUCT_NAME = 'Reception Day'

export const DATABASE_FILE_NAME = 'reception-day.db'

export type Env = Readonly<Record<string, string | undefined>>

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined
}

/**
 * Electron's default `app.getPath('appData')` for the platform: `%APPDATA%` on Windows,
 * `~/Library/Application Support` on macOS, `$XDG_CONFIG_HOME` or `~/.config` elsewhere.
 */
export function appDataDir(platform: NodeJS.Platform, env: Env, homedir: string): string {
  if (platform === 'win32') {
    return nonEmpty(env['APPDATA']) ?? path.win32.join(homedir, 'AppData', 'Roaming')
  }
  if (platform === 'darwin') {
    return path.posix.join(homedir, 'Library', 'Application Support')
  }
  return nonEmpty(env['XDG_CONFIG_HOME']) ?? path.posix.join(homedir, '.config')
}

/** Electron's default `app.getPath('userData')` for an app named {@link PRODUCT_NAME}. */
export function userDataDir(platform: NodeJS.Platform, env: Env, homedir: string): string {
  const join = platform === 'win32' ? path.win32.join : path.posix.join
  return join(appDataDir(platform, env, homedir), PRODUCT_NAME)
}

/** `<userData>/reception-day.db`: the default SQLite database of the hall hub. */
export function defaultDatabasePath(platform: NodeJS.Platform, env: Env, homedir: string): string {
  const join = platform === 'win32' ? path.win32.join : path.posix.join
  return join(userDataDir(platform, env, homedir), DATABASE_FILE_NAME)
}
