import Database from 'better-sqlite3'
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { migrations } from '../../../src/main/store/migrations'

// Migration 0013 rebuilds SQLite's case_document to widen its kind check (SQLite cannot alter a
// check): the rows, their ids, the autoincrement counter, the index and the self-reference
// stay as they were. (PostgreSQL alters the constraint; schemaParity compares both.)

let dir: string
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const upTo = (last: string) => ({
  getMigrations: () =>
    Promise.resolve(Object.fromEntries(Object.entries(migrations).filter(([n]) => n <= last))),
})

describe('migration 0013 on SQLite', () => {
  it('keeps every archived paper, id and index, and takes the follow-up kinds', async () => {
    dir = mkdtempSync(join(tmpdir(), 'reception-day-0013-'))
    const sqlite = new Database(join(dir, 'hall.db'))
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
    const before = await new Migrator({
      db,
      provider: upTo('0012_paired_devices'),
    }).migrateToLatest()
    expect(before.error).toBeUndefined()
    // Rows as 0006–0011 left them (the referenced case and outcome left out: keys off here).
    sqlite.pragma('foreign_keys = OFF')
    const insert = sqlite.prepare(
      `insert into case_document (id, case_id, outcome_id, kind, reprint_of, printed_at, printed_by,
        snapshot_json, superseded, superseded_reason) values (?, 1, 1, ?, ?, '2026-10-21T01:30:00Z', 'desk', '{}', ?, ?)`,
    )
    insert.run(3, 'slip', null, 0, null)
    insert.run(5, 'slip', 3, 1, 'calendar')
    insert.run(9, 'commitment', null, 0, null)
    sqlite.prepare("update sqlite_sequence set seq = 12 where name = 'case_document'").run()
    // Keys stay off for the upgrade: these rows' case and outcome are not there (in a hall they
    // are, and the rebuild's copy checks them); what is checked below is that none is lost.

    const after = await new Migrator({
      db,
      provider: { getMigrations: () => Promise.resolve(migrations) },
    }).migrateToLatest()
    expect(after.error).toBeUndefined()
    expect(after.results?.map((r) => r.migrationName)).toContain('0013_follow_up_papers')

    const rows = sqlite
      .prepare('select id, kind, reprint_of, superseded_reason, log_entry_id from case_document')
      .all()
    expect(rows).toEqual([
      { id: 3, kind: 'slip', reprint_of: null, superseded_reason: null, log_entry_id: null },
      { id: 5, kind: 'slip', reprint_of: 3, superseded_reason: 'calendar', log_entry_id: null },
      { id: 9, kind: 'commitment', reprint_of: null, superseded_reason: null, log_entry_id: null },
    ])
    const seq = sqlite.prepare("select seq from sqlite_sequence where name = 'case_document'").get()
    expect(seq).toEqual({ seq: 12 })
    const indexes = (sqlite.pragma('index_list(case_document)') as { name: string }[]).map(
      (i) => i.name,
    )
    expect(indexes).toEqual(
      expect.arrayContaining(['case_document_case_idx', 'case_document_entry_idx']),
    )
    const keys = sqlite.pragma('foreign_key_list(case_document)') as {
      table: string
      from: string
    }[]
    expect(keys.map((k) => `${k.from}->${k.table}`).sort()).toEqual([
      'case_id->petition_case',
      'log_entry_id->case_log',
      'outcome_id->outcome',
      'reprint_of->case_document',
    ])
    const leftover = sqlite
      .prepare("select count(*) as n from sqlite_master where sql like '%case_document_next%'")
      .get()
    expect(leftover).toEqual({ n: 0 })
    sqlite.pragma('foreign_keys = OFF')
    const add = (kind: string) =>
      sqlite
        .prepare(
          `insert into case_document (case_id, outcome_id, kind, printed_at, printed_by, snapshot_json)
           values (1, 1, ?, 'x', 'desk', '{}')`,
        )
        .run(kind)
    expect(Number(add('reminder_slip').lastInsertRowid)).toBe(13)
    expect(() => add('receipt')).toThrow(/CHECK/)
    // The only dangling keys are the left-out cases and outcomes: reprint_of still holds.
    const dangling = sqlite.pragma('foreign_key_check') as { parent: string }[]
    expect(new Set(dangling.map((d) => d.parent))).toEqual(new Set(['petition_case', 'outcome']))
    await sql`select 1`.execute(db)
    await db.destroy()
  })
})
