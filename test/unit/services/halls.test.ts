import { TRPCError } from '@trpc/server'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contract } from '@shared/contract'
import { HUB_ADMIN } from '../../../src/main/hub/access'
import { actingAs } from '../../../src/main/services/core/context'
import { deviceBySecret, pairDevice } from '../../../src/main/services/device/devices'
import {
  DAY_DATE,
  DAY_PLAN,
  DAY_START,
  inProcessHub,
  runReceptionDay,
} from '../../support/receptionDay'
import { tempStore, type TempStore } from '../../support/tempStore'
import { seedHall, SEEDED_PERSON } from '../hub/baseInputs'

// Several halls on one server (issue 13, migration 0014): hall A (Pujiang, 330726) is seeded with
// one of every record (day, batches, case, outcome, document, appointment: test/unit/hub's
// seedHall), hall B (Yiwu, 330782) runs the whole reception day of receptionDay.ts on the same
// date in the same database. Then every procedure of the contract is walked from hall B with
// hall A's inputs: each one naming a record of hall A is refused as not found (nothing read,
// nothing changed), and every answer names none of hall A's days, batches or cases. A procedure
// (or a new query) that forgot its hall shows up here. Only the desk's repeat check reads every
// hall's history, and names the hall of each earlier visit.

const HALL_A = '330726'
const HALL_B = '330782'

let hall: TempStore
let a: ReturnType<typeof inProcessHub>
let b: ReturnType<typeof inProcessHub>
let inputsA: Record<string, unknown>
let dayB: number
const ofA = { dayId: new Set<number>(), batchId: new Set<number>(), caseId: new Set<number>() }
const caseNosA = new Set<string>()

const procedures = Object.entries(contract).flatMap(([domain, procs]) =>
  Object.entries(procs as Record<string, { kind: string }>).map(([name, p]) => ({
    path: `${domain}.${name}`,
    kind: p.kind,
  })),
)

/** Whether an input names a record of hall A (a day, batch, case, or one of theirs). */
const namesHallA = (input: unknown): boolean =>
  JSON.stringify(input ?? {}).match(
    /"(dayId|batchId|caseId|outcomeId|documentId|appointmentId|caseIds|ofCaseIds)"/,
  ) !== null ||
  // appointment.cancel names its appointment `id`.
  (typeof input === 'object' && input !== null && 'reason' in input && 'id' in input)

/** Where an answer names one of hall A's days, batches or cases (path → what). */
function hallALeaks(value: unknown, at = '$', found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v, i) => hallALeaks(v, `${at}[${i}]`, found))
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    for (const [key, v] of Object.entries(record)) {
      if (key in ofA && typeof v === 'number' && ofA[key as keyof typeof ofA].has(v))
        found.push(`${at}.${key}=${v}`)
      if (key === 'caseNo' && typeof v === 'string' && caseNosA.has(v))
        found.push(`${at}.caseNo=${v}`)
      hallALeaks(v, `${at}.${key}`, found)
    }
    // A day as the plan lists it: { id, date, … }.
    if (typeof record['id'] === 'number' && 'date' in record && ofA.dayId.has(record['id']))
      found.push(`${at}.id=${record['id']} (a day)`)
  }
  return found
}

beforeAll(async () => {
  hall = await tempStore()
  b = inProcessHub(hall.store, 'desk-b', HUB_ADMIN, 'zh-CN', HALL_B)
  const run = await runReceptionDay(b)
  dayB = run.dayId
  a = inProcessHub(hall.store, 'desk-a', HUB_ADMIN, 'zh-CN', HALL_A)
  a.setClock(DAY_START + 9 * 3600_000)
  inputsA = await seedHall(a.call, a.call)
  const day = (await a.caller.day.get({})) as { id: number }
  ofA.dayId.add(day.id)
  for (const row of await a.caller.batch.listForDay({ dayId: day.id })) ofA.batchId.add(row.batchId)
  for (const row of (await a.caller.case.list({ state: 'all', due: 'all', limit: 200 })).rows) {
    ofA.caseId.add(row.caseId)
    caseNosA.add(row.caseNo)
  }
  b.setClock(DAY_START + 9 * 3600_000)
}, 120_000)

afterAll(async () => {
  await hall?.close()
})

describe('two halls on one database', () => {
  it('each hall has its own day on the same date, and its own records only', async () => {
    const dayA = [...ofA.dayId][0]
    expect(dayA).toBeDefined()
    expect(dayA).not.toBe(dayB)
    expect(ofA.batchId.size).toBe(2)
    expect(ofA.caseId.size).toBe(1)
    expect([...caseNosA][0]).toMatch(/^JF330726-/)
    const dayOfB = await b.caller.day.get({})
    expect(dayOfB?.id).toBe(dayB)
    const dayOfA = await a.caller.day.get({})
    expect(dayOfA?.id).toBe(dayA)
    const cases = await b.caller.case.list({ state: 'all', due: 'all', limit: 200 })
    expect(cases.rows.length).toBeGreaterThan(0)
    expect(cases.rows.every((r) => r.caseNo.startsWith('JF330782-'))).toBe(true)
  })

  it("refuses every procedure naming one of hall A's records at hall B, as not found", async () => {
    const walked: string[] = []
    for (const { path, kind } of procedures) {
      if (kind === 'subscription') continue
      const input = inputsA[path]
      if (!namesHallA(input)) continue
      walked.push(path)
      const error = await b.call(path, input).then(
        () => undefined,
        (e: unknown) => e,
      )
      expect(error, `${path} from hall B with hall A's input`).toBeInstanceOf(TRPCError)
      expect((error as TRPCError).code, path).toBe('NOT_FOUND')
    }
    // Every kind of record a hall owns is named by some procedure here.
    expect(walked.length).toBeGreaterThan(30)
    // Hall A's records are as they were: its waiting batch still waits, its case still open.
    const [waiting] = (await a.caller.batch.listForDay({ dayId: [...ofA.dayId][0] ?? 0 })).filter(
      (r) => r.status === 'waiting',
    )
    expect(waiting).toBeDefined()
  })

  it("answers every other query at hall B without a day, batch or case of hall A's", async () => {
    const leaks: Record<string, string[]> = {}
    let asked = 0
    for (const { path, kind } of procedures) {
      if (kind !== 'query') continue
      const input = inputsA[path]
      if (namesHallA(input)) continue
      // The repeat check is the one reading every hall (below).
      if (path === 'desk.lookup' || path === 'desk.search') continue
      asked += 1
      const answer = await b.call(path, input).catch((e: unknown) => ({ refused: String(e) }))
      const found = hallALeaks(answer)
      if (found.length > 0) leaks[path] = found
    }
    expect(asked).toBeGreaterThan(10)
    expect(leaks).toEqual({})
  })

  it("hall B's queues and tally hold hall B's batches only", async () => {
    const board = await b.caller.queue.board({ dayId: dayB })
    expect(hallALeaks(board)).toEqual([])
    const tally = await b.caller.tally.get({ dayId: dayB })
    expect(hallALeaks(tally)).toEqual([])
    const registered = DAY_PLAN.filter((p) => p.fate !== 'cancelled').length
    expect(tally.totals.batches).toBe(registered)
  })

  it("shows every hall's day and rates in the city view, opening only the hub's own day", async () => {
    const city = await b.caller.tally.city({ date: DAY_DATE })
    expect(city.halls.map((h) => [h.code, h.name, h.own])).toEqual([
      [HALL_A, '浦江县', false],
      [HALL_B, '义乌市', true],
    ])
    const [ofHallA, ofHallB] = city.halls
    expect(ofHallA?.totals?.batches).toBe(2)
    expect(ofHallA?.dayId).toBeNull()
    expect(ofHallB?.dayId).toBe(dayB)
    expect(ofHallB?.totals?.batches).toBe(DAY_PLAN.filter((p) => p.fate !== 'cancelled').length)
    expect(ofHallB?.response.of).toBeGreaterThanOrEqual(0)
  })

  it("answers hall B's kiosk for hall B's visits only, and a table's own cases of hall B", async () => {
    const visit = await hall.row<{ code: string; idNumber: string }>(sql`
      select batch.query_code as code, person.id_number as "idNumber"
      from batch
      join reception_day on reception_day.id = batch.day_id
      join batch_member on batch_member.batch_id = batch.id
      join person on person.id = batch_member.person_id
      where reception_day.hall = ${HALL_A} and person.id_number is not null
      order by batch.id limit 1`)
    expect(visit).toBeDefined()
    const input = { code: visit!.code, lastDigits: visit!.idNumber.slice(-4) }
    expect((await b.caller.followUp.query(input)).status).toBe('notFound')
    expect((await a.caller.followUp.query(input)).status).toBe('found')
    for (const tableNo of [1, 2, 3]) {
      const owned = await b.caller.followUp.owned({ tableNo })
      expect(hallALeaks(owned)).toEqual([])
    }
  })

  it("keeps each hall's people and paired devices to its own hub", async () => {
    const person = { roles: ['desk' as const], secretKind: 'pin' as const, secret: '135790' }
    const ofA = await a.caller.people.create({ name: '赵登记', ...person })
    // The same name at another hall is another person; neither list shows the other's.
    const ofB = await b.caller.people.create({ name: '赵登记', ...person })
    expect(ofA.id).not.toBe(ofB.id)
    const listA = (await a.caller.people.list()).map((p) => p.id)
    const listB = (await b.caller.people.list()).map((p) => p.id)
    expect(listA).toContain(ofA.id)
    expect(listA).not.toContain(ofB.id)
    expect(listB).toEqual([ofB.id])
    await expect(b.caller.people.unlock({ id: ofA.id })).rejects.toThrow()

    // A device paired at hall A's hub: its secret is accepted there only.
    const { device, secret } = await pairDevice(
      actingAs(a.services, 'admin-a'),
      { name: '一号登记台', role: 'desk', tableNo: null },
      '192.168.1.21',
    )
    expect((await deviceBySecret(hall.store.db, secret, HALL_A))?.id).toBe(device.id)
    expect(await deviceBySecret(hall.store.db, secret, HALL_B)).toBeUndefined()
    expect((await b.caller.device.list()).map((d) => d.id)).not.toContain(device.id)
    await expect(b.caller.device.revoke({ id: device.id })).rejects.toThrow()
  })

  it("finds hall A's petitioner as a repeat at hall B's desk, naming hall A", async () => {
    const found = await b.caller.desk.lookup({ dayId: dayB, idNumber: SEEDED_PERSON.idNumber })
    expect(found.persons.map((p) => p.maskedIdNumber)).toHaveLength(1)
    expect(found.visits.length).toBeGreaterThan(0)
    for (const visit of found.visits) {
      expect(visit.hall).toEqual({ code: HALL_A, name: '浦江县', elsewhere: true })
      expect(ofA.batchId.has(visit.batchId)).toBe(true)
    }
    const hits = await b.caller.desk.search({ query: '宅基地', limit: 10 })
    expect(hits.some((h) => h.hall.code === HALL_A && h.hall.elsewhere)).toBe(true)
    // At hall A the same visits are its own.
    const own = await a.caller.desk.lookup({ idNumber: SEEDED_PERSON.idNumber })
    expect(own.visits.every((v) => !v.hall.elsewhere)).toBe(true)
  })
})
