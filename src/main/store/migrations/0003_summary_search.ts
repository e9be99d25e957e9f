import { sql, type Kysely } from 'kysely'

// Frozen once landed: never edit this file, add a new migration instead.

/**
 * Full-text search of the matters people raised. FTS5's trigram tokenizer serves terms of
 * 3+ characters; Chinese needs 1–2 character terms too (宅基, 低保), which go to a second,
 * contentless index of single characters and character pairs that the services maintain.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table batch_summary_fts using fts5(
    summary, content = 'batch', content_rowid = 'id', tokenize = 'trigram'
  )`.execute(db)
  await sql`create trigger batch_summary_fts_insert after insert on batch begin
    insert into batch_summary_fts (rowid, summary) values (new.id, new.summary);
  end`.execute(db)
  await sql`create trigger batch_summary_fts_update after update of summary on batch begin
    insert into batch_summary_fts (batch_summary_fts, rowid, summary)
      values ('delete', old.id, old.summary);
    insert into batch_summary_fts (rowid, summary) values (new.id, new.summary);
  end`.execute(db)
  await sql`create trigger batch_summary_fts_delete after delete on batch begin
    insert into batch_summary_fts (batch_summary_fts, rowid, summary)
      values ('delete', old.id, old.summary);
  end`.execute(db)

  await sql`create virtual table batch_summary_grams using fts5(
    grams, content = '', contentless_delete = 1, tokenize = 'unicode61'
  )`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('Search indexes are not reverted')
}
