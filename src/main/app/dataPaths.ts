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
 * The folder the app's data folder goes in: on Windows the LOCAL profile, `%LOCALAPPDATA%`
 * (not Electron's default, the roaming `%APPDATA%`): in a domain with roaming profiles the
 * roaming folder is copied to a server at every log-off and back at log-on, and a live SQLite
 * database with its -wal file must not travel like that (nor be opened from two PCs). The
 * printer and display choices belong to this PC too. macOS: `~/Library/Application Support`;
 * elsewhere `$XDG_CONFIG_HOME` or `~/.config` (Electron's defaults).
 */
export function appDataDir(platform: NodeJS.Platform, env: Env, homedir: string): string {
  if (platform === 'win32') {
    return nonEmpty(env['LOCALAPPDATA']) ?? path.win32.join(homedir, 'AppData', 'Local')
  }
  if (platform === 'darwin') {
    return path.posix.join(homedir, 'Library', 'Application Support')
  }
  return nonEmpty(env['XDG_CONFIG_HOME']) ?? path.posix.join(homedir, '.config')
}

/** The app's `userData` folder (index.ts sets it): {@link appDataDir}/{@link PRODUCT_NAME}. */
export function userDataDir(platform: NodeJS.Platform, env: Env, homedir: string): string {
  const join = platform === 'win32' ? path.win32.join : path.posix.join
  return join(appDataDir(platform, env, homedir), PRODUCT_NAME)
}

/** `<userData>/reception-day.db`: the default SQLite database of the hall hub. */
export function defaultDatabasePath(platform: NodeJS.Platform, env: Env, homedir: string): string {
  const join = platform === 'win32' ? path.win32.join : path.posix.join
  return join(userDataDir(platform, env, homedir), DATABASE_FILE_NAME)
}
