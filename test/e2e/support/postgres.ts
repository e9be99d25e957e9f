import { randomBytes } from 'node:crypto'
import { test } from '@playwright/test'
import pg from 'pg'
import { postgresBin, startCluster } from '../../support/postgresCluster'

// The e2e specs chosen for PostgreSQL (playwright.config.ts, project `postgres-hall-23:30`) run
// against a hub whose --db is a fresh database on a throwaway cluster this run starts.

const ADMIN_ENV = 'RECEPTION_DAY_E2E_POSTGRES'

/** Playwright globalSetup: a cluster when PostgreSQL is installed; its teardown stops it. */
export default async function globalSetup(): Promise<(() => void) | undefined> {
  if (!postgresBin()) {
    if (process.env['CI'] === 'true')
      throw new Error('PostgreSQL is not installed: the e2e specs on PostgreSQL cannot run')
    return undefined
  }
  const cluster = await startCluster()
  process.env[ADMIN_ENV] = cluster.url('postgres')
  return () => cluster.stop()
}

/** Whether the project running now puts its hubs on PostgreSQL. */
export function projectOnPostgres(): boolean {
  try {
    return test.info().project.metadata['database'] === 'postgres'
  } catch {
    return false
  }
}

/** A fresh, empty database on the run's cluster; the hub migrates it as it starts. */
export async function freshE2eDatabase(): Promise<string> {
  const admin = process.env[ADMIN_ENV]
  if (!admin) throw new Error('No PostgreSQL cluster for the e2e run (PostgreSQL not installed?)')
  const name = `e2e_${randomBytes(6).toString('hex')}`
  const client = new pg.Client({ connectionString: admin })
  await client.connect()
  try {
    await client.query(`create database ${name}`)
  } finally {
    await client.end()
  }
  return admin.replace(/\/postgres$/, `/${name}`)
}
