import type { Kysely } from 'kysely'
import { idColumn } from './idColumn'

// Frozen once landed: never edit this file, add a new migration instead.

/**
 * The hall's people (issue 15): clerks and staff who sign in on a paired device by name and a
 * PIN or password. Only a scrypt hash of it is kept (`secret_hash`: `scrypt$N$r$p$salt$key`,
 * services/people/secretHash.ts); `failed_tries` and `locked_until` are the lock after repeated
 * failures. `roles` lists the device roles a person may act in (comma-separated). A person is
 * made inactive, never deleted, so the audit log's names stay readable.
 *
 * `device.person_id`: who is signed in on a device now. `audit_log.person_id` and `device_id`:
 * who acted and where, set by the hub from the signed-in person and the authenticated device,
 * never from anything the caller declares.
 *
 * Several halls on one server (0014): a person and a device belong to one hall (`hall`, the
 * county's code; '' the local hall), so a name is unique within its hall and a device paired at
 * one hall's hub is not accepted by another's.
 *
 * Written with Kysely's schema builder only: the same on both databases.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('hall_person')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('hall', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('secret_kind', 'text', (c) => c.notNull())
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('failed_tries', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('hall_person_hall_name_unique')
    .unique()
    .on('hall_person')
    .columns(['hall', 'name'])
    .execute()
  await db.schema
    .alterTable('device')
    .addColumn('hall', 'text', (c) => c.notNull().defaultTo(''))
    .execute()

  await db.schema.alterTable('device').addColumn('person_id', 'integer').execute()
  await db.schema.alterTable('device').addColumn('signed_in_at', 'text').execute()
  await db.schema.alterTable('audit_log').addColumn('person_id', 'integer').execute()
  await db.schema.alterTable('audit_log').addColumn('device_id', 'integer').execute()
}

export async function down(): Promise<void> {
  throw new Error('People are not reverted')
}
