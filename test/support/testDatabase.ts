import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'

/** Which database the service tests run on: RECEPTION_DAY_TEST_DB=postgres, else SQLite. */
export const TEST_DATABASE: 'sqlite' | 'postgres' =
  process.env['RECEPTION_DAY_TEST_DB'] === 'postgres' ? 'postgres' : 'sqlite'

/** Migrated once per run by postgresSetup.ts; each test's database is a copy of it. */
export const TEMPLATE_DATABASE = 'reception_day_template'

/** The test cluster's admin URL, or null when PostgreSQL is not installed (never under CI). */
export function postgresAdminUrl(): string | null {
  return inject('postgresUrl') || null
}

export interface TestDatabase {
  url: string
  drop(): Promise<void>
}

/** A fresh database on the test cluster, a copy of the migrated template. */
export async function freshPostgresDatabase(): Promise<TestDatabase> {
  const admin = postgresAdminUrl()
  if (!admin) throw new Error('No PostgreSQL test cluster (see test/support/postgresSetup.ts)')
  const name = `hall_${randomBytes(6).toString('hex')}`
  await adminQuery(admin, `create database ${name} template ${TEMPLATE_DATABASE}`)
  return {
    url: admin.replace(/\/postgres$/, `/${name}`),
    drop: () => adminQuery(admin, `drop database if exists ${name} with (force)`),
  }
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}
