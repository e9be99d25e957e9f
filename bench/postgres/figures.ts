import pg from 'pg'
import { ChangeBus } from '../../src/main/services/core/changeBus'
import { actingAs, type ServiceContext } from '../../src/main/services/core/context'
import { planDay } from '../../src/main/services/day/days'
import { newQueryCode } from '../../src/main/services/batch/queryCode'
import { summaryGrams } from '../../src/main/services/desk/grams'
import { openPostgresStore, type PostgresStore } from '../../src/main/store/postgresStore'
import { HALL_DEFAULT_TIME_ZONE } from '@shared/tally/timeZone'
import { PlanDayInput } from '@shared/contract'
import { hallCaller, type HallCaller } from '../../test/support/hallCaller'
import { hubInput, makeSpecs, type Spec } from '../figures/registration'
import type { LookupTarget } from '../figures/lookup'
import { rng } from '../history/prng'
import type { BenchEnv } from '../lib/env'
import { measured, p99Under, type Figure } from '../lib/figure'
import { summarise } from '../lib/stats'

/** A hub on PostgreSQL over the working clone of the history, called in-process. */
export interface PgHub {
  store: PostgresStore
  services: ServiceContext
  caller: HallCaller
}

export async function openPgHub(url: string, actor = 'desk-1', max = 10): Promise<PgHub> {
  const store = await openPostgresStore(url, { max })
  const services: ServiceContext = {
    db: store.db,
    bus: new ChangeBus(),
    now: () => new Date(),
    timeZone: HALL_DEFAULT_TIME_ZONE,
  }
  return {
    store,
    services,
    caller: hallCaller(services, { actor, version: 'bench', migrations: store.migrations }),
  }
}

/** A sequential scan of a history table: what the search paths must never do. */
const PG_FULL_SCAN =
  /Seq Scan on (person|batch|batch_member|petition_case|batch_transition|audit_log|outcome|batch_summary_grams)\b/

export function pgTarget(hub: PgHub): LookupTarget {
  return {
    idPrefix: 'pg.',
    nameSuffix: ' (PostgreSQL)',
    caller: hub.caller,
    services: hub.services,
    fullScan: PG_FULL_SCAN,
    limits: [2, 2, 3, 15, 15],
    plans: async (run) => {
      const captured: { sql: string; parameters: readonly unknown[] }[] = []
      const { Kysely, PostgresDialect } = await import('kysely')
      const db = new Kysely<never>({
        dialect: new PostgresDialect({ pool: hub.store.pool }),
        log: (event) => {
          if (event.level === 'query')
            captured.push({ sql: event.query.sql, parameters: event.query.parameters })
        },
      }) as unknown as ServiceContext['db']
      await run({ ...hub.services, db })
      const out: { sql: string; plan: string[] }[] = []
      for (const { sql, parameters } of captured) {
        if (!/^\s*select/i.test(sql)) continue
        const { rows } = await hub.store.pool.query<{ 'QUERY PLAN': string }>(
          `explain ${sql}`,
          parameters as unknown[],
        )
        out.push({ sql, plan: rows.map((r) => r['QUERY PLAN'].trim()) })
      }
      return out
    },
  }
}

async function planBenchDay(hub: PgHub, date: string, leaders: number[]) {
  const day = await planDay(
    actingAs(hub.services, 'bench'),
    PlanDayInput.parse({
      date,
      place: '县人民来访接待中心一楼接待大厅',
      duties: leaders.map((leaderId, i) => ({ leaderId, tableNo: i + 1, isLead: i === 0 })),
    }),
  )
  const duties = (
    await hub.store.db
      .selectFrom('duty')
      .select('id')
      .where('day_id', '=', day.id)
      .orderBy('table_no')
      .execute()
  ).map((d) => Number(d.id))
  return { id: day.id, duties }
}

/** The rows the hub writes for a registration, by plain prepared statements over one `pg` client. */
class PgRawWriter {
  private ticket = 0
  constructor(
    private readonly client: pg.Client,
    private readonly dayId: number,
    private readonly duties: number[],
  ) {}

  prepare(spec: Spec) {
    return {
      spec,
      grams: summaryGrams(spec.summary).split(' ').filter(Boolean),
      queryCode: newQueryCode(),
    }
  }

  private q(name: string, text: string, values: unknown[]) {
    return this.client.query({ name, text, values })
  }

  async write({ spec, grams, queryCode }: ReturnType<PgRawWriter['prepare']>): Promise<void> {
    const at = new Date().toISOString()
    const personIds: number[] = []
    for (const m of spec.members) {
      if (m.knownId !== null) {
        await this.q(
          'up',
          'update person set phone = $1, address = $2, updated_at = $3 where id = $4',
          [m.phone, m.address, at, m.knownId],
        )
        personIds.push(m.knownId)
      } else {
        const { rows } = await this.q(
          'ip',
          `insert into person (name, id_number, phone, address, township_code, birth_date, sex, created_at, updated_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
          [m.name, m.idNumber, m.phone, m.address, spec.townshipCode, m.birthDate, m.sex, at, at],
        )
        personIds.push(Number((rows[0] as { id: number }).id))
      }
    }
    this.ticket += 1
    const dutyId = this.duties[this.ticket % this.duties.length] as number
    const { rows } = await this.q(
      'ib',
      `insert into batch (day_id, ticket_no, kind, headcount, duty_id, route_rule, nature, category_id,
         township_code, village, summary, query_code, registered_at, created_by, updated_at)
       values ($1, $2, $3, $4, $5, 'township', $6, $7, $8, $9, $10, $11, $12, 'desk-1', $13) returning id`,
      [
        this.dayId,
        this.ticket,
        spec.kind,
        spec.headcount,
        dutyId,
        spec.nature,
        spec.categoryId,
        spec.townshipCode,
        spec.village,
        spec.summary,
        queryCode,
        at,
        at,
      ],
    )
    const batchId = Number((rows[0] as { id: number }).id)
    await this.q(
      'ig',
      'insert into batch_summary_grams (batch_id, grams) values ($1, $2::text[])',
      [batchId, grams],
    )
    for (const [sort, personId] of personIds.entries())
      await this.q(
        'im',
        'insert into batch_member (batch_id, person_id, role, sort) values ($1, $2, $3, $4)',
        [batchId, personId, spec.kind === 'group' ? 'representative' : 'petitioner', sort],
      )
    await this.q(
      'it',
      `insert into batch_transition (batch_id, at, from_status, to_status, from_duty_id, to_duty_id, reason, actor)
       values ($1, $2, null, 'waiting', null, $3, 'township', 'desk-1')`,
      [batchId, at, dutyId],
    )
    await this.q(
      'ia',
      `insert into audit_log (at, actor, action, entity, entity_id, before_json, after_json)
       values ($1, 'desk-1', 'batch.register', 'batch', $2, null, $3)`,
      [
        at,
        batchId,
        JSON.stringify({
          ticketNo: this.ticket,
          tableNo: 1,
          rule: 'township',
          headcount: spec.headcount,
        }),
      ],
    )
  }
}

const BENCH_NOW = () => new Date('2025-01-15T02:00:00Z')

/**
 * Figure 1 on PostgreSQL: registrations through the hub (`--db postgres://…`: the same router and
 * services over Kysely's PostgresDialect) against raw `pg` prepared inserts of the same rows, one
 * transaction each, interleaved in rounds as on SQLite. The specs are drawn from the SQLite copy
 * of the same history (same ids).
 */
export async function pgRegistrationFigures(
  env: BenchEnv,
  hub: PgHub,
  url: string,
  perPath = 1000,
): Promise<Figure[]> {
  const r = rng(7)
  const used = new Set<string>()
  const hubSpecs = makeSpecs(env, r.fork(1), perPath, used)
  const rawSpecs = makeSpecs(env, r.fork(2), perPath, used)
  const clock = hub.services.now
  hub.services.now = BENCH_NOW
  const leaders = env.history.info.currentLeaderIds.slice(0, 6)
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const hubDay = await planBenchDay(hub, '2025-01-15', leaders)
    const rawDay = await planBenchDay(hub, '2025-01-22', leaders)
    await client.query("update reception_day set state = 'open' where id = $1", [rawDay.id])
    const raw = new PgRawWriter(client, rawDay.id, rawDay.duties)
    const hubTimes: number[] = []
    const registerTimes: number[] = []
    const rawTimes: number[] = []
    const hubOne = async (spec: Spec) => {
      const t0 = performance.now()
      for (const m of spec.members)
        await hub.caller.desk.lookup({
          dayId: hubDay.id,
          idNumber: m.idNumber,
          phone: m.phone,
          name: m.name,
          townshipCode: spec.townshipCode,
        })
      const t1 = performance.now()
      await hub.caller.batch.register(hubInput(hubDay.id, spec))
      const t2 = performance.now()
      hubTimes.push(t2 - t0)
      registerTimes.push(t2 - t1)
    }
    const rawOne = async (spec: Spec) => {
      const prepared = raw.prepare(spec)
      const t0 = performance.now()
      await client.query('begin')
      await raw.write(prepared)
      await client.query('commit')
      rawTimes.push(performance.now() - t0)
    }
    const WARM = 10
    for (const spec of hubSpecs.slice(0, WARM)) await hubOne(spec)
    for (const spec of rawSpecs.slice(0, WARM)) await rawOne(spec)
    hubTimes.length = 0
    registerTimes.length = 0
    rawTimes.length = 0
    const ROUNDS = 20
    const per = Math.ceil((perPath - WARM) / ROUNDS)
    const rounds: { hub: number; register: number; raw: number }[] = []
    const sum = (times: number[], from: number) => times.slice(from).reduce((a, b) => a + b, 0)
    for (let round = 0; round < ROUNDS; round++) {
      const from = WARM + round * per
      const to = Math.min(perPath, from + per)
      if (from >= to) break
      const [h, rr] = [hubTimes.length, rawTimes.length]
      const hubFirst = round % 2 === 0
      if (!hubFirst) for (const spec of rawSpecs.slice(from, to)) await rawOne(spec)
      for (const spec of hubSpecs.slice(from, to)) await hubOne(spec)
      if (hubFirst) for (const spec of rawSpecs.slice(from, to)) await rawOne(spec)
      rounds.push({
        hub: sum(hubTimes, h),
        register: sum(registerTimes, h),
        raw: sum(rawTimes, rr),
      })
    }
    const medianOf = (values: number[]) => summarise(values).medianMs
    const rate = (times: number[]) => (times.length * 1000) / times.reduce((a, b) => a + b, 0)
    const ratio = medianOf(rounds.map((x) => x.raw / x.hub))
    const registerRatio = medianOf(rounds.map((x) => x.raw / x.register))
    const size = `${hubTimes.length} batches timed, history of ${(env.history.info.persons / 1e6).toFixed(1)}M persons`
    return [
      measured(
        1,
        'pg.registration.hub',
        'registration through the hub (PostgreSQL)',
        size,
        summarise(hubTimes),
        {
          value: `${rate(hubTimes).toFixed(0)}/s`,
          note: 'desk.lookup per member + batch.register via the router, store on PostgreSQL (fsync on, synchronous_commit on)',
        },
      ),
      measured(
        1,
        'pg.registration.raw',
        'raw pg insert, one transaction each (PostgreSQL)',
        `${rawTimes.length} batches, same rows`,
        summarise(rawTimes),
        {
          value: `${rate(rawTimes).toFixed(0)}/s`,
          note: 'one pg.Client, named prepared statements: person, batch (trigram index), grams, member, transition, audit',
        },
      ),
      {
        group: 1,
        id: 'pg.registration.ratio',
        name: 'hub rate / raw rate (PostgreSQL)',
        size: `same run, ${rounds.length} interleaved rounds (median of rounds)`,
        runs: hubTimes.length,
        medianMs: null,
        p99Ms: null,
        value: ratio.toFixed(2),
        target: '>= 0.5',
        met: ratio >= 0.5,
        status: 'ok',
        note: `whole runs: ${(rate(hubTimes) / rate(rawTimes)).toFixed(2)}`,
      },
      measured(
        1,
        'pg.registration.registerOnly',
        'batch.register alone (PostgreSQL)',
        `the same ${registerTimes.length} registrations`,
        summarise(registerTimes),
        {
          value: `${rate(registerTimes).toFixed(0)}/s; ÷ raw ${registerRatio.toFixed(2)}`,
        },
      ),
    ]
  } finally {
    hub.services.now = clock
    await client.end()
  }
}

/**
 * 8 hubs registering at once on one server: each its own pool (as 8 hub processes would have),
 * all on the same day, first each registering its share back to back (the server saturated),
 * then in bursts of one registration per hub at the same moment; then no ticket number may be
 * taken twice. The hubs share this process's event loop, so the latencies include waiting for
 * the other hubs' JavaScript: a bound on what 8 separate processes would see on these 2 cores.
 */
export async function pgConcurrentFigures(
  env: BenchEnv,
  url: string,
  perHub = 100,
  hubs = 8,
): Promise<Figure[]> {
  const r = rng(9)
  const used = new Set<string>()
  const opened: PgHub[] = []
  for (let i = 0; i < hubs; i++) opened.push(await openPgHub(url, `desk-${i + 1}`, 2))
  try {
    // The hub registers on the hall's today only: 10:00 on the day planned for this figure.
    for (const h of opened) h.services.now = () => new Date('2025-01-29T02:00:00Z')
    const first = opened[0] as PgHub
    const day = await planBenchDay(
      first,
      '2025-01-29',
      env.history.info.currentLeaderIds.slice(0, 6),
    )
    const specs = opened.map((_, i) => makeSpecs(env, r.fork(i + 1), perHub, used))
    const bursts = opened.map((_, i) => makeSpecs(env, r.fork(hubs + i + 1), perHub, used))
    const register = async (h: PgHub, spec: Spec, into: number[]) => {
      const s = performance.now()
      await h.caller.batch.register(hubInput(day.id, spec))
      into.push(performance.now() - s)
    }
    // Back to back: every hub registers its share without a pause, the server saturated.
    const times: number[] = []
    const t0 = performance.now()
    await Promise.all(
      opened.map(async (h, i) => {
        for (const spec of specs[i] as Spec[]) await register(h, spec, times)
      }),
    )
    const wallMs = performance.now() - t0
    // In bursts: the 8 desks press "register" at the same moment and wait for all 8 answers
    // before the next burst, what a desk waits for when every other hub registers with it.
    const burstTimes: number[] = []
    for (let k = 0; k < perHub; k++)
      await Promise.all(opened.map((h, i) => register(h, bursts[i]?.[k] as Spec, burstTimes)))
    const { rows } = await first.store.pool.query<{ n: number; distinct: number }>(
      'select count(*)::int as n, count(distinct ticket_no)::int as distinct from batch where day_id = $1',
      [day.id],
    )
    const { n, distinct } = rows[0] as { n: number; distinct: number }
    if (n !== 2 * hubs * perHub || distinct !== n)
      throw new Error(
        `${n} batches with ${distinct} distinct ticket numbers (expected ${2 * hubs * perHub})`,
      )
    const sample = summarise(times)
    const burst = summarise(burstTimes)
    return [
      measured(
        1,
        'pg.registration.concurrent',
        `${hubs} hubs registering back to back on one server (PostgreSQL)`,
        `${hubs} × ${perHub} batch.register on one day, one process`,
        sample,
        {
          ...p99Under(25, sample.p99Ms),
          value: `${((hubs * perHub * 1000) / wallMs).toFixed(0)}/s in all`,
          note: 'saturated: the latency is hubs ÷ rate; each hub its own pool of 2',
        },
      ),
      measured(
        1,
        'pg.registration.burst',
        `${hubs} hubs registering in bursts on one server (PostgreSQL)`,
        `${perHub} bursts of ${hubs} batch.register at the same moment, same day`,
        burst,
        {
          ...p99Under(25, burst.p99Ms),
          value: `${distinct} distinct tickets of ${n}`,
          note: 'no ticket number taken twice in either phase (asserted)',
        },
      ),
    ]
  } finally {
    for (const h of opened) await h.store.close()
  }
}
