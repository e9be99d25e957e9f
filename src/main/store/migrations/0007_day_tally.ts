import { sql, type Kysely } from 'kysely'

// Frozen once landed: never edit this file, add a new migration instead.

/**
 * Closing a day freezes its tally: the figures (and the per-batch rows the exports list) as
 * they stood at close, so later follow-up of its cases never changes what was reported.
 * The database itself keeps a closed day's record read-only: the services refuse first with
 * a clear message (errors.day.closed); these triggers are the backstop for any write path
 * that forgot to ask.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('day_tally')
    .addColumn('day_id', 'integer', (c) => c.primaryKey().references('reception_day.id'))
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('tally_json', 'text', (c) => c.notNull())
    .addColumn('rows_json', 'text', (c) => c.notNull())
    .addColumn('closed_by', 'text', (c) => c.notNull())
    .execute()
  await sql`create trigger day_tally_no_update before update on day_tally
    begin select raise(abort, 'errors.day.closed'); end`.execute(db)
  await sql`create trigger day_tally_no_delete before delete on day_tally
    begin select raise(abort, 'errors.day.closed'); end`.execute(db)

  const closedDay = (dayId: string) =>
    `(select state from reception_day where id = ${dayId}) = 'closed'`
  const batchOf = (batchId: string) => `(select day_id from batch where id = ${batchId})`
  const guards: [name: string, event: string, table: string, when: string][] = [
    ['batch_closed_insert', 'insert', 'batch', closedDay('new.day_id')],
    ['batch_closed_update', 'update', 'batch', closedDay('old.day_id')],
    ['batch_closed_delete', 'delete', 'batch', closedDay('old.day_id')],
    ['batch_member_closed_insert', 'insert', 'batch_member', closedDay(batchOf('new.batch_id'))],
    ['batch_member_closed_update', 'update', 'batch_member', closedDay(batchOf('old.batch_id'))],
    ['batch_member_closed_delete', 'delete', 'batch_member', closedDay(batchOf('old.batch_id'))],
    [
      'batch_transition_closed_insert',
      'insert',
      'batch_transition',
      closedDay(batchOf('new.batch_id')),
    ],
    [
      'batch_transition_closed_update',
      'update',
      'batch_transition',
      closedDay(batchOf('old.batch_id')),
    ],
    [
      'batch_transition_closed_delete',
      'delete',
      'batch_transition',
      closedDay(batchOf('old.batch_id')),
    ],
  ]
  for (const [name, event, table, when] of guards)
    await sql
      .raw(
        `create trigger ${name} before ${event} on ${table} when ${when}
         begin select raise(abort, 'errors.day.closed'); end`,
      )
      .execute(db)
}

export async function down(): Promise<void> {
  throw new Error('The frozen tallies of closed days are not reverted')
}
