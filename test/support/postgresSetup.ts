import type { TestProject } from 'vitest/node'
import { openPostgresStore } from '../../src/main/store/postgresStore'
import { postgresBin, startCluster, type Cluster } from './postgresCluster'
import { TEMPLATE_DATABASE } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test cluster's admin URL (database `postgres`), '' when the run is on SQLite only. */
    postgresUrl: string
  }
}

/**
 * vitest globalSetup: with RECEPTION_DAY_TEST_DB=postgres, starts a throwaway cluster, migrates a
 * template database once (every test's database is a copy of it: CREATE DATABASE … TEMPLATE,
 * much faster than migrating each), and stops the cluster at the end. The schema parity and
 * search-plan tests (test/unit/postgres/) need it. Whether a missing PostgreSQL skips the run
 * or fails it (CI=true) is decided by scripts/unit-in-zones.mjs.
 */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  if (process.env['RECEPTION_DAY_TEST_DB'] !== 'postgres') {
    project.provide('postgresUrl', '')
    return undefined
  }
  if (!postgresBin())
    throw new Error('PostgreSQL is not installed: the tests on PostgreSQL cannot run')
  let cluster: Cluster | null = null
  try {
    cluster = await startCluster()
    const admin = await openAdmin(cluster.url('postgres'))
    await admin.query(`create database ${TEMPLATE_DATABASE}`)
    await admin.end()
    const template = await openPostgresStore(cluster.url(TEMPLATE_DATABASE), { max: 1 })
    await template.close()
    project.provide('postgresUrl', cluster.url('postgres'))
  } catch (error) {
    cluster?.stop()
    throw error
  }
  const started = cluster
  return () => started.stop()
}

async function openAdmin(url: string) {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  return client
}
