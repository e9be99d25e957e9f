import { sql, type Kysely } from 'kysely'

// Frozen once landed: never edit this file, add a new migration instead.

/**
 * Outcomes decided at the table, and the documents printed from them (issue 5).
 *
 * - Each outcome row keeps the whole decision it recorded — department, owner leader,
 *   deadline with its rule, whether the department may see the petitioner's contact, the
 *   lawful channel's free text — so an amended (superseded) outcome stays readable as it was.
 *   petition_case keeps the current values for lists and look-ups.
 * - One current outcome per case: the unique partial index refuses a second one.
 * - case_document: every print of a case slip (交办单), closure commitment (限期办结承诺书) or
 *   written notice (书面告知), with a JSON snapshot of exactly what was printed, so a reprint
 *   shows the same content; `superseded` once the outcome it came from was amended; the PDF
 *   bytes where the desktop app rendered them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('outcome')
    .addColumn('department_id', 'integer', (c) => c.references('department.id'))
    .execute()
  await db.schema
    .alterTable('outcome')
    .addColumn('owner_leader_id', 'integer', (c) => c.references('leader.id'))
    .execute()
  await db.schema.alterTable('outcome').addColumn('deadline', 'text').execute()
  await db.schema.alterTable('outcome').addColumn('deadline_rule', 'text').execute()
  await db.schema
    .alterTable('outcome')
    .addColumn('share_contact', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema.alterTable('outcome').addColumn('channel_note', 'text').execute()
  await sql`create unique index outcome_current_unique on outcome (case_id)
    where superseded_at is null`.execute(db)

  await db.schema
    .createTable('case_document')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('petition_case.id'))
    .addColumn('outcome_id', 'integer', (c) => c.notNull().references('outcome.id'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('slip', 'commitment', 'notice')`),
    )
    .addColumn('reprint_of', 'integer', (c) => c.references('case_document.id'))
    .addColumn('printed_at', 'text', (c) => c.notNull())
    .addColumn('printed_by', 'text', (c) => c.notNull())
    .addColumn('snapshot_json', 'text', (c) => c.notNull())
    .addColumn('superseded', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('superseded_at', 'text')
    .addColumn('pdf', 'blob')
    .addColumn('pdf_saved_at', 'text')
    .execute()
  await db.schema
    .createIndex('case_document_case_idx')
    .on('case_document')
    .columns(['case_id', 'kind'])
    .execute()

  // The cases page lists by state and deadline; cases of a day for its tally.
  await db.schema
    .createIndex('petition_case_state_deadline_idx')
    .on('petition_case')
    .columns(['state', 'deadline'])
    .execute()
  await db.schema
    .createIndex('petition_case_day_idx')
    .on('petition_case')
    .column('day_id')
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('Outcome details and case documents are not reverted')
}
