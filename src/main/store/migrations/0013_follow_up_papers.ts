import { PostgresAdapter, sql, type Kysely } from 'kysely'

// Frozen once landed: never edit this file, add a new migration instead.

/**
 * The follow-up papers (issue 14) are archived with the case as its slips are: five more
 * `case_document` kinds — 受理告知书, 延期办理告知书, 信访事项处理意见书, 催办单, 现场处理记录 —
 * each printed from one step of the case's log, which `log_entry_id` names (null for the papers
 * of the day: slip, commitment, notice).
 *
 * One migration for both databases, with one branch each where they differ: PostgreSQL alters
 * the kind's check constraint in place; SQLite cannot alter a check, so the table is rebuilt
 * from its own CREATE statement with only the check's list changed (same columns, ids, autoincrement
 * counter, indexes and triggers; its self-reference kept by renaming, which rewrites it).
 */
export const DOCUMENT_KINDS = [
  'slip',
  'commitment',
  'notice',
  'acceptance_notice',
  'extension_notice',
  'handling_opinion',
  'reminder_slip',
  'on_spot_record',
] as const

const OLD_CHECK = /kind in \('slip', 'commitment', 'notice'\)/i
const kindList = DOCUMENT_KINDS.map((k) => `'${k}'`).join(', ')

export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const { rows } = await sql<{ name: string }>`select conname as name from pg_constraint
      where conrelid = 'case_document'::regclass and contype = 'c'
      and pg_get_constraintdef(oid) like '%kind%'`.execute(db)
    for (const { name } of rows)
      await sql`alter table case_document drop constraint ${sql.id(name)}`.execute(db)
    await sql`alter table case_document add constraint case_document_kind_check
      check (kind in (${sql.raw(kindList)}))`.execute(db)
  } else await rebuildSqlite(db)
  await db.schema
    .alterTable('case_document')
    .addColumn('log_entry_id', 'integer', (c) => c.references('case_log.id'))
    .execute()
  await db.schema
    .createIndex('case_document_entry_idx')
    .on('case_document')
    .column('log_entry_id')
    .execute()
}

async function rebuildSqlite(db: Kysely<unknown>) {
  const { rows } = await sql<{ type: string; name: string; sql: string | null }>`
    select type, name, sql from sqlite_master where tbl_name = 'case_document'`.execute(db)
  const table = rows.find((r) => r.type === 'table')?.sql
  if (!table || !OLD_CHECK.test(table)) throw new Error('case_document is not as 0006–0011 left it')
  // Indexes and triggers as they are, to be made again on the rebuilt table.
  const dependents = rows.filter((r) => r.type !== 'table' && r.sql !== null).map((r) => r.sql!)
  const next = table
    .replace(OLD_CHECK, `kind in (${kindList})`)
    .replace(/^create table\s+("?)case_document\1/i, 'create table "case_document_next"')
    .replace(/references\s+("?)case_document\1\s*\(/gi, 'references "case_document_next" (')
  const { rows: seq } = await sql<{ seq: number }>`
    select seq from sqlite_sequence where name = 'case_document'`.execute(db)
  await sql.raw(next).execute(db)
  await sql`insert into case_document_next select * from case_document`.execute(db)
  await sql`drop table case_document`.execute(db)
  // Renaming rewrites the self-reference (reprint_of) to the table's final name.
  await sql`alter table case_document_next rename to case_document`.execute(db)
  for (const statement of dependents) await sql.raw(statement).execute(db)
  const last = seq[0]?.seq
  if (last !== undefined)
    await sql`update sqlite_sequence set seq = max(seq, ${last})
      where name = 'case_document'`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('The follow-up papers are not reverted')
}
