import { sql, type Kysely } from 'kysely'
import { SEED_CATEGORIES } from '../0002_reference_data'

// Frozen once landed: never edit this file, add a new migration instead (one written for both
// databases goes to ../shared.ts, see there).

/**
 * PostgreSQL's baseline: the very schema SQLite reaches with 0001–0009, table by table, column
 * by column (integer, text and bytea for SQLite's integer, text and blob; flags stay integers
 * 0/1 and instants ISO text, so the services read the same values on both; identity columns for
 * SQLite's autoincrement keys). test/unit/store/schemaParity.test.ts compares the two.
 *
 * What SQLite does with triggers and FTS5 is done here natively: the append-only audit log and
 * the closed-day lock as PL/pgSQL triggers, and the summary search (searchSummaries.ts) as a
 * pg_trgm GIN index (terms of 3+ characters; pg_trgm splits Chinese only on a UTF-8 ctype such
 * as C.UTF-8) beside a gram table for 1–2 character terms, the same grams as SQLite's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // ——— as SQLite's 0001_initial ———
  await db.schema
    .createTable('setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('category')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()

  await db.schema
    .createTable('township')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('county_code', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()

  await db.schema
    .createTable('department')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()

  await db.schema
    .createTable('leader')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('leader_area')
    .addColumn('leader_id', 'integer', (c) => c.notNull().references('leader.id'))
    .addColumn('category_id', 'integer', (c) => c.notNull().references('category.id'))
    .addPrimaryKeyConstraint('leader_area_pk', ['leader_id', 'category_id'])
    .execute()

  await db.schema
    .createTable('leader_township')
    .addColumn('leader_id', 'integer', (c) => c.notNull().references('leader.id'))
    .addColumn('township_code', 'text', (c) => c.notNull().references('township.code'))
    .addPrimaryKeyConstraint('leader_township_pk', ['leader_id', 'township_code'])
    .execute()

  await db.schema
    .createTable('reception_day')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('date', 'text', (c) => c.notNull().unique())
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
    .execute()

  await db.schema
    .createTable('duty')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('day_id', 'integer', (c) => c.notNull().references('reception_day.id'))
    .addColumn('leader_id', 'integer', (c) => c.notNull().references('leader.id'))
    .addColumn('table_no', 'integer', (c) => c.notNull().check(sql`table_no > 0`))
    .addColumn('is_lead', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('active')
        .check(sql`state in ('active', 'paused', 'ended')`),
    )
    .addUniqueConstraint('duty_day_table_unique', ['day_id', 'table_no'])
    .addUniqueConstraint('duty_day_leader_unique', ['day_id', 'leader_id'])
    .execute()

  await db.schema
    .createTable('person')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('id_number', 'text', (c) => c.unique())
    .addColumn('phone', 'text')
    .addColumn('address', 'text')
    .addColumn('township_code', 'text')
    .addColumn('birth_date', 'text')
    .addColumn('sex', 'text', (c) => c.check(sql`sex in ('male', 'female')`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('person_phone_idx').on('person').column('phone').execute()
  await db.schema
    .createIndex('person_name_township_idx')
    .on('person')
    .columns(['name', 'township_code'])
    .execute()

  await db.schema
    .createTable('appointment')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('day_id', 'integer', (c) => c.notNull().references('reception_day.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('person.id'))
    .addColumn('leader_id', 'integer', (c) => c.references('leader.id'))
    .addColumn('slot', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('dossier', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('booked')
        .check(sql`state in ('booked', 'arrived', 'cancelled')`),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('appointment_day_person_idx')
    .on('appointment')
    .columns(['day_id', 'person_id'])
    .execute()

  await db.schema
    .createTable('batch')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('day_id', 'integer', (c) => c.notNull().references('reception_day.id'))
    .addColumn('ticket_no', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('individual', 'group')`))
    .addColumn('headcount', 'integer', (c) => c.notNull().check(sql`headcount >= 1`))
    .addColumn('duty_id', 'integer', (c) => c.notNull().references('duty.id'))
    .addColumn('route_rule', 'text', (c) => c.notNull())
    .addColumn('nature', 'text', (c) =>
      c.notNull().check(sql`nature in ('suggestion', 'accusation', 'appeal')`),
    )
    .addColumn('category_id', 'integer', (c) => c.references('category.id'))
    .addColumn('township_code', 'text', (c) => c.references('township.code'))
    .addColumn('village', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('flag_elderly', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('flag_disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('flag_urgent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('flag_hard', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('waiting')
        .check(
          sql`status in ('waiting', 'called', 'in_session', 'concluded', 'no_show', 'cancelled')`,
        ),
    )
    .addColumn('query_code', 'text', (c) => c.notNull().unique())
    .addColumn('appointment_id', 'integer', (c) => c.references('appointment.id'))
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('called_at', 'text')
    .addColumn('started_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('batch_day_ticket_unique', ['day_id', 'ticket_no'])
    .execute()
  await db.schema
    .createIndex('batch_duty_status_idx')
    .on('batch')
    .columns(['duty_id', 'status'])
    .execute()

  await db.schema
    .createTable('batch_member')
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('batch.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('person.id'))
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('petitioner', 'representative')`),
    )
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('batch_member_pk', ['batch_id', 'person_id'])
    .execute()
  await db.schema
    .createIndex('batch_member_person_idx')
    .on('batch_member')
    .column('person_id')
    .execute()

  // Every queue state change, so waits, sessions and transfers can be reconstructed.
  await db.schema
    .createTable('batch_transition')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('batch.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('from_duty_id', 'integer', (c) => c.references('duty.id'))
    .addColumn('to_duty_id', 'integer', (c) => c.references('duty.id'))
    .addColumn('reason', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('batch_transition_batch_idx')
    .on('batch_transition')
    .column('batch_id')
    .execute()

  await db.schema
    .createTable('petition_case')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('case_no', 'text', (c) => c.notNull().unique())
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('batch.id'))
    .addColumn('day_id', 'integer', (c) => c.notNull().references('reception_day.id'))
    .addColumn('nature', 'text', (c) =>
      c.notNull().check(sql`nature in ('suggestion', 'accusation', 'appeal')`),
    )
    .addColumn('category_id', 'integer', (c) => c.references('category.id'))
    .addColumn('township_code', 'text', (c) => c.references('township.code'))
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) =>
      c.check(
        sql`outcome in ('resolved_on_spot', 'assigned', 'forwarded', 'explained', 'not_accepted')`,
      ),
    )
    .addColumn('department_id', 'integer', (c) => c.references('department.id'))
    .addColumn('owner_leader_id', 'integer', (c) => c.references('leader.id'))
    .addColumn('accepted_on', 'text')
    .addColumn('deadline', 'text')
    .addColumn('deadline_rule', 'text')
    .addColumn('review_stage', 'text', (c) =>
      c
        .notNull()
        .defaultTo('none')
        .check(sql`review_stage in ('none', 'review', 're_review')`),
    )
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`state in ('open', 'replied', 'closed')`),
    )
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('petition_case_batch_idx')
    .on('petition_case')
    .column('batch_id')
    .execute()

  await db.schema
    .createTable('outcome')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('petition_case.id'))
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('resolved_on_spot', 'assigned', 'forwarded', 'explained', 'not_accepted')`,
        ),
    )
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('channel', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('amend_reason', 'text')
    .addColumn('superseded_at', 'text')
    .execute()
  await db.schema.createIndex('outcome_case_idx').on('outcome').column('case_id').execute()

  await db.schema
    .createTable('outcome_department')
    .addColumn('outcome_id', 'integer', (c) => c.notNull().references('outcome.id'))
    .addColumn('department_id', 'integer', (c) => c.notNull().references('department.id'))
    .addPrimaryKeyConstraint('outcome_department_pk', ['outcome_id', 'department_id'])
    .execute()

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer')
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute()
  await db.schema
    .createIndex('audit_log_entity_idx')
    .on('audit_log')
    .columns(['entity', 'entity_id'])
    .execute()
  await appendOnly(db)

  // ——— as SQLite's 0002_reference_data ———
  for (const [index, name] of SEED_CATEGORIES.entries())
    await sql`insert into category (name, sort, active) values (${name}, ${(index + 1) * 10}, 1)
      on conflict (name) do nothing`.execute(db)

  // A township that left the division data (or a county served before) but that batches,
  // cases or persons refer to stays as a row, no longer offered: active = 0.
  await db.schema
    .alterTable('township')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  // The settings page and the desk list the townships of the hall's county.
  await db.schema
    .createIndex('township_county_idx')
    .on('township')
    .columns(['county_code', 'sort'])
    .execute()

  // ——— as SQLite's 0004_appointment_cancel ———
  await db.schema.alterTable('appointment').addColumn('cancelled_at', 'text').execute()
  await db.schema.alterTable('appointment').addColumn('cancel_reason', 'text').execute()
  await db.schema
    .createIndex('appointment_day_state_idx')
    .on('appointment')
    .columns(['day_id', 'state'])
    .execute()

  // ——— as SQLite's 0006_outcomes_documents ———
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
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
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
    .addColumn('pdf', 'bytea')
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

  // ——— as SQLite's 0007_day_tally ———
  await db.schema
    .createTable('day_tally')
    .addColumn('day_id', 'integer', (c) => c.primaryKey().references('reception_day.id'))
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('tally_json', 'text', (c) => c.notNull())
    .addColumn('rows_json', 'text', (c) => c.notNull())
    .addColumn('closed_by', 'text', (c) => c.notNull())
    .execute()
  await closedDayLock(db)

  // ——— as SQLite's 0008_request_log ———
  await db.schema
    .createTable('request_log')
    .addColumn('request_id', 'text', (c) => c.primaryKey())
    .addColumn('procedure', 'text', (c) => c.notNull())
    .addColumn('input_hash', 'text', (c) => c.notNull())
    .addColumn('result_json', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute()

  // ——— as SQLite's 0009_shutdown_marker ———
  await db.schema
    .createTable('store_state')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('clean_shutdown', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('opened_at', 'text')
    .addColumn('closed_at', 'text')
    .execute()
  await summarySearch(db)
}

export async function down(): Promise<void> {
  throw new Error('The PostgreSQL baseline cannot be reverted')
}

/** The audit log is append-only: the database itself refuses to rewrite history. */
async function appendOnly(db: Kysely<unknown>): Promise<void> {
  await sql`create function refuse_change() returns trigger language plpgsql as $$
    begin raise exception '%', tg_argv[0]; end $$`.execute(db)
  for (const event of ['update', 'delete'])
    await sql
      .raw(
        `create trigger audit_log_no_${event} before ${event} on audit_log
         for each row execute function refuse_change('audit_log is append-only')`,
      )
      .execute(db)
}

/**
 * A closed day's record is read-only (SQLite's 0007): its frozen tally never changes, and its
 * batches, members and transitions refuse writes, with the same message ('errors.day.closed').
 * The services refuse first with a clear message; these triggers are the backstop.
 */
async function closedDayLock(db: Kysely<unknown>): Promise<void> {
  for (const event of ['update', 'delete'])
    await sql
      .raw(
        `create trigger day_tally_no_${event} before ${event} on day_tally
         for each row execute function refuse_change('errors.day.closed')`,
      )
      .execute(db)

  // tg_argv[0]: how the row names its day ('day' itself or through its 'batch');
  // an insert is judged by the new row, an update or delete by the old one (as SQLite's).
  await sql`create function refuse_closed_day() returns trigger language plpgsql as $$
    declare
      subject record;
      closed boolean;
    begin
      if tg_op = 'INSERT' then subject := new; else subject := old; end if;
      if tg_argv[0] = 'day' then
        select d.state = 'closed' into closed from reception_day d where d.id = subject.day_id;
      else
        select d.state = 'closed' into closed
          from batch b join reception_day d on d.id = b.day_id where b.id = subject.batch_id;
      end if;
      if closed then raise exception 'errors.day.closed'; end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end $$`.execute(db)
  const guarded: [table: string, via: 'day' | 'batch'][] = [
    ['batch', 'day'],
    ['batch_member', 'batch'],
    ['batch_transition', 'batch'],
  ]
  for (const [table, via] of guarded)
    for (const event of ['insert', 'update', 'delete'])
      await sql
        .raw(
          `create trigger ${table}_closed_${event} before ${event} on ${table}
           for each row execute function refuse_closed_day('${via}')`,
        )
        .execute(db)
}

/**
 * Summary search (SQLite's 0003): a trigram GIN index on the summary for terms of 3+ characters
 * (`ilike '%term%'`, case-insensitive as FTS5's trigram tokenizer), and for 1–2 character terms
 * the same grams as SQLite's gram index (desk/grams.ts), one row per batch, as an array under a
 * GIN index. The services keep the grams (desk/indexSummary.ts), as on SQLite.
 */
async function summarySearch(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db)
  await sql`create index batch_summary_trgm_idx on batch using gin (summary gin_trgm_ops)`.execute(
    db,
  )
  await db.schema
    .createTable('batch_summary_grams')
    .addColumn('batch_id', 'integer', (c) => c.primaryKey().references('batch.id'))
    .addColumn('grams', sql`text[]`, (c) => c.notNull())
    .execute()
  await sql`create index batch_summary_grams_idx on batch_summary_grams using gin (grams)`.execute(
    db,
  )
}
