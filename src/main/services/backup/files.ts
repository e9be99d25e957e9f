import { closeSync, existsSync, openSync, readdirSync, statSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import type { BackupFileView } from '@shared/contract/backup'
import { wallClock, type WallClock } from '@shared/tally/timeZone'

// Where backups go and what they are called: `<db folder>/backups/<db name>-YYYY-MM-DD-HHMMSS-
// <reason>.db` (the hall's wall clock), `-2`, `-3` … before the reason when that second is
// taken; a database replaced by a restore is kept in `backups/replaced/` and never pruned.

export type BackupReason = 'close' | 'manual'

export const backupFolder = (dbFile: string) => join(dirname(dbFile), 'backups')
export const replacedFolder = (dbFile: string) => join(backupFolder(dbFile), 'replaced')

const stem = (dbFile: string) => basename(dbFile, extname(dbFile)) || 'reception-day'
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** The hall's date and time of day a backup is named after: the hall's wall clock. */
export type StampParts = WallClock

/** The one place a backup's name is made, from the hall clock's parts. */
export function backupFileName(dbFile: string, at: StampParts, suffix: string, n = 1): string {
  const stamp = `${pad(at.y, 4)}-${pad(at.m)}-${pad(at.d)}-${pad(at.hh)}${pad(at.mm)}${pad(at.ss)}`
  return `${stem(dbFile)}-${stamp}${n === 1 ? '' : `-${n}`}-${suffix}.db`
}

export const stampParts = (at: Date, timeZone: string): StampParts => wallClock(at, timeZone)

/** A name not taken yet in `folder`: `<stem>-<stamp>-<suffix>.db`, else with `-2`, `-3`, … */
export function freshName(
  folder: string,
  dbFile: string,
  at: Date,
  timeZone: string,
  suffix: string,
) {
  const parts = stampParts(at, timeZone)
  for (let n = 1; ; n += 1) {
    const name = backupFileName(dbFile, parts, suffix, n)
    if (!existsSync(join(folder, name)) && !existsSync(join(folder, `${name}.partial`))) return name
  }
}

/**
 * Reserves a backup's name atomically: creates `<name>.partial` with O_EXCL ('wx'), so two
 * backups in the same second never get the same name; the finished copy is then linked to
 * `<name>` (which fails rather than overwrite, see backup.ts).
 */
export function reserveName(
  folder: string,
  dbFile: string,
  at: Date,
  timeZone: string,
  suffix: string,
): string {
  const parts = stampParts(at, timeZone)
  for (let n = 1; ; n += 1) {
    const name = backupFileName(dbFile, parts, suffix, n)
    if (existsSync(join(folder, name))) continue
    try {
      closeSync(openSync(join(folder, `${name}.partial`), 'wx'))
      return name
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error
    }
  }
}

interface Parsed {
  name: string
  /** YYYYMMDDHHMMSS of the hall clock. */
  stamp: string
  n: number
  mtimeMs: number
}

/** The backups this module made for `dbFile` (not the replaced databases), newest first. */
export function backupNames(dbFile: string): string[] {
  const folder = backupFolder(dbFile)
  if (!existsSync(folder)) return []
  const pattern = new RegExp(
    `^${escape(stem(dbFile))}-(\\d{4})-(\\d{2})-(\\d{2})-(\\d{6})(?:-(\\d+))?-(?:close|manual)\\.db$`,
  )
  const parsed: Parsed[] = []
  for (const name of readdirSync(folder)) {
    const match = pattern.exec(name)
    if (!match) continue
    const [, y, m, d, time, n] = match
    parsed.push({
      name,
      stamp: `${y}${m}${d}${time}`,
      n: n ? Number(n) : 1,
      mtimeMs: statSync(join(folder, name)).mtimeMs,
    })
  }
  // By the time in the name, then the number within that second (`-2` came after the first),
  // then the file's time; never by the name's characters ('-2-manual' < '-manual').
  return parsed
    .sort((a, b) => b.stamp.localeCompare(a.stamp) || b.n - a.n || b.mtimeMs - a.mtimeMs)
    .map((p) => p.name)
}

export function listBackupFiles(dbFile: string): BackupFileView[] {
  const folder = backupFolder(dbFile)
  return backupNames(dbFile).map((name) => {
    const file = join(folder, name)
    const stat = statSync(file)
    return { file, name, bytes: stat.size, modifiedAt: stat.mtime.toISOString() }
  })
}
