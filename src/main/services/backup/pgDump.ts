import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupInfo } from '@shared/contract'
import type { PostgresStore } from '../../store/postgresStore'
import { DomainError } from '../core/domainError'
import { reserveName, type BackupReason } from './files'

export interface DumpOptions {
  /** Where the dumps go (the hub's data folder's `backups`, or RECEPTION_DAY_BACKUP_DIR). */
  folder: string
  /** The server's connection string, password included (pg_dump needs it; never shown). */
  url: string
  reason: BackupReason
  at: Date
  timeZone: string
  /** pg_dump's path; default `pg_dump` on PATH. */
  pgDump?: string
}

/** Whether `pg_dump` can run here (the server may be elsewhere; the client tools may be absent). */
export const pgDumpInstalled = (pgDump = 'pg_dump'): boolean =>
  spawnSync(pgDump, ['--version'], { stdio: 'ignore' }).status === 0

/**
 * A backup of a hall on PostgreSQL where pg_dump is installed: the row counts of every table and
 * the dump are read from one exported snapshot (a repeatable-read transaction held open while
 * `pg_dump --snapshot` runs), so they are of the same moment however many desks write; the dump
 * (custom format) is then read back with `pg_restore --list` and must list every table's data.
 * Without pg_dump: `backup.onServer`. Restoring a shared server is its administrator's job.
 */
export async function dumpPostgres(
  store: PostgresStore,
  options: DumpOptions,
): Promise<BackupInfo> {
  const pgDump = options.pgDump ?? 'pg_dump'
  if (!pgDumpInstalled(pgDump)) throw new DomainError('backup.onServer', {}, 'conflict')
  mkdirSync(options.folder, { recursive: true })
  const database = new URL(options.url).pathname.replace(/^\//, '') || 'reception-day'
  const reserved = reserveName(
    options.folder,
    `${database}.db`,
    options.at,
    options.timeZone,
    options.reason,
  )
  const name = reserved.replace(/\.db$/, '.dump')
  const file = join(options.folder, name)
  const partial = join(options.folder, `${reserved}.partial`)

  const client = await store.pool.connect()
  try {
    await client.query('begin isolation level repeatable read, read only')
    const { rows: snapshot } = await client.query<{ id: string }>(
      'select pg_export_snapshot() as id',
    )
    const { rows: tables } = await client.query<{ name: string }>(
      `select table_name as name from information_schema.tables
       where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    )
    const rowCounts: Record<string, number> = {}
    for (const { name: table } of tables) {
      const { rows } = await client.query<{ n: number }>(
        `select count(*) as n from "${table.replace(/"/g, '""')}"`,
      )
      rowCounts[table] = Number(rows[0]?.n ?? 0)
    }
    await run(pgDump, [
      '--format=custom',
      `--snapshot=${snapshot[0]?.id ?? ''}`,
      `--file=${partial}`,
      `--dbname=${options.url}`,
    ])
    await client.query('commit')
    const listed = await run('pg_restore', ['--list', partial]).catch(() => null)
    if (listed !== null)
      for (const table of Object.keys(rowCounts))
        if (!new RegExp(`TABLE DATA public ${table} `).test(listed))
          throw new Error(`the dump does not hold the rows of ${table}`)
    renameSync(partial, file)
    return {
      file,
      name,
      reason: options.reason,
      createdAt: options.at.toISOString(),
      bytes: statSync(file).size,
      integrity: 'ok',
      rowCounts,
      pruned: [],
    }
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    rmSync(partial, { force: true })
    throw error
  } finally {
    client.release()
  }
}

/** Runs a client tool; its stdout, or its stderr as the error (a password never in either). */
function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command}: ${err.trim() || `exit ${code}`}`)),
    )
  })
}
