import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely'
import { actingAs } from '../../../src/main/services/core/context'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChangeBus } from '../../../src/main/services/core/changeBus'
import { findRepeats } from '../../../src/main/services/desk/findRepeats'
import { summaryGrams } from '../../../src/main/services/desk/grams'
import { searchVisits } from '../../../src/main/services/desk/searchVisits'
import { openPostgresStore, type PostgresStore } from '../../../src/main/store/postgresStore'
import type { Database } from '../../../src/main/store/schema'
import { LookupInput, SearchInput } from '@shared/contract'
import { FIXED_NOW, HALL_TIME_ZONE } from '../../support/tempStore'
import {
  freshPostgresDatabase,
  postgresAdminUrl,
  type TestDatabase,
} from '../../support/testDatabase'

// The desk's repeat check and summary search on a history of realistic size must use indexes
// (EXPLAIN of the very queries the services send, captured through Kysely's log): never a
// sequential scan of the history tables, whatever the term's length.

const PERSONS = 40_000
const BATCHES = 40_000
const HISTORY = ['person', 'batch', 'batch_member', 'batch_summary_grams', 'petition_case']

const TOPICS = [
  '宅基地',
  '低保',
  '拖欠工资',
  '征地补偿',
  '医疗保险',
  '道路修建',
  '噪音扰民',
  '土地流转',
]
const PLACES = ['东村', '西村', '南镇', '北镇', '河口', '山前', '新城', '老街', '桥头', '湖边']
/** A pool of summaries: what most visits say, in a few words, with a place. */
const SUMMARIES = TOPICS.flatMap((topic, t) =>
  PLACES.map((place, p) => `${place}${topic}问题，要求尽快解决（第${t * 10 + p}类）`),
)

describe.skipIf(!postgresAdminUrl())('the desk on a PostgreSQL history', () => {
  let database: TestDatabase
  let store: PostgresStore
  let logged: Kysely<Database>
  const sent: CompiledQuery[] = []

  beforeAll(async () => {
    database = await freshPostgresDatabase()
    store = await openPostgresStore(database.url, { max: 2 })
    const { pool } = store
    await pool.query(`insert into leader (name, created_at) values ('王建国', '2026-01-01')`)
    await pool.query(`insert into reception_day (date, state, created_at)
      select to_char(date '2024-01-01' + i * 7, 'YYYY-MM-DD'), 'open', '2024-01-01'
      from generate_series(0, 99) i`)
    await pool.query(
      `insert into duty (day_id, leader_id, table_no) select id, 1, 1 from reception_day`,
    )
    await pool.query(
      `insert into person (name, id_number, phone, township_code, created_at, updated_at)
       select '张' || i, lpad(i::text, 18, '0'), '139' || lpad(i::text, 8, '0'),
              '3307260' || (i % 10), '2024-01-01', '2024-01-01'
       from generate_series(1, $1::int) i`,
      [PERSONS],
    )
    await pool.query(`update person set id_number = '11010519491231002X' where name = '张12345'`)
    await pool.query(
      `create table summary_pool as
       select k - 1 as k, s as summary, g as grams
       from unnest($1::text[], $2::text[]) with ordinality as t(s, g_text, k),
            lateral (select string_to_array(g_text, ' ') as g) grams`,
      [SUMMARIES, SUMMARIES.map(summaryGrams)],
    )
    await pool.query(
      `insert into batch (day_id, ticket_no, kind, headcount, duty_id, route_rule, nature, summary,
         query_code, registered_at, created_by, updated_at, status)
       select 1 + i % 100, i, 'individual', 1, 1 + i % 100, 'leader', 'appeal', p.summary,
              'Q' || i, '2024-01-01T01:00:00.000Z', 'desk', '2024-01-01', 'concluded'
       from generate_series(1, $1::int) i join summary_pool p on p.k = i % $2::int`,
      [BATCHES, SUMMARIES.length],
    )
    await pool.query(`insert into batch_summary_grams (batch_id, grams)
      select b.id, p.grams from batch b join summary_pool p on p.summary = b.summary`)
    await pool.query(`insert into batch_member (batch_id, person_id, role)
      select id, 1 + (id * 7) % ${PERSONS}, 'petitioner' from batch`)
    await pool.query(`insert into petition_case (case_no, batch_id, day_id, nature, summary,
        outcome, state, created_at, updated_at)
      select 'JF' || id, id, day_id, nature, summary, 'explained', 'closed', '2024-01-01', '2024-01-01'
      from batch`)
    await pool.query('drop table summary_pool')
    await pool.query('analyze')
    logged = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      log: (event) => {
        if (event.level === 'query') sent.push(event.query)
      },
    })
  }, 120_000)
  afterAll(async () => {
    await store?.close()
    await database?.drop()
  })

  const ctx = () => ({
    db: logged,
    bus: new ChangeBus(),
    now: () => FIXED_NOW,
    timeZone: HALL_TIME_ZONE,
  })

  /** The plans of every query the action sent, and the history tables scanned sequentially. */
  async function plansOf(action: () => Promise<unknown>) {
    sent.length = 0
    await action()
    const plans: string[] = []
    for (const query of [...sent]) {
      const { rows } = await store.pool.query<{ 'QUERY PLAN': string }>(
        `explain ${query.sql}`,
        query.parameters as unknown[],
      )
      plans.push(rows.map((r) => r['QUERY PLAN']).join('\n'))
    }
    const seqScans = plans.flatMap((plan) =>
      HISTORY.filter((table) => new RegExp(`Seq Scan on ${table}\\b`).test(plan)),
    )
    return { plans, seqScans }
  }

  it.each([
    ['a phrase of 3+ characters', '拖欠工资'],
    ['a 2-character term', '低保'],
    ['a 1-character term', '湖'],
    ['a phrase and a short term', '征地补偿 东村'],
    ['a term in every summary', '要求'],
  ])('searches summaries by %s through indexes', async (_what, query) => {
    const hits = await searchVisits(actingAs(ctx(), 'test'), SearchInput.parse({ query }))
    expect(hits.length).toBeGreaterThan(0)
    for (const word of query.split(' '))
      expect(hits.every((h) => h.summary?.includes(word))).toBe(true)
    const { plans, seqScans } = await plansOf(() =>
      searchVisits(actingAs(ctx(), 'test'), SearchInput.parse({ query })),
    )
    expect(plans.join('\n')).toMatch(/Index|Bitmap/)
    expect(seqScans).toEqual([])
  })

  it.each([
    ['the ID number', { idNumber: '11010519491231002X' }],
    ['the phone', { phone: '13900012345' }],
    ['the name and township', { name: '张12345', townshipCode: '33072605' }],
  ])('finds a repeat by %s through indexes', async (_what, probe) => {
    const found = await findRepeats(actingAs(ctx(), 'test'), LookupInput.parse(probe))
    expect(found.persons.map((p) => p.name)).toEqual(['张12345'])
    const { seqScans } = await plansOf(() =>
      findRepeats(actingAs(ctx(), 'test'), LookupInput.parse(probe)),
    )
    expect(seqScans).toEqual([])
  })
})
