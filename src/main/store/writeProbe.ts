import { closeSync, existsSync, openSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { StoreOpenError } from './errors'

const READ_ONLY_ERRNOS = new Set(['EROFS', 'EACCES', 'EPERM'])
const errnoOf = (error: unknown) => (error as { code?: unknown } | null)?.code

/**
 * Refuses, before SQLite opens anything, a database the hub could not write: a folder it
 * cannot create files in (SQLite needs the -wal and -shm there) or a database file it
 * cannot open for writing. Real writes are tried (mode bits say nothing for root, an
 * immutable file or a read-only mount); nothing of the database's own bytes is written.
 */
export function assertWritable(file: string): void {
  const folder = dirname(file)
  const probe = join(folder, `.${basename(file)}.write-probe-${process.pid}`)
  try {
    closeSync(openSync(probe, 'wx'))
    rmSync(probe, { force: true })
  } catch (error) {
    if (!READ_ONLY_ERRNOS.has(String(errnoOf(error)))) throw error
    throw new StoreOpenError(
      'readonly',
      `数据库所在的文件夹 ${folder} 不能写入（只读的文件夹或磁盘），接访服务无法保存，因此未启动。请检查该文件夹和磁盘的写入权限。` +
        ` / The database folder ${folder} cannot be written (a read-only folder or disk), so the hub would save nothing and did not start. Check that the folder and its disk can be written.`,
    )
  }
  for (const target of [file, `${file}-wal`, `${file}-shm`]) {
    if (!existsSync(target)) continue
    try {
      closeSync(openSync(target, 'r+'))
    } catch (error) {
      if (!READ_ONLY_ERRNOS.has(String(errnoOf(error)))) throw error
      throw readOnlyFile(target)
    }
  }
}

export const readOnlyFile = (file: string) =>
  new StoreOpenError(
    'readonly',
    `数据库文件 ${file} 是只读的，接访服务无法保存，因此未启动。请检查该文件、所在文件夹和磁盘的写入权限。` +
      ` / The database file ${file} is read-only, so the hub would save nothing and did not start. Check that the file, its folder and its disk can be written.`,
  )
