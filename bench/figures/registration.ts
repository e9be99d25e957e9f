import Sqlite from 'better-sqlite3'
import type BetterSqlite3 from 'better-sqlite3'
import { planDay } from '../../src/main/services/day/days'
import { newQueryCode } from '../../src/main/services/batch/queryCode'
import { summaryGrams } from '../../src/main/services/desk/grams'
import { applyDurablePragmas, readPragmas } from '../../src/main/store/pragmas'
import { PlanDayInput, type RegisterBatchInput } from '@shared/contract'
import { checkIdNumber, idCheckCharacter } from '@shared/person/idNumber'
import { rng, type Rng } from '../history/prng'
import { MOBILE_PREFIXES, SURNAMES, TOPICS, givenName, summary, village } from '../history/vocab'
import type { BenchEnv } from '../lib/env'
import { measured, type Figure } from '../lib/figure'
import { summarise } from '../lib/stats'
import { actingAs } from '../../src/main/services/core/context'

/** One registration as the desk would send it, and what the raw path writes for it. */
export interface Spec {
  kind: 'individual' | 'group'
  headcount: number
  members: {
    name: string
    idNumber: string
    phone: string
    address: string
    /** On file already (a repeat visitor): the hub finds them, the raw path reuses the id. */
    knownId: number | null
    birthDate: string
    sex: 'male' | 'female'
  }[]
  townshipCode: string
  categoryId: number
  nature: 'suggestion' | 'accusation' | 'appeal'
  village: string
  summary: string
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')

export function makeSpecs(env: BenchEnv, r: Rng, count: number, usedIds: Set<string>): Spec[] {
  const db = env.store.sqlite
  const { townshipCodes } = env.history.info
  const names = new Map(
    (db.prepare('select code, name from township').all() as { code: string; name: string }[]).map(
      (t) => [t.code, t.name],
    ),
  )
  const categories = new Map(
    (db.prepare('select id, name from category').all() as { id: number; name: string }[]).map(
      (c) => [c.name, c.id],
    ),
  )
  const exists = db.prepare('select 1 from person where id_number = ?').pluck()
  const byId = db.prepare(
    'select id, name, id_number as idNumber, birth_date as birthDate, sex from person where id = ?',
  )
  const { min, max } = db.prepare('select min(id) as min, max(id) as max from person').get() as {
    min: number
    max: number
  }
  const known = () => {
    for (;;) {
      const row = byId.get(r.int(min, max)) as
        | {
            id: number
            name: string
            idNumber: string | null
            birthDate: string
            sex: 'male' | 'female'
          }
        | undefined
      const idNumber = row?.idNumber
      if (row && idNumber && !usedIds.has(idNumber)) {
        usedIds.add(idNumber)
        return { ...row, idNumber }
      }
    }
  }
  const fresh = () => {
    for (;;) {
      const year = r.int(1940, 2004)
      const month = r.int(1, 12)
      const day = r.int(1, 28)
      const seq = r.int(1, 999)
      const first17 = `330726${year}${pad(month, 2)}${pad(day, 2)}${pad(seq, 3)}`
      const idNumber = first17 + idCheckCharacter(first17)
      if (usedIds.has(idNumber) || exists.get(idNumber)) continue
      usedIds.add(idNumber)
      const checked = checkIdNumber(idNumber)
      if (!checked.ok) continue
      const male = checked.sex === 'male'
      return {
        id: null,
        name: r.pickWeighted(SURNAMES) + givenName(r, male, year),
        idNumber,
        birthDate: checked.birthDate,
        sex: checked.sex,
      }
    }
  }

  const specs: Spec[] = []
  for (let i = 0; i < count; i++) {
    const group = r.chance(0.12)
    const headcount = group ? (r.chance(0.5) ? r.int(2, 4) : r.int(5, 20)) : 1
    const named = group ? Math.min(headcount, r.int(2, 5)) : 1
    const townshipCode = r.pick(townshipCodes)
    const place = { village: village(r) + '村', township: names.get(townshipCode) ?? '' }
    const topic = r.pickWeighted(TOPICS)
    const members: Spec['members'] = []
    for (let m = 0; m < named; m++) {
      const person = r.chance(0.25) ? known() : fresh()
      members.push({
        name: person.name,
        idNumber: person.idNumber,
        phone: r.pick(MOBILE_PREFIXES) + pad(r.int(0, 99_999_999), 8),
        address: `浙江省浦江县${place.township}${place.village}${r.int(1, 300)}号`,
        knownId: person.id,
        birthDate: person.birthDate,
        sex: person.sex,
      })
    }
    specs.push({
      kind: group ? 'group' : 'individual',
      headcount,
      members,
      townshipCode,
      categoryId: categories.get(topic.category) ?? 1,
      nature: topic.nature,
      village: place.village,
      summary: summary(r, topic, place),
    })
  }
  return specs
}

export const hubInput = (dayId: number, spec: Spec): RegisterBatchInput => ({
  dayId,
  kind: spec.kind,
  headcount: spec.headcount,
  members: spec.members.map((m) => ({
    name: m.name,
    idNumber: m.idNumber,
    phone: m.phone,
    address: m.address,
  })),
  nature: spec.nature,
  categoryId: spec.categoryId,
  townshipCode: spec.townshipCode,
  village: spec.village,
  summary: spec.summary,
})

/** The same rows the hub writes for a registration, by plain prepared statements. */
class RawWriter {
  private ticket = 0
  private readonly statements
  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly dayId: number,
    private readonly duties: number[],
  ) {
    this.statements = {
      insertPerson: db.prepare(
        `insert into person (name, id_number, phone, address, township_code, birth_date, sex, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      updatePerson: db.prepare(
        'update person set phone = ?, address = ?, updated_at = ? where id = ?',
      ),
      insertBatch: db.prepare(
        `insert into batch (day_id, ticket_no, kind, headcount, duty_id, route_rule, nature, category_id,
           township_code, village, summary, query_code, registered_at, created_by, updated_at)
         values (?, ?, ?, ?, ?, 'township', ?, ?, ?, ?, ?, ?, ?, 'desk-1', ?)`,
      ),
      insertGrams: db.prepare('insert into batch_summary_grams (rowid, grams) values (?, ?)'),
      insertMember: db.prepare(
        'insert into batch_member (batch_id, person_id, role, sort) values (?, ?, ?, ?)',
      ),
      insertTransition: db.prepare(
        `insert into batch_transition (batch_id, at, from_status, to_status, from_duty_id, to_duty_id, reason, actor)
         values (?, ?, null, 'waiting', null, ?, 'township', 'desk-1')`,
      ),
      insertAudit: db.prepare(
        `insert into audit_log (at, actor, action, entity, entity_id, before_json, after_json)
         values (?, 'desk-1', 'batch.register', 'batch', ?, null, ?)`,
      ),
    }
  }

  /** Values computed outside the timed part (grams, codes), as the figure is about the rows. */
  prepare(spec: Spec) {
    return { spec, grams: summaryGrams(spec.summary), queryCode: newQueryCode() }
  }

  write({ spec, grams, queryCode }: ReturnType<RawWriter['prepare']>): void {
    const s = this.statements
    const at = new Date().toISOString()
    const personIds = spec.members.map((m) => {
      if (m.knownId !== null) {
        s.updatePerson.run(m.phone, m.address, at, m.knownId)
        return m.knownId
      }
      return Number(
        s.insertPerson.run(
          m.name,
          m.idNumber,
          m.phone,
          m.address,
          spec.townshipCode,
          m.birthDate,
          m.sex,
          at,
          at,
        ).lastInsertRowid,
      )
    })
    this.ticket += 1
    const dutyId = this.duties[this.ticket % this.duties.length] as number
    const batchId = Number(
      s.insertBatch.run(
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
      ).lastInsertRowid,
    )
    s.insertGrams.run(batchId, grams)
    personIds.forEach((personId, sort) =>
      s.insertMember.run(
        batchId,
        personId,
        spec.kind === 'group' ? 'representative' : 'petitioner',
        sort,
      ),
    )
    s.insertTransition.run(batchId, at, dutyId)
    s.insertAudit.run(
      at,
      batchId,
      JSON.stringify({
        ticketNo: this.ticket,
        tableNo: 1,
        rule: 'township',
        headcount: spec.headcount,
      }),
    )
  }
}

async function planBenchDay(
  env: BenchEnv,
  date: string,
): Promise<{ id: number; duties: number[] }> {
  const leaders = env.history.info.currentLeaderIds.slice(0, 6)
  const day = await planDay(
    actingAs(env.services, 'bench'),
    PlanDayInput.parse({
      date,
      place: '县人民来访接待中心一楼接待大厅',
      duties: leaders.map((leaderId, i) => ({ leaderId, tableNo: i + 1, isLead: i === 0 })),
    }),
  )
  const duties = (
    env.store.sqlite
      .prepare('select id from duty where day_id = ? order by table_no')
      .all(day.id) as {
      id: number
    }[]
  ).map((d) => d.id)
  return { id: day.id, duties }
}

/**
 * Figure 1: registrations through the whole hub path against the raw insert of the same rows,
 * interleaved in rounds so both see the same database and disk; one transaction each
 * (synchronous=FULL: one fsync per commit). Also the raw insert batched in one transaction.
 */
export async function registrationFigures(env: BenchEnv, perPath = 1000): Promise<Figure[]> {
  const r = rng(7)
  const used = new Set<string>()
  const hubSpecs = makeSpecs(env, r.fork(1), perPath, used)
  const rawSpecs = makeSpecs(env, r.fork(2), perPath, used)
  const batchedSpecs = makeSpecs(env, r.fork(3), perPath, used)
  // The hub registers on the hall's today only (dayGuard.ts): its clock reads 10:00 on the day.
  const clock = env.services.now
  env.services.now = () => new Date('2025-01-15T02:00:00Z')
  try {
    return await registrationRounds(env, hubSpecs, rawSpecs, batchedSpecs, perPath)
  } finally {
    env.services.now = clock
  }
}

async function registrationRounds(
  env: BenchEnv,
  hubSpecs: Spec[],
  rawSpecs: Spec[],
  batchedSpecs: Spec[],
  perPath: number,
): Promise<Figure[]> {
  const hubDay = await planBenchDay(env, '2025-01-15')
  const rawDay = await planBenchDay(env, '2025-01-22')
  const batchedDay = await planBenchDay(env, '2025-01-29')

  // A screen subscribed to changes, as the leader screens and the board are.
  const abort = new AbortController()
  let pushed = 0
  const subscriber = (async () => {
    try {
      for await (const event of env.services.bus.stream(abort.signal))
        if (event.topic === 'queue') pushed += 1
    } catch {
      // aborted at the end
    }
  })()

  const raw = new Sqlite(env.workFile)
  applyDurablePragmas(raw)
  const pragmas = readPragmas(raw)
  if (pragmas.journalMode !== 'wal' || pragmas.synchronous !== 2)
    throw new Error(`raw connection pragmas: ${JSON.stringify(pragmas)}`)
  const rawWriter = new RawWriter(raw, rawDay.id, rawDay.duties)
  const rawOne = raw.transaction((prepared: ReturnType<RawWriter['prepare']>) =>
    rawWriter.write(prepared),
  )
  raw.prepare("update reception_day set state = 'open' where id = ?").run(rawDay.id)

  const hubTimes: number[] = []
  const registerTimes: number[] = []
  const rawTimes: number[] = []
  const hubOne = async (spec: Spec) => {
    const t0 = performance.now()
    // The desk's repeat check on each member as typed, then the registration.
    for (const m of spec.members)
      await env.caller.desk.lookup({
        dayId: hubDay.id,
        idNumber: m.idNumber,
        phone: m.phone,
        name: m.name,
        townshipCode: spec.townshipCode,
      })
    const t1 = performance.now()
    await env.caller.batch.register(hubInput(hubDay.id, spec))
    const t2 = performance.now()
    hubTimes.push(t2 - t0)
    registerTimes.push(t2 - t1)
  }
  const rawStep = (spec: Spec) => {
    const prepared = rawWriter.prepare(spec)
    const t0 = performance.now()
    rawOne(prepared)
    rawTimes.push(performance.now() - t0)
  }

  // Warm both paths (statement caches, page cache) on a few rows not counted.
  const WARM = 10
  for (const spec of hubSpecs.slice(0, WARM)) await hubOne(spec)
  for (const spec of rawSpecs.slice(0, WARM)) rawStep(spec)
  hubTimes.length = 0
  registerTimes.length = 0
  rawTimes.length = 0

  // Interleaved rounds, alternating which path goes first; the ratio is the median of the
  // rounds' ratios, so a burst of other work on the machine skews one round, not the figure.
  const ROUNDS = 20
  const per = Math.ceil((perPath - WARM) / ROUNDS)
  const rounds: { hub: number; register: number; raw: number }[] = []
  const sum = (times: number[], from: number) => times.slice(from).reduce((a, b) => a + b, 0)
  for (let round = 0; round < ROUNDS; round++) {
    const from = WARM + round * per
    const to = Math.min(perPath, from + per)
    if (from >= to) break
    const [h, r] = [hubTimes.length, rawTimes.length]
    const hubFirst = round % 2 === 0
    if (!hubFirst) for (const spec of rawSpecs.slice(from, to)) rawStep(spec)
    for (const spec of hubSpecs.slice(from, to)) await hubOne(spec)
    if (hubFirst) for (const spec of rawSpecs.slice(from, to)) rawStep(spec)
    rounds.push({ hub: sum(hubTimes, h), register: sum(registerTimes, h), raw: sum(rawTimes, r) })
  }
  const medianOf = (values: number[]) => summarise(values).medianMs

  // Context: the raw rows batched, all in one transaction (one fsync).
  const batchedWriter = new RawWriter(raw, batchedDay.id, batchedDay.duties)
  raw.prepare("update reception_day set state = 'open' where id = ?").run(batchedDay.id)
  const prepared = batchedSpecs.map((s) => batchedWriter.prepare(s))
  const t0 = performance.now()
  raw.transaction(() => prepared.forEach((p) => batchedWriter.write(p)))()
  const batchedMs = performance.now() - t0
  raw.close()

  await new Promise((resolve) => setTimeout(resolve, 50))
  abort.abort()
  await subscriber
  const registered = hubTimes.length + WARM
  if (pushed !== registered)
    throw new Error(`the subscriber got ${pushed} queue events for ${registered} registrations`)

  const hub = summarise(hubTimes)
  const registerOnly = summarise(registerTimes)
  const rawSample = summarise(rawTimes)
  const rate = (times: number[]) => (times.length * 1000) / times.reduce((a, b) => a + b, 0)
  const hubRate = rate(hubTimes)
  const registerRate = rate(registerTimes)
  const rawRate = rate(rawTimes)
  // Equal counts per round: the rate ratio of a round is raw time ÷ hub time.
  const ratio = medianOf(rounds.map((r) => r.raw / r.hub))
  const registerRatio = medianOf(rounds.map((r) => r.raw / r.register))
  const members = hubSpecs.reduce((n, s) => n + s.members.length, 0)
  const size = `${hubTimes.length} batches timed, ${((members / perPath) * 100).toFixed(0)} names per 100 (25% on file), history of ${(env.history.info.persons / 1e6).toFixed(1)}M persons`
  return [
    measured(1, 'registration.hub', 'registration through the hub (desk flow)', size, hub, {
      value: `${hubRate.toFixed(0)}/s`,
      note: 'per registration: desk.lookup per member + batch.register via the tRPC router (zod, routing, one transaction, audit, FTS, push to a subscriber)',
    }),
    measured(
      1,
      'registration.raw',
      'raw insert, one transaction each',
      `${rawTimes.length} batches, same rows`,
      rawSample,
      {
        value: `${rawRate.toFixed(0)}/s`,
        note: 'better-sqlite3 prepared inserts of the same rows (person, batch+FTS trigger, grams, member, transition, audit), WAL, synchronous=FULL',
      },
    ),
    {
      group: 1,
      id: 'registration.ratio',
      name: 'hub rate / raw rate',
      size: `same run, ${rounds.length} interleaved rounds (median of rounds)`,
      runs: hubTimes.length,
      medianMs: null,
      p99Ms: null,
      value: ratio.toFixed(2),
      target: '>= 0.5',
      met: ratio >= 0.5,
      status: 'ok',
      note: `whole runs: ${(hubRate / rawRate).toFixed(2)}`,
    },
    measured(
      1,
      'registration.registerOnly',
      'batch.register alone (no desk lookups)',
      `the same ${registerTimes.length} registrations`,
      registerOnly,
      {
        value: `${registerRate.toFixed(0)}/s`,
        note: 'the registration call of the hub path above, without the repeat checks typed before it',
      },
    ),
    {
      group: 1,
      id: 'registration.registerOnlyRatio',
      name: 'batch.register rate / raw rate',
      size: `same rounds (median of rounds)`,
      runs: registerTimes.length,
      medianMs: null,
      p99Ms: null,
      value: registerRatio.toFixed(2),
      status: 'ok',
      note: `whole runs: ${(registerRate / rawRate).toFixed(2)}; context for the ratio above`,
    },
    {
      group: 1,
      id: 'registration.rawBatched',
      name: 'raw insert, all in one transaction',
      size: `${batchedSpecs.length} batches, one commit`,
      runs: 1,
      medianMs: batchedMs / batchedSpecs.length,
      p99Ms: null,
      value: `${((batchedSpecs.length * 1000) / batchedMs).toFixed(0)}/s`,
      status: 'ok',
      note: 'context only: what one fsync for all rows would give',
    },
  ]
}
