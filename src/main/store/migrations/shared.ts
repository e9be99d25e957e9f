import * as m0010 from './0010_case_log'
import * as m0011 from './0011_working_calendar'
import * as m0012 from './0012_paired_devices'
import * as m0013 from './0013_follow_up_papers'
import * as m0014 from './0014_halls'
import * as m0015 from './0015_people'
import * as m0016 from './0016_query_attempts'
import * as m0017 from './0017_day_ticket'
import type { Migration } from 'kysely'

/**
 * Migrations written once for both databases, registered in both sets (SQLite's ./index.ts
 * and PostgreSQL's ./postgres/index.ts), after each set's landed ones. The rule from 0010 on:
 *
 * - A migration that uses Kysely's schema builder only, with the types both databases read
 *   alike ('integer', 'text'; never 'blob', which PostgreSQL calls bytea), and no raw SQL, goes
 *   here, once, named `00NN_<what it does>` with a number above both baselines (0009).
 * - A migration that needs dialect SQL (triggers, search indexes) is two files of the same
 *   name, one in each set (./00NN_x.ts and ./postgres/00NN_x.ts), kept in step.
 * - Either way test/unit/store/schemaParity.test.ts must still find the same tables, columns,
 *   indexes and constraints on both.
 */
export const sharedMigrations: Record<string, Migration> = {
  '0010_case_log': m0010,
  '0011_working_calendar': m0011,
  '0012_paired_devices': m0012,
  '0013_follow_up_papers': m0013,
  '0014_halls': m0014,
  '0015_people': m0015,
  '0016_query_attempts': m0016,
  '0017_day_ticket': m0017,
}
