import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import Sqlite from 'better-sqlite3'
import type BetterSqlite3 from 'better-sqlite3'
import { StoreOpenError } from './errors'
import { migrations } from './migrations'

const MIGRATION_TABLE = 'kysely_migration'

export interface CheckOptions {
  nativeBinding?: string | undefined
}

export interface CheckResult {
  /** The last hub closed the database cleanly and no write-ahead log was left behind. */
  clean: boolean
  /** What was checked: 'quick_check' of the whole file after an unclean close, else 'tables'. */
  checked: 'quick_check' | 'tables'
}

/**
 * Checks an existing database through a read-only connection, before anything may write to
 * it: a read-write open would fold a hot write-ahead log into a damaged file and delete it.
 * After an unclean close (no shutdown marker, or a WAL left behind) the whole file goes through
 * `quick_check`; after a clean one, the header and, with `quick_check(table)`, every table but
 * the large history tables (the backups give those the full `integrity_check`, and SQLite
 * reports a damaged page it reads as SQLITE_CORRUPT, which the hub names). A refusal leaves the files as they were, byte for byte: SQLite's reader
 * rebuilds the -shm (the WAL's index, no data), so its bytes are put back.
 */
export function checkBeforeWriting(file: string, options: CheckOptions = {}): CheckResult {
  const shm = `${file}-shm`
  const shmBefore = existsSync(shm) ? readFileSync(shm) : null
  let sqlite: BetterSqlite3.Database
  try {
    sqlite = new Sqlite(file, {
      readonly: true,
      fileMustExist: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    })
  } catch (error) {
    throw unreadable(file, error)
  }
  try {
    const result = check(sqlite, file)
    sqlite.close()
    return result
  } catch (error) {
    sqlite.close()
    putBack(shm, shmBefore)
    throw error
  }
}

function check(sqlite: BetterSqlite3.Database, file: string): CheckResult {
  const wal = `${file}-wal`
  const hotWal = existsSync(wal) && statSync(wal).size > 0
  const clean = !hotWal && markedClean(sqlite) && headerMatchesFile(sqlite, file)
  const tables = clean ? tablesCheckedAfterCleanClose(sqlite) : null
  let verdict: unknown
  try {
    verdict =
      tables === null
        ? sqlite.pragma('quick_check', { simple: true })
        : (tables
            .map((t) =>
              sqlite.pragma(`quick_check("${t.replaceAll('"', '""')}")`, { simple: true }),
            )
            .find((v) => v !== 'ok') ?? 'ok')
  } catch (error) {
    throw damaged(file, String(error))
  }
  if (verdict !== 'ok') throw damaged(file, String(verdict))
  assertNotNewer(sqlite, file)
  return { clean, checked: clean ? 'tables' : 'quick_check' }
}

/**
 * The tables that grow with the years of history: after a clean close they are not read at
 * start (that took 2 s at 1M persons); every other table, and any table added later, is.
 */
const HISTORY_TABLES = new Set([
  'person',
  'batch',
  'batch_member',
  'batch_transition',
  'petition_case',
  'outcome',
  'outcome_department',
  'case_document',
  'audit_log',
  'request_log',
])
const isHistory = (name: string) =>
  HISTORY_TABLES.has(name) ||
  name.startsWith('batch_summary_fts') ||
  name.startsWith('batch_summary_grams')

function tablesCheckedAfterCleanClose(sqlite: BetterSqlite3.Database): string[] {
  const names = sqlite
    .prepare("select name from sqlite_master where type = 'table' and rootpage > 0 order by name")
    .pluck()
    .all() as string[]
  return names.filter((name) => !isHistory(name))
}

function markedClean(sqlite: BetterSqlite3.Database): boolean {
  try {
    const row = sqlite.prepare('select clean_shutdown from store_state where id = 1').get() as
      { clean_shutdown: number } | undefined
    return row?.clean_shutdown === 1
  } catch {
    return false // no marker table yet (a database of an older build) or unreadable: check it
  }
}

/** A cleanly closed file is exactly its pages: a truncated or padded one gets the full check. */
function headerMatchesFile(sqlite: BetterSqlite3.Database, file: string): boolean {
  try {
    const pages = Number(sqlite.pragma('page_count', { simple: true }))
    const size = Number(sqlite.pragma('page_size', { simple: true }))
    sqlite.prepare('select count(*) from sqlite_master').pluck().get()
    return pages * size === statSync(file).size
  } catch {
    return false
  }
}

function assertNotNewer(sqlite: BetterSqlite3.Database, file: string): void {
  const table = sqlite
    .prepare("select name from sqlite_master where type = 'table' and name = ?")
    .get(MIGRATION_TABLE)
  if (!table) return
  const applied = sqlite.prepare(`select name from ${MIGRATION_TABLE}`).pluck().all() as string[]
  const unknown = applied.filter((name) => !(name in migrations))
  if (unknown.length > 0)
    throw new StoreOpenError(
      'newer',
      `数据库 ${file} 由更新版本的接访日写入（${unknown.join(', ')}），请先升级本软件再打开；文件未作改动。` +
        ` / Database ${file} was written by a newer version of Reception Day (schema ${unknown.join(', ')}); update the app to open it. It was left untouched.`,
    )
}

function putBack(shm: string, before: Buffer | null): void {
  try {
    if (before === null) rmSync(shm, { force: true })
    else if (!existsSync(shm) || !readFileSync(shm).equals(before)) writeFileSync(shm, before)
  } catch {
    // The -shm is only an index SQLite rebuilds; the refusal stands either way.
  }
}

const damaged = (file: string, detail: string) =>
  new StoreOpenError(
    'damaged',
    `数据库 ${file} 未通过完整性检查（${detail}），未作任何改动；请用备份恢复。` +
      ` / Database ${file} failed its integrity check (${detail}); it was left untouched. Restore it from a backup.`,
  )

export const unreadable = (file: string, error: unknown) =>
  new StoreOpenError(
    'unreadable',
    `无法打开数据库 ${file}：${String(error)}；文件未作改动。` +
      ` / Cannot open database ${file}: ${String(error)}; it was left untouched.`,
  )
