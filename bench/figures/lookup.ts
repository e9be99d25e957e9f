import { Kysely, SqliteDialect } from 'kysely'
import { findRepeats } from '../../src/main/services/desk/findRepeats'
import { searchVisits } from '../../src/main/services/desk/searchVisits'
import { withStatementCache } from '../../src/main/store/statementCache'
import type { Database } from '../../src/main/store/schema'
import { LookupInput, SearchInput } from '@shared/contract'
import { idCheckCharacter } from '@shared/person/idNumber'
import { rng, type Rng } from '../history/prng'
import { SEARCH_PHRASES, SEARCH_TERMS } from '../history/vocab'
import type { BenchEnv } from '../lib/env'
import { measured, p99Under, type Figure } from '../lib/figure'
import { timeEach } from '../lib/stats'
import { actingAs } from '../../src/main/services/core/context'

interface Probe {
  dayId?: number
  idNumber?: string
  phone?: string
  name?: string
  townshipCode?: string
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/**
 * Probes drawn from the history: mostly people who came before (some of them many times),
 * some on file who never visited, some nobody knows — as at a real desk.
 */
function probes(env: BenchEnv, r: Rng, count: number) {
  const db = env.store.sqlite
  const visitorIds = db.prepare('select person_id from batch_member where rowid = ?').pluck()
  const maxMember = db.prepare('select max(rowid) from batch_member').pluck().get() as number
  const byId = db.prepare(
    'select id, name, id_number as idNumber, phone, township_code as townshipCode from person where id = ?',
  )
  const { min, max } = db.prepare('select min(id) as min, max(id) as max from person').get() as {
    min: number
    max: number
  }
  type Row = {
    id: number
    name: string
    idNumber: string | null
    phone: string | null
    townshipCode: string | null
  }
  const people: Row[] = []
  while (people.length < count) {
    const roll = r.next()
    const personId =
      roll < 0.7 ? (visitorIds.get(r.int(1, maxMember)) as number | undefined) : r.int(min, max)
    const row = personId === undefined ? undefined : (byId.get(personId) as Row | undefined)
    if (row) people.push(row)
  }
  const unknownId = () => {
    const first17 = `330726${r.int(1940, 2004)}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}${pad(r.int(1, 999), 3)}`
    return first17 + idCheckCharacter(first17)
  }
  const townships = env.history.info.townshipCodes
  return {
    byIdNumber: people.map((p, i): Probe =>
      i % 5 === 4 || !p.idNumber ? { idNumber: unknownId() } : { idNumber: p.idNumber },
    ),
    byPhone: people.map((p, i): Probe =>
      i % 5 === 4 || !p.phone
        ? { phone: `139${pad(r.int(0, 99_999_999), 8)}` }
        : { phone: p.phone },
    ),
    byNameTownship: people.map((p): Probe => ({
      name: p.name,
      townshipCode: p.townshipCode ?? r.pick(townships),
    })),
  }
}

/** The SQL a call runs, captured through a logging Kysely on the same connection. */
async function capturePlans(
  env: BenchEnv,
  run: (ctx: BenchEnv['services']) => Promise<unknown>,
): Promise<{ sql: string; plan: string[] }[]> {
  const captured: { sql: string; parameters: readonly unknown[] }[] = []
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(env.store.sqlite) }),
    log: (event) => {
      if (event.level === 'query')
        captured.push({ sql: event.query.sql, parameters: event.query.parameters })
    },
  })
  await run({ ...env.services, db })
  // Not destroyed: that would close the shared connection.
  return captured.map(({ sql, parameters }) => ({
    sql,
    plan: (
      env.store.sqlite.prepare(`explain query plan ${sql}`).all(...parameters) as {
        id: number
        parent: number
        detail: string
      }[]
    ).map((row) => row.detail),
  }))
}

/** A full scan of a history table: what the search paths must never do. */
const FULL_SCAN =
  /^SCAN (person|batch|batch_member|petition_case|batch_transition|audit_log|outcome)\b(?! USING)/

/** Where the lookups run: the SQLite working copy (default) or a hub on PostgreSQL. */
export interface LookupTarget {
  /** Prefix of the figures' ids ('' or 'pg.') and what follows their names. */
  idPrefix: string
  nameSuffix: string
  caller: BenchEnv['caller']
  services: BenchEnv['services']
  /** The plans of the SQL one call runs. */
  plans(
    run: (ctx: BenchEnv['services']) => Promise<unknown>,
  ): Promise<{ sql: string; plan: string[] }[]>
  fullScan: RegExp
  /** p99 targets in ms: ID, phone, name + township, phrase, term. */
  limits: [number, number, number, number, number]
}

export const sqliteTarget = (env: BenchEnv): LookupTarget => ({
  idPrefix: '',
  nameSuffix: '',
  caller: env.caller,
  services: env.services,
  plans: (run) => capturePlans(env, run),
  fullScan: FULL_SCAN,
  limits: [1, 1, 2, 10, 30],
})

export interface LookupPlans {
  [figure: string]: { sql: string; plan: string[] }[]
}

export async function lookupFigures(
  env: BenchEnv,
  runs = 1000,
  target: LookupTarget = sqliteTarget(env),
): Promise<{ figures: Figure[]; plans: LookupPlans }> {
  const t = target
  const r = rng(11)
  // The hub is a long-running process: the figures are of a warm one (JIT, page cache), so
  // WARM probes of other persons run first, untimed (steady state: p99s settle after ~1,000).
  const WARM = 1000
  const all = probes(env, r, runs + WARM)
  const split = <T>(list: T[]) => ({ warm: list.slice(0, WARM), timed: list.slice(WARM) })
  const set = {
    byIdNumber: split(all.byIdNumber),
    byPhone: split(all.byPhone),
    byNameTownship: split(all.byNameTownship),
  }
  const persons = `${(env.history.info.persons / 1e6).toFixed(1)}M persons, ${(env.history.info.batches / 1e3).toFixed(0)}k batches`
  const figures: Figure[] = []
  const plans: LookupPlans = {}

  const lookup = async (
    bareId: string,
    bareName: string,
    probes: { warm: Probe[]; timed: Probe[] },
    limitMs: number,
    what: string,
  ) => {
    const id = t.idPrefix + bareId
    const name = bareName + t.nameSuffix
    for (const probe of probes.warm) await t.caller.desk.lookup(probe)
    const list = probes.timed
    const { sample } = await timeEach(list, (probe) => t.caller.desk.lookup(probe), 0)
    plans[id] = await t.plans((ctx) =>
      findRepeats(actingAs(ctx, 'test'), LookupInput.parse(list[1] ?? {})),
    )
    const scans = plans[id].flatMap((q) => q.plan).filter((line) => t.fullScan.test(line))
    figures.push(
      measured(2, id, name, `${list.length} ${what}; ${persons}`, sample, {
        ...p99Under(limitMs, sample.p99Ms),
        note:
          (scans.length ? `FULL SCAN: ${scans.join('; ')}. ` : '') +
          'desk.lookup via the router: persons, their earlier visits and cases',
      }),
    )
  }
  await lookup(
    'lookup.idNumber',
    'repeat check by ID number',
    set.byIdNumber,
    t.limits[0],
    'ID numbers (80% on file)',
  )
  await lookup(
    'lookup.phone',
    'repeat check by phone',
    set.byPhone,
    t.limits[1],
    'phones (80% on file)',
  )
  await lookup(
    'lookup.nameTownship',
    'repeat check by name + township',
    set.byNameTownship,
    t.limits[2],
    'names with townships',
  )

  const search = async (
    bareId: string,
    bareName: string,
    words: readonly string[],
    limitMs: number,
  ) => {
    const id = t.idPrefix + bareId
    const name = bareName + t.nameSuffix
    const list = Array.from(
      { length: Math.max(words.length, Math.floor(runs / 2)) },
      (_, i) => words[i % words.length] as string,
    )
    for (const query of words) await t.caller.desk.search({ query })
    const { sample } = await timeEach(list, (query) => t.caller.desk.search({ query }), 0)
    plans[id] = await t.plans((ctx) =>
      searchVisits(actingAs(ctx, 'test'), SearchInput.parse({ query: words[0] })),
    )
    const scans = plans[id].flatMap((q) => q.plan).filter((line) => t.fullScan.test(line))
    figures.push(
      measured(
        2,
        id,
        name,
        `${list.length} searches over ${words.length} ${bareId.endsWith('term') ? 'terms' : 'phrases'}; ${(env.history.info.batches / 1e3).toFixed(0)}k summaries`,
        sample,
        {
          ...p99Under(limitMs, sample.p99Ms),
          note:
            (scans.length ? `FULL SCAN: ${scans.join('; ')}. ` : '') +
            'desk.search via the router: newest 50 matching visits with masked names',
        },
      ),
    )
  }
  const phrases = SEARCH_PHRASES.filter((p) => [...p].length >= 3 && [...p].length <= 6)
  await search('search.phrase', 'summary search, 3–6 character phrase', phrases, t.limits[3])
  await search('search.term', 'summary search, 2-character term', SEARCH_TERMS, t.limits[4])
  return { figures, plans }
}
