import { PostgresAdapter, sql, type Kysely } from 'kysely'

// Frozen once landed: never edit this file, add a new migration instead.

/**
 * Several halls on one server (issue 13): every reception day belongs to one hall, named by the
 * county's code (`--hall`; '' is the one local hall of a single-PC store, so a hall that never
 * set one works as before). A date is unique per hall, no longer in the whole store: the days,
 * queues, batches, cases and tallies of a hall are the ones hanging on its days.
 *
 * Written once for both sets, like ./idColumn.ts branching only where the databases differ:
 * PostgreSQL drops the date's unique constraint by name; SQLite cannot drop a column's
 * constraint, so it rebuilds the table (the documented 12 steps, foreign keys off meanwhile;
 * no triggers or indexes of its own to restore). A closed month's follow-up figures are a
 * hall's too: follow_up_month is keyed by (hall, month). Both end with the same schema
 * (test/unit/postgres/schemaParity.test.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await db.schema
      .alterTable('reception_day')
      .addColumn('hall', 'text', (c) => c.notNull().defaultTo(''))
      .execute()
    await db.schema.alterTable('reception_day').dropConstraint('reception_day_date_key').execute()
  } else {
    await rebuildSqliteDays(db)
  }
  await db.schema
    .createIndex('reception_day_hall_date_unique')
    .unique()
    .on('reception_day')
    .columns(['hall', 'date'])
    .execute()
  await rebuildFollowUpMonths(db)
}

/** A closed month's figures are a hall's: (hall, month) is the key. Nothing refers to this
 * table, so the schema builder rebuilds it the same on both databases. */
async function rebuildFollowUpMonths(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('follow_up_month_0014')
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text', (c) => c.notNull())
    .addColumn('closed_by', 'text', (c) => c.notNull())
    .addColumn('figures_json', 'text', (c) => c.notNull())
    .addColumn('hall', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('follow_up_month_hall_pk', ['hall', 'month'])
    .execute()
  const columns = ['month', 'closed_at', 'closed_by', 'figures_json'] as never[]
  await (db as Kysely<Record<string, Record<string, unknown>>>)
    .insertInto('follow_up_month_0014')
    .columns(columns)
    .expression((eb) => eb.selectFrom('follow_up_month').select(columns))
    .execute()
  await db.schema.dropTable('follow_up_month').execute()
  await db.schema.alterTable('follow_up_month_0014').renameTo('follow_up_month').execute()
}

const COLUMNS = [
  'id',
  'date',
  'place',
  'opens_at',
  'closes_at',
  'state',
  'created_at',
  'opened_at',
  'closed_at',
  'announced_10_at',
  'announced_3_at',
]

async function rebuildSqliteDays(db: Kysely<unknown>): Promise<void> {
  await sql`pragma foreign_keys = off`.execute(db)
  // The day-lock triggers of 0007 name reception_day: let the rename leave them as written.
  await sql`pragma legacy_alter_table = on`.execute(db)
  try {
    await sql`begin immediate`.execute(db)
    try {
      await db.schema
        .createTable('reception_day_0014')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('opens_at', 'text', (c) => c.notNull().defaultTo('08:30'))
        .addColumn('closes_at', 'text', (c) => c.notNull().defaultTo('17:00'))
        .addColumn('state', 'text', (c) =>
          c
            .notNull()
            .defaultTo('planned')
            .check(sql`state in ('planned', 'open', 'closed')`),
        )
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('opened_at', 'text')
        .addColumn('closed_at', 'text')
        .addColumn('announced_10_at', 'text')
        .addColumn('announced_3_at', 'text')
        .addColumn('hall', 'text', (c) => c.notNull().defaultTo(''))
        .execute()
      const columns = sql.join(COLUMNS.map((c) => sql.ref(c)))
      await sql`insert into reception_day_0014 (${columns}) select ${columns} from reception_day`.execute(
        db,
      )
      await db.schema.dropTable('reception_day').execute()
      await db.schema.alterTable('reception_day_0014').renameTo('reception_day').execute()
      // Only references to the days are this rebuild's to check: a row elsewhere whose own
      // parent is missing was so before, and is not what the rebuild could lose.
      const broken = await sql<{ parent: string }>`pragma foreign_key_check`.execute(db)
      if (broken.rows.some((row) => row.parent === 'reception_day'))
        throw new Error('0014: the rebuilt reception_day lost a day')
      await sql`commit`.execute(db)
    } catch (error) {
      await sql`rollback`.execute(db)
      throw error
    }
  } finally {
    await sql`pragma legacy_alter_table = off`.execute(db)
    await sql`pragma foreign_keys = on`.execute(db)
  }
}

export async function down(): Promise<void> {
  throw new Error('Halls are not reverted')
}
