import { sql, type Kysely } from 'kysely'

// Frozen once landed: never edit this file, add a new migration instead.

/**
 * The working-day calendar the staff enter from the State Council's yearly notice (放假安排):
 * one row per year entered, one per date the notice names (a public holiday, or a weekend day
 * made a working day). It takes precedence over `chinese-days` for that year. Papers voided
 * because their dates were reckoned again get the reason, beside the amendment's.
 * Written with the schema builder only, so it runs on SQLite and PostgreSQL alike.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('working_calendar_year')
    .addColumn('year', 'integer', (c) => c.primaryKey().check(sql`year between 2000 and 2099`))
    .addColumn('source', 'text')
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .addColumn('entered_by', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('working_calendar_day')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) =>
      c.notNull().references('working_calendar_year.year').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('holiday', 'workday')`))
    .addColumn('name', 'text')
    .execute()
  await db.schema
    .createIndex('working_calendar_day_year')
    .on('working_calendar_day')
    .column('year')
    .execute()
  // 'amended' (the outcome was amended) or 'calendar' (its dates were reckoned again).
  await db.schema.alterTable('case_document').addColumn('superseded_reason', 'text').execute()
}

export async function down(): Promise<void> {
  throw new Error('The working calendar is not reverted')
}
