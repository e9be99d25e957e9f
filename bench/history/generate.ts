import type BetterSqlite3 from 'better-sqlite3'
import { ChangeBus } from '../../src/main/services/core/changeBus'
import { HALL_DEFAULT_TIME_ZONE } from '@shared/tally/timeZone'
import { createDemoHall } from '../../src/main/services/demo/demoHall'
import { summaryGrams } from '../../src/main/services/desk/grams'
import { openStore } from '../../src/main/store/openStore'
import { checkIdNumber, idCheckCharacter } from '@shared/person/idNumber'
import { rng, weighted, type Rng } from './prng'
import {
  BIRTH_DECADES,
  DECISIONS,
  MOBILE_PREFIXES,
  PAST_LEADER_TITLES,
  REGIONS,
  SURNAMES,
  TOPICS,
  givenName,
  summary,
  village,
  type Topic,
} from './vocab'
import { actingAs } from '../../src/main/services/core/context'

/** Bump when the generator's output changes: the cache key includes it. */
export const GENERATOR_VERSION = 1

export interface HistoryOptions {
  seed: number
  persons: number
  cases: number
  years: number
  /** Batches on the last day of the history (the day the tally and export figures use). */
  bigDayBatches: number
}

export const DEFAULT_HISTORY: HistoryOptions = {
  seed: 20_250_106,
  persons: 1_000_000,
  cases: 200_000,
  years: 20,
  bigDayBatches: 1000,
}

export interface HistoryInfo {
  options: HistoryOptions
  days: number
  batches: number
  members: number
  persons: number
  visitors: number
  cases: number
  /** The last day of the history, with `bigDayBatches` batches. */
  bigDay: { id: number; date: string; batches: number }
  /** The day createDemoHall planned after the history (current leadership, tables 1–4). */
  nextDay: { id: number; date: string }
  /** Leaders of the current term (the demo hall's), for planning bench days. */
  currentLeaderIds: number[]
  townshipCodes: string[]
  firstDate: string
  lastDate: string
  generatedMs: number
}

const DAY_MS = 86_400_000
const HISTORY_END = '2024-12-25' // a Wednesday; reception days are weekly, on Wednesdays
const NEXT_DAY = '2025-01-08'
const SHARE_CONCLUDED = 0.91
const SHARE_NO_SHOW_OF_REST = 0.78

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const dateMs = (date: string) => Date.parse(`${date}T00:00:00Z`)
/** Local (China, UTC+8) wall time on `date` → ISO UTC timestamp. */
const localAt = (date: string, minutesOfDay: number) =>
  new Date(dateMs(date) + (minutesOfDay - 8 * 60) * 60_000).toISOString()
const addMinutes = (iso: string, minutes: number) =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString()
const pad = (n: number, width: number) => String(n).padStart(width, '0')

const QUERY_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

interface PersonMeta {
  birthYear: number
  township: string | null
}

/**
 * Generates a county's history into `file` (created by openStore, so the schema, indexes,
 * triggers and FTS tables are the real ones). Bulk inserts go through prepared statements in
 * large transactions; the file is a cache, so the connection writes with synchronous=OFF.
 */
export async function generateHistory(
  file: string,
  options: HistoryOptions,
  log: (line: string) => void = () => {},
): Promise<HistoryInfo> {
  const started = performance.now()
  const store = await openStore(file)
  const ctx = {
    db: store.db,
    bus: new ChangeBus(),
    now: () => new Date(`${NEXT_DAY}T00:00:00Z`),
    timeZone: HALL_DEFAULT_TIME_ZONE,
  }
  // The real reference data: 浦江县's townships, departments, the current leadership.
  const demoDay = await createDemoHall(actingAs(ctx, 'bench'), { date: NEXT_DAY })
  const db = store.sqlite
  db.pragma('synchronous = OFF')
  db.pragma('cache_size = -524288') // 512 MB: the indexes being filled stay in memory
  db.pragma('temp_store = memory')

  const root = rng(options.seed)
  const townships = db
    .prepare("select code, name from township where county_code = '330726' order by sort")
    .all() as { code: string; name: string }[]
  const townshipName = new Map(townships.map((t) => [t.code, t.name]))
  // The 街道 (town centre) are more populous than the mountain 乡.
  const townshipWeights = weighted(
    townships.map((t) => [t.code, t.name.endsWith('街道') ? 3 : t.name.endsWith('镇') ? 2 : 1]),
  )
  const categoryId = new Map(
    (db.prepare('select id, name from category').all() as { id: number; name: string }[]).map(
      (c) => [c.name, c.id],
    ),
  )
  const departmentIds = (db.prepare('select id from department').all() as { id: number }[]).map(
    (d) => d.id,
  )
  const currentLeaders = (
    db.prepare('select id from leader order by sort').all() as { id: number }[]
  ).map((l) => l.id)

  // ---- the calendar: weekly reception days over `years` years, ending on HISTORY_END
  const dates: string[] = []
  const endMs = dateMs(HISTORY_END)
  const startMs = endMs - options.years * 364 * DAY_MS
  for (let ms = startMs; ms <= endMs; ms += 7 * DAY_MS) dates.push(isoDate(ms))

  // ---- leaders of earlier terms (fictional), five-year terms; the last term is the demo's
  const terms = Math.max(1, Math.ceil(options.years / 5))
  const termLeaders: number[][] = []
  const insertLeader = db.prepare(
    'insert into leader (name, title, sort, active, created_at) values (?, ?, ?, 0, ?)',
  )
  const leaderRng = root.fork(1)
  for (let term = 0; term < terms - 1; term++) {
    const ids: number[] = []
    for (let i = 0; i < 8; i++) {
      const name = leaderRng.pickWeighted(SURNAMES) + givenName(leaderRng, true, 1960)
      const title = PAST_LEADER_TITLES[Math.min(i, PAST_LEADER_TITLES.length - 1)] ?? '副县长'
      const at = new Date(startMs + term * 5 * 364 * DAY_MS).toISOString()
      ids.push(Number(insertLeader.run(name, title, 1000 + term * 10 + i, at).lastInsertRowid))
    }
    termLeaders.push(ids)
  }
  termLeaders.push(currentLeaders)

  // ---- persons
  log(`persons: ${options.persons.toLocaleString('en')}`)
  const personMeta: PersonMeta[] = new Array<PersonMeta>(options.persons)
  const firstPersonId = insertPersons(db, root.fork(2), options, startMs, endMs, {
    townshipWeights,
    townshipName,
    personMeta,
  })

  // ---- batches, members, cases, outcomes, transitions, audit, summary indexes
  const concludedTarget = options.cases
  const totalBatches = Math.max(options.bigDayBatches, Math.round(options.cases / SHARE_CONCLUDED))
  const daySizes = spreadBatches(root.fork(3), dates, totalBatches, options.bigDayBatches)
  log(`days: ${dates.length}, batches: ${totalBatches.toLocaleString('en')}`)

  const insertDay = db.prepare(
    `insert into reception_day (date, place, opens_at, closes_at, state, created_at, opened_at,
       announced_10_at, announced_3_at)
     values (?, '县人民来访接待中心一楼接待大厅', '08:30', '17:00', 'open', ?, ?, ?, ?)`,
  )
  // Days are written open and closed once their batches are in (a closed day is read-only).
  const closeDays = db.prepare(
    `update reception_day set state = 'closed', closed_at = date || 'T09:30:00.000Z'
     where id between ? and ? and id != ?`,
  )
  const insertDuty = db.prepare(
    `insert into duty (day_id, leader_id, table_no, is_lead, state) values (?, ?, ?, ?, 'ended')`,
  )
  const insertBatch = db.prepare(
    `insert into batch (day_id, ticket_no, kind, headcount, duty_id, route_rule, nature, category_id,
       township_code, village, summary, flag_elderly, flag_disabled, flag_urgent, flag_hard, status,
       query_code, registered_at, called_at, started_at, ended_at, cancelled_at, cancel_reason,
       created_by, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'desk', ?)`,
  )
  const insertGrams = db.prepare('insert into batch_summary_grams (rowid, grams) values (?, ?)')
  const insertMember = db.prepare(
    'insert into batch_member (batch_id, person_id, role, sort) values (?, ?, ?, ?)',
  )
  const insertTransition = db.prepare(
    `insert into batch_transition (batch_id, at, from_status, to_status, from_duty_id, to_duty_id, reason, actor)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertAudit = db.prepare(
    `insert into audit_log (at, actor, action, entity, entity_id, before_json, after_json)
     values (?, ?, ?, ?, ?, null, ?)`,
  )
  const insertCase = db.prepare(
    `insert into petition_case (case_no, batch_id, day_id, nature, category_id, township_code, summary,
       outcome, department_id, owner_leader_id, accepted_on, deadline, deadline_rule, review_stage,
       state, closed_at, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  // Outcome details (department, owner, deadline) where the schema has them (0006).
  const outcomeColumns = new Set(
    (db.prepare("select name from pragma_table_info('outcome')").all() as { name: string }[]).map(
      (c) => c.name,
    ),
  )
  const detailed = ['department_id', 'owner_leader_id', 'deadline', 'deadline_rule'].every((c) =>
    outcomeColumns.has(c),
  )
  const insertOutcome = db.prepare(
    detailed
      ? `insert into outcome (case_id, kind, decision, channel, recorded_at, recorded_by,
           department_id, owner_leader_id, deadline, deadline_rule)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      : `insert into outcome (case_id, kind, decision, channel, recorded_at, recorded_by)
         values (?, ?, ?, ?, ?, ?)`,
  )
  const insertOutcomeDepartment = db.prepare(
    'insert into outcome_department (outcome_id, department_id) values (?, ?)',
  )

  const r = root.fork(4)
  const topicRng = root.fork(5)
  const outcomeKinds = weighted<string>([
    ['resolved_on_spot', 18],
    ['assigned', 48],
    ['forwarded', 10],
    ['explained', 18],
    ['not_accepted', 6],
  ])
  const routeRules = weighted<string>([
    ['township', 45],
    ['category', 25],
    ['shortest_wait', 22],
    ['manual', 3],
  ])
  const usedCodes = new Set<string>()
  const queryCode = () => {
    for (;;) {
      let code = ''
      for (let i = 0; i < 10; i++) code += QUERY_ALPHABET[r.int(0, QUERY_ALPHABET.length - 1)]
      if (!usedCodes.has(code)) {
        usedCodes.add(code)
        return code
      }
    }
  }

  const visitors: number[] = [] // person ids in order of first visit (with repeats)
  const frequent: number[] = [] // 老上访户: a few persons who come back again and again
  let batchesLeft = totalBatches
  let concludedLeft = concludedTarget
  let members = 0
  let cases = 0
  const caseSeqByYear = new Map<string, number>()
  let bigDay = { id: 0, date: '', batches: 0 }

  const writeDays = db.transaction((from: number, to: number) => {
    let firstDayId = 0
    let lastDayId = 0
    for (let d = from; d < to; d++) {
      const date = dates[d] as string
      const dayMs = dateMs(date)
      const term = Math.min(terms - 1, Math.floor((dayMs - startMs) / (5 * 364 * DAY_MS)))
      const leaders = termLeaders[term] as number[]
      const created = new Date(dayMs - 14 * DAY_MS).toISOString()
      const dayId = Number(
        insertDay.run(
          date,
          created,
          localAt(date, 8 * 60 + 20),
          new Date(dayMs - 10 * DAY_MS).toISOString(),
          new Date(dayMs - 3 * DAY_MS).toISOString(),
        ).lastInsertRowid,
      )
      const size = daySizes[d] as number
      const tables = Math.min(leaders.length, size >= 600 ? 8 : r.int(4, 6))
      const duties: { id: number; leaderId: number; tableNo: number }[] = []
      for (let t = 0; t < tables; t++) {
        const leaderId = leaders[t] as number
        const id = Number(insertDuty.run(dayId, leaderId, t + 1, t === 0 ? 1 : 0).lastInsertRowid)
        duties.push({ id, leaderId, tableNo: t + 1 })
      }
      if (d === dates.length - 1) bigDay = { id: dayId, date, batches: size }
      if (firstDayId === 0) firstDayId = dayId
      lastDayId = dayId

      // Persons who may visit by this day: those on file by then (ids grow with time).
      const onFile = Math.max(
        1,
        Math.floor(((dayMs - startMs) / (endMs - startMs)) * options.persons * 0.98) +
          Math.floor(options.persons * 0.02),
      )
      const openMinutes = 8 * 60 + 30
      const span = 7 * 60
      for (let ticket = 1; ticket <= size; ticket++) {
        // Arrivals bunch in the morning.
        const minute = openMinutes + Math.floor(span * Math.pow((ticket - 1) / size, 1.3))
        const registeredAt = localAt(date, minute + r.int(0, 1))
        const group = r.chance(0.18)
        const headcount = group
          ? r.chance(0.5)
            ? r.int(2, 4)
            : r.chance(0.8)
              ? r.int(5, 15)
              : r.int(16, 60)
          : 1
        const named = group ? Math.min(headcount, r.int(2, 5)) : 1
        const personIds: number[] = []
        let repeat = false
        while (personIds.length < named) {
          let personId: number
          const roll = r.next()
          if (frequent.length >= 50 && roll < 0.03) {
            personId = r.pick(frequent)
            repeat = true
          } else if (visitors.length > 0 && roll < 0.3) {
            // Recent visitors come back more often than those of years ago.
            const recent = r.chance(0.6)
            const from = recent ? Math.max(0, visitors.length - 20_000) : 0
            personId = visitors[r.int(from, visitors.length - 1)] as number
            repeat = true
          } else {
            personId = firstPersonId + r.int(0, onFile - 1)
          }
          if (personIds.includes(personId)) continue
          personIds.push(personId)
        }
        for (const id of personIds) {
          visitors.push(id)
          // A few hundred of them at any time; newcomers take the place of those who stop.
          if (r.chance(0.004)) {
            if (frequent.length < 400) frequent.push(id)
            else frequent[r.int(0, frequent.length - 1)] = id
          }
        }

        const topic: Topic = topicRng.pickWeighted(TOPICS)
        const lead = personMeta[(personIds[0] as number) - firstPersonId] as PersonMeta
        const townshipCode = lead.township ?? r.pickWeighted(townshipWeights)
        const place = { village: village(r) + '村', township: townshipName.get(townshipCode) ?? '' }
        const text = summary(topicRng, topic, place)
        const duty = r.pick(duties)
        const rule =
          headcount >= 5
            ? 'lead_leader'
            : repeat && r.chance(0.4)
              ? 'owner_leader'
              : r.pickWeighted(routeRules)
        const elderly = personIds.some(
          (id) => Number(date.slice(0, 4)) - (personMeta[id - firstPersonId]?.birthYear ?? 0) >= 70,
        )

        // Exactly `cases` concluded batches overall (selection sampling), each with one case.
        const concluded = r.next() < concludedLeft / batchesLeft
        batchesLeft -= 1
        if (concluded) concludedLeft -= 1
        const status = concluded
          ? 'concluded'
          : r.chance(SHARE_NO_SHOW_OF_REST)
            ? 'no_show'
            : 'cancelled'
        const calledAt = status === 'cancelled' ? null : addMinutes(registeredAt, r.int(3, 95))
        const startedAt = concluded && calledAt ? addMinutes(calledAt, r.int(1, 4)) : null
        const endedAt = startedAt ? addMinutes(startedAt, r.int(6, 40)) : null
        const cancelledAt = status === 'cancelled' ? addMinutes(registeredAt, r.int(1, 30)) : null
        const batchId = Number(
          insertBatch.run(
            dayId,
            ticket,
            group ? 'group' : 'individual',
            headcount,
            duty.id,
            rule,
            topic.nature,
            categoryId.get(topic.category) ?? null,
            townshipCode,
            place.village,
            text,
            elderly ? 1 : 0,
            r.chance(0.02) ? 1 : 0,
            r.chance(0.01) ? 1 : 0,
            r.chance(0.03) ? 1 : 0,
            status,
            queryCode(),
            registeredAt,
            calledAt,
            startedAt,
            endedAt,
            cancelledAt,
            cancelledAt ? r.pick(['登记有误，重新登记', '来访人离开']) : null,
            endedAt ?? cancelledAt ?? calledAt ?? registeredAt,
          ).lastInsertRowid,
        )
        insertGrams.run(batchId, summaryGrams(text))
        personIds.forEach((personId, sort) =>
          insertMember.run(batchId, personId, group ? 'representative' : 'petitioner', sort),
        )
        members += personIds.length
        insertTransition.run(batchId, registeredAt, null, 'waiting', null, duty.id, rule, 'desk')
        if (calledAt)
          insertTransition.run(
            batchId,
            calledAt,
            'waiting',
            'called',
            duty.id,
            duty.id,
            null,
            'board',
          )
        if (startedAt)
          insertTransition.run(
            batchId,
            startedAt,
            'called',
            'in_session',
            duty.id,
            duty.id,
            null,
            `table-${duty.tableNo}`,
          )
        if (endedAt)
          insertTransition.run(
            batchId,
            endedAt,
            'in_session',
            'concluded',
            duty.id,
            duty.id,
            null,
            `table-${duty.tableNo}`,
          )
        if (status === 'no_show' && calledAt)
          insertTransition.run(
            batchId,
            addMinutes(calledAt, 15),
            'called',
            'no_show',
            duty.id,
            duty.id,
            null,
            'board',
          )
        if (cancelledAt)
          insertTransition.run(
            batchId,
            cancelledAt,
            'waiting',
            'cancelled',
            duty.id,
            null,
            '来访人离开',
            'desk',
          )
        insertAudit.run(
          registeredAt,
          'desk',
          'batch.register',
          'batch',
          batchId,
          JSON.stringify({ ticketNo: ticket, tableNo: duty.tableNo, rule, headcount }),
        )

        if (concluded && endedAt) {
          const year = date.slice(0, 4)
          const seq = (caseSeqByYear.get(year) ?? 0) + 1
          caseSeqByYear.set(year, seq)
          const kind = r.pickWeighted(outcomeKinds)
          const handled = kind === 'assigned' || kind === 'forwarded'
          const departmentId = handled ? r.pick(departmentIds) : null
          const accepted = kind === 'not_accepted' ? null : date
          const deadline =
            kind === 'assigned' ? isoDate(dayMs + (r.chance(0.2) ? 30 : 60) * DAY_MS) : null
          const ageDays = (endMs - dayMs) / DAY_MS
          const state =
            kind !== 'assigned' && kind !== 'forwarded'
              ? 'closed'
              : ageDays > 120 || r.chance(ageDays / 120)
                ? 'closed'
                : r.chance(0.5)
                  ? 'replied'
                  : 'open'
          const reviewRoll = r.next()
          const review = reviewRoll < 0.005 ? 're_review' : reviewRoll < 0.025 ? 'review' : 'none'
          const closedAt =
            state === 'closed'
              ? kind === 'assigned' || kind === 'forwarded'
                ? new Date(dayMs + r.int(10, 55) * DAY_MS).toISOString()
                : endedAt
              : null
          const caseId = Number(
            insertCase.run(
              `${year}-${pad(seq, 5)}`,
              batchId,
              dayId,
              topic.nature,
              categoryId.get(topic.category) ?? null,
              townshipCode,
              text,
              kind,
              departmentId,
              kind === 'assigned' ? duty.leaderId : null,
              accepted,
              deadline,
              deadline ? 'statute' : null,
              review,
              state,
              closedAt,
              endedAt,
              closedAt ?? endedAt,
            ).lastInsertRowid,
          )
          const outcome = [
            caseId,
            kind,
            r.pick(DECISIONS[kind] ?? ['']),
            kind === 'not_accepted' ? '人民法院' : null,
            endedAt,
            `table-${duty.tableNo}`,
          ]
          if (detailed)
            outcome.push(
              departmentId,
              kind === 'assigned' ? duty.leaderId : null,
              deadline,
              deadline ? 'statute' : null,
            )
          const outcomeId = Number(insertOutcome.run(...outcome).lastInsertRowid)
          if (departmentId) insertOutcomeDepartment.run(outcomeId, departmentId)
          cases += 1
        }
      }
    }
    // The last day stays open: its tally is the one computed live (at close, or on the
    // reports page during the day).
    closeDays.run(firstDayId, lastDayId, bigDay.id)
  })
  const CHUNK = 40
  for (let d = 0; d < dates.length; d += CHUNK) {
    writeDays(d, Math.min(dates.length, d + CHUNK))
    if ((d / CHUNK) % 5 === 0) log(`  days ${d + 1}–${Math.min(dates.length, d + CHUNK)}`)
  }

  // FTS5 segments merged into one b-tree per index: how a long-lived hall database looks
  // after its automerges, and what queries read.
  // The history must pass the desk's own checks: a sample of the ID numbers, checked.
  const sample = db
    .prepare('select id_number from person where id_number is not null and id % 997 = 0')
    .pluck()
    .all() as string[]
  const invalid = sample.filter((id) => !checkIdNumber(id, NEXT_DAY).ok)
  if (invalid.length > 0)
    throw new Error(`invalid ID numbers generated: ${invalid.slice(0, 3).join(', ')}`)

  log('optimising the summary indexes')
  db.exec("insert into batch_summary_fts (batch_summary_fts) values ('optimize')")
  db.exec("insert into batch_summary_grams (batch_summary_grams) values ('optimize')")
  db.pragma('wal_checkpoint(TRUNCATE)')

  const distinctVisitors = new Set(visitors).size
  const info: HistoryInfo = {
    options,
    days: dates.length,
    batches: totalBatches,
    members,
    persons: options.persons,
    visitors: distinctVisitors,
    cases,
    bigDay,
    nextDay: { id: demoDay.id, date: NEXT_DAY },
    currentLeaderIds: currentLeaders,
    townshipCodes: townships.map((t) => t.code),
    firstDate: dates[0] as string,
    lastDate: dates[dates.length - 1] as string,
    generatedMs: 0,
  }
  db.prepare('insert into setting (key, value) values (?, ?)').run(
    'bench.history',
    JSON.stringify({ ...info, generatedMs: undefined }),
  )
  db.pragma('synchronous = FULL')
  await store.close()
  info.generatedMs = performance.now() - started
  return info
}

/** Spreads `total` batches over the days: the last day gets `bigDay`, the others vary. */
function spreadBatches(r: Rng, dates: string[], total: number, bigDay: number): number[] {
  const rest = total - bigDay
  const weights = dates.slice(0, -1).map((date) => {
    const month = Number(date.slice(5, 7))
    // Wage arrears and year-end claims crowd the weeks before the Spring Festival.
    const season = month === 1 || month === 12 ? 1.4 : month === 2 ? 0.7 : 1
    return season * (0.6 + r.next() * 0.8)
  })
  const sum = weights.reduce((a, b) => a + b, 0)
  const sizes = weights.map((w) => Math.max(1, Math.floor((w / sum) * rest)))
  let missing = rest - sizes.reduce((a, b) => a + b, 0)
  for (let i = 0; missing > 0; i = (i + 1) % sizes.length, missing--)
    sizes[i] = (sizes[i] as number) + 1
  sizes.push(bigDay)
  return sizes
}

function insertPersons(
  db: BetterSqlite3.Database,
  r: Rng,
  options: HistoryOptions,
  startMs: number,
  endMs: number,
  refs: {
    townshipWeights: ReturnType<typeof weighted<string>>
    townshipName: Map<string, string>
    personMeta: PersonMeta[]
  },
): number {
  const insert = db.prepare(
    `insert into person (name, id_number, phone, address, township_code, birth_date, sex, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const seen = new Set<string>()
  const phones: string[] = []
  let firstId = 0
  const CHUNK = 100_000
  const write = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const region = r.pickWeighted(REGIONS)
      const birthYear = r.pickWeighted(BIRTH_DECADES) + r.int(0, 9)
      const month = r.int(1, 12)
      const day = r.int(1, new Date(Date.UTC(birthYear, month, 0)).getUTCDate())
      const birthDate = `${birthYear}-${pad(month, 2)}-${pad(day, 2)}`
      const male = r.chance(0.55)
      let first17 = ''
      for (;;) {
        let seq = r.int(0, 499) * 2 + (male ? 1 : 0)
        if (seq === 0) seq = 2
        first17 = `${region}${birthYear}${pad(month, 2)}${pad(day, 2)}${pad(seq, 3)}`
        if (!seen.has(first17)) break
      }
      seen.add(first17)
      const idNumber = r.chance(0.04) ? null : first17 + idCheckCharacter(first17)
      const local = region === '330726' || r.chance(0.3)
      const township = local ? r.pickWeighted(refs.townshipWeights) : null
      const name = r.pickWeighted(SURNAMES) + givenName(r, male, birthYear)
      const phoneRoll = r.next()
      let phone: string | null
      if (phoneRoll < 0.05 && phones.length > 0)
        phone = r.pick(phones) // family members share
      else if (phoneRoll < 0.85) phone = r.pick(MOBILE_PREFIXES) + pad(r.int(0, 99_999_999), 8)
      else if (phoneRoll < 0.92) phone = `0579-8${pad(r.int(0, 9_999_999), 7)}`
      else phone = null
      if (phone && phones.length < 200_000) phones.push(phone)
      const address = township
        ? `浙江省浦江县${refs.townshipName.get(township) ?? ''}${village(r)}村${r.int(1, 300)}号`
        : null
      const created = new Date(startMs + ((endMs - startMs) * i) / options.persons).toISOString()
      const id = Number(
        insert.run(
          name,
          idNumber,
          phone,
          address,
          township,
          birthDate,
          male ? 'male' : 'female',
          created,
          created,
        ).lastInsertRowid,
      )
      if (i === 0) firstId = id
      refs.personMeta[i] = { birthYear, township }
    }
  })
  for (let i = 0; i < options.persons; i += CHUNK) write(i, Math.min(options.persons, i + CHUNK))
  return firstId
}
