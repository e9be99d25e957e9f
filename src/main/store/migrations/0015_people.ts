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
 * Written with Kysely's schema builder only: the same on both databases.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('hall_person')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('secret_kind', 'text', (c) => c.notNull())
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('failed_tries', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema.alterTable('device').addColumn('person_id', 'integer').execute()
  await db.schema.alterTable('device').addColumn('signed_in_at', 'text').execute()
  await db.schema.alterTable('audit_log').addColumn('person_id', 'integer').execute()
  await db.schema.alterTable('audit_log').addColumn('device_id', 'integer').execute()
}

export async function down(): Promise<void> {
  throw new Error('People are not reverted')
}
