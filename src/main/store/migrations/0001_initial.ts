import { sql, type Kysely } from 'kysely'

// Frozen once landed: never edit this file, add a new migration instead.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('category')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
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
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()

  await db.schema
    .createTable('leader')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
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
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
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
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
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
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
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
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
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
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
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
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
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
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
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
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
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
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
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
  // The audit log is append-only: the database itself refuses to rewrite history.
  await sql`create trigger audit_log_no_update before update on audit_log
    begin select raise(abort, 'audit_log is append-only'); end`.execute(db)
  await sql`create trigger audit_log_no_delete before delete on audit_log
    begin select raise(abort, 'audit_log is append-only'); end`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('The initial migration cannot be reverted')
}
