import { existsSync, readdirSync, statSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import type { BackupFileView } from '../../../shared/contract/backup'
import { wallClock } from '../../../shared/tally/timeZone'

// Where backups go and what they are called: `<db folder>/backups/<db name>-YYYY-MM-DD-HHMMSS-
// <reason>.db` (the hall's wall clock), so the folder sorts by date; a database replaced by a
// restore is kept in `backups/replaced/` and never pruned.

export type BackupReason = 'close' | 'manual'

export const backupFolder = (dbFile: string) => join(dirname(dbFile), 'backups')
export const replacedFolder = (dbFile: string) => join(backupFolder(dbFile), 'replaced')

const stem = (dbFile: string) => basename(dbFile, extname(dbFile)) || 'reception-day'
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const pad = (n: number, width = 2) => String(n).padStart(width, '0')

export function stamp(at: Date, timeZone: string): string {
  const c = wallClock(at, timeZone)
  return `${pad(c.y, 4)}-${pad(c.m)}-${pad(c.d)}-${pad(c.hh)}${pad(c.mm)}${pad(c.ss)}`
}

/** A name not taken yet in `folder`: `<stem>-<stamp>-<suffix>.db`, else with `-2`, `-3`, … */
export function freshName(
  folder: string,
  dbFile: string,
  at: Date,
  timeZone: string,
  suffix: string,
) {
  const base = `${stem(dbFile)}-${stamp(at, timeZone)}`
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? `${base}-${suffix}.db` : `${base}-${n}-${suffix}.db`
    if (!existsSync(join(folder, name)) && !existsSync(join(folder, `${name}.partial`))) return name
  }
}

/** The backups this module made for `dbFile` (not the replaced databases), newest first. */
export function backupNames(dbFile: string): string[] {
  const folder = backupFolder(dbFile)
  if (!existsSync(folder)) return []
  const pattern = new RegExp(
    `^${escape(stem(dbFile))}-\\d{4}-\\d{2}-\\d{2}-\\d{6}(?:-\\d+)?-(?:close|manual)\\.db$`,
  )
  return readdirSync(folder)
    .filter((name) => pattern.test(name))
    .sort()
    .reverse()
}

export function listBackupFiles(dbFile: string): BackupFileView[] {
  const folder = backupFolder(dbFile)
  return backupNames(dbFile).map((name) => {
    const file = join(folder, name)
    const stat = statSync(file)
    return { file, name, bytes: stat.size, modifiedAt: stat.mtime.toISOString() }
  })
}
