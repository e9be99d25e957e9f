import type { Kysely } from 'kysely'
import { idColumn } from './idColumn'

// Frozen once landed: never edit this file, add a new migration instead.

/**
 * After the day (issue 14): every step of a case is one row of `case_log`, appended and never
 * changed; the case's follow-up state is the `state` of its newest row (derived by the service
 * from the whole log when the row is written, so lists can filter by it in SQL). Append-only is
 * kept by the service (the only writer: services/followUp/append.ts), the same on SQLite and
 * PostgreSQL, so no triggers here.
 *
 * `follow_up_month`: a closed month's figures (the three rates, 按期办结率, 及时告知率) as they
 * stood when it was closed, so later steps of its cases never change what was reported.
 *
 * Written with Kysely's schema builder only: the same on both databases.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('case_log')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('petition_case.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    /** When it was written (ISO, UTC). */
    .addColumn('at', 'text', (c) => c.notNull())
    /** The hall's date the step happened on (a reply dated, a call made): YYYY-MM-DD. */
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    /** The case's follow-up state after this step. */
    .addColumn('state', 'text', (c) => c.notNull())
    /** The handling deadline after this step (an extension moves it). */
    .addColumn('deadline', 'text')
    .addColumn('data_json', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('case_log_case_idx')
    .on('case_log')
    .columns(['case_id', 'id'])
    .execute()
  await db.schema
    .createIndex('case_log_kind_date_idx')
    .on('case_log')
    .columns(['kind', 'on_date'])
    .execute()

  await db.schema
    .createTable('follow_up_month')
    .addColumn('month', 'text', (c) => c.primaryKey())
    .addColumn('closed_at', 'text', (c) => c.notNull())
    .addColumn('closed_by', 'text', (c) => c.notNull())
    .addColumn('figures_json', 'text', (c) => c.notNull())
    .execute()
}

export async function down(): Promise<void> {
  throw new Error('Case logs and frozen months are not reverted')
}
