import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import fc from 'fast-check'
import type { z } from 'zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHub, type RunningHub } from '../../../src/main/hub/startHub'
import { contract } from '@shared/contract'
import { seedHall } from './baseInputs'

// Nothing invalid is stored (issue 10 §3): every procedure of the contract that takes an input,
// sent over HTTP to a real hub on a real SQLite file, with inputs made invalid in one place
// (wrong types, out-of-range numbers, impossible dates, control characters, lone surrogates,
// oversized strings and arrays, missing required fields), each derived from a valid input of
// that procedure. Every one must be refused with 400 and field issues in the caller's language,
// and leave every table's row count as it was.

const TOKEN = 'invalid-inputs-token'
let hub: RunningHub
let dir: string
let base: string
let db: Database.Database

interface Reply {
  status: number
  body: {
    result?: { data: unknown }
    error?: {
      message: string
      data: { httpStatus: number; issues?: { path: string; key: string; message: string }[] }
    }
  }
}

type Kind = 'query' | 'mutation'

/** JSON.stringify escapes lone surrogates and controls, so the text on the wire is ASCII. */
async function send(kind: Kind, path: string, input: unknown, locale?: string): Promise<Reply> {
  const headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }
  if (locale) headers['x-locale'] = locale
  const json = JSON.stringify(input)
  const res =
    kind === 'query'
      ? await fetch(
          `${base}/trpc/${path}${json === undefined ? '' : `?input=${encodeURIComponent(json)}`}`,
          { headers },
        )
      : await fetch(`${base}/trpc/${path}`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: json,
        })
  return { status: res.status, body: (await res.json()) as Reply['body'] }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- seeded replies, read by field
async function ok(kind: Kind, path: string, input?: unknown): Promise<any> {
  const reply = await send(kind, path, input)
  if (!reply.body.result) throw new Error(`${path}: ${reply.body.error?.message ?? reply.status}`)
  return reply.body.result.data
}
const mutate = (path: string, input?: unknown) => ok('mutation', path, input)
const query = (path: string, input?: unknown) => ok('query', path, input)

let tables: string[] = []

/** Rows of every table (virtual and shadow tables included), keyed by table. */
function rowCounts(): Record<string, number> {
  return Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
  )
}

/** Changes whenever another connection (the hub's) commits to the database. */
const dataVersion = () => db.pragma('data_version', { simple: true }) as number

const cell = (_key: string, v: unknown) =>
  Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'bigint' ? String(v) : v

/**
 * What every row holds, hashed per table: a refused request changes no row either (an UPDATE
 * leaves the counts as they were). The database is small here, so this is cheap.
 */
function contents(): Record<string, string> {
  return Object.fromEntries(
    tables.map((t) => {
      const hash = createHash('sha256')
      for (const row of db.prepare(`SELECT * FROM "${t}"`).raw().iterate())
        hash.update(JSON.stringify(row, cell))
      return [t, hash.digest('hex')]
    }),
  )
}

let bases: Record<string, unknown> = {}

// ── invalid inputs derived from a valid one ─────────────────────────────────────────────

type Path = (string | number)[]
interface Invalid {
  path: Path
  why: string
  input: unknown
}

// Controls that are not whitespace (an ID reader's stray whitespace is normalised away, so a
// tab there is not invalid), DEL and C1; and lone surrogates of both halves.
const controlChar = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000E',
  '\u001B',
  '\u001F',
  '\u007F',
  '\u0085',
  '\u009F',
)
const loneSurrogate = fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF')
const impossibleDate = fc.constantFrom(
  '2026-02-30',
  '2025-02-29',
  '2026-04-31',
  '0000-00-00',
  '9999-99-99',
  '2026-13-01',
  '2026-00-10',
  '1999-12-31',
  '2100-01-01',
  '2026-1-01',
)
const impossibleTime = fc.constantFrom('24:00', '12:60', '7:30', '99:99', '12:5')
const shapeOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v)
const wrongType = fc.constantFrom<unknown>(null, 42, true, 'x', [], {}, [1, 2])
const badNumber = fc.constantFrom<unknown>(
  -1,
  0,
  0.5,
  1.5,
  -0.000001,
  1e21,
  Number.MAX_SAFE_INTEGER + 2,
  '1',
  null,
  true,
  [1],
)

const setAt = (value: unknown, path: Path, next: unknown | typeof REMOVE): unknown => {
  if (path.length === 0) return next
  const [head, ...rest] = path as [string | number, ...Path]
  if (Array.isArray(value)) {
    const copy = [...value]
    copy[head as number] = setAt(copy[head as number], rest, next)
    return copy
  }
  const copy = { ...(value as Record<string, unknown>) }
  const inner = setAt(copy[head], rest, next)
  if (inner === REMOVE) delete copy[head]
  else copy[head] = inner
  return copy
}
const REMOVE = Symbol('remove')

/** Every place in a value, with the value there. */
function places(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  const here = { path, value }
  if (Array.isArray(value)) return [here, ...value.flatMap((item, i) => places(item, [...path, i]))]
  if (value && typeof value === 'object')
    return [here, ...Object.entries(value).flatMap(([key, item]) => places(item, [...path, key]))]
  return [here]
}

const insertAt = (s: string, bad: string, at: number) => {
  // Inside the text, so trimming never removes it; never between the halves of a pair.
  let i = Math.min(Math.max(1, at), Math.max(1, s.length - 1))
  if (/[\uDC00-\uDFFF]/.test(s[i] ?? '')) i -= 1
  return s.slice(0, i) + bad + s.slice(i)
}

/**
 * Strings whose limit lies above what a run should send: a PDF's base64 (16 MB), refused by the
 * transport's body limit before it reaches the schema. The other kinds of damage still apply.
 */
const LARGE_STRINGS = new Set(['case.attachPdf:pdfBase64', 'calendar.importFile:text'])

/** What can be wrong with the value at one place (a string, number, boolean, array, object). */
function invalidAt(value: unknown, large = false): fc.Arbitrary<{ why: string; value: unknown }> {
  const tagged = (why: string, arb: fc.Arbitrary<unknown>) => arb.map((v) => ({ why, value: v }))
  const options: fc.Arbitrary<{ why: string; value: unknown }>[] = [
    tagged(
      'wrong type',
      wrongType.filter((v) => shapeOf(v) !== shapeOf(value)),
    ),
  ]
  if (typeof value === 'string') {
    const s = value.length > 1 ? value : `${value}中文`
    options.push(
      tagged(
        'control character',
        fc.tuple(controlChar, fc.nat()).map(([c, at]) => insertAt(s, c, at % (s.length + 1))),
      ),
      tagged(
        'lone surrogate',
        fc.tuple(loneSurrogate, fc.nat()).map(([c, at]) => insertAt(s, c, at % (s.length + 1))),
      ),
      ...(large
        ? []
        : [
            tagged(
              'oversized string',
              fc.integer({ min: 4_001, max: 12_000 }).map((n) => s + 'x'.repeat(n)),
            ),
          ]),
      tagged('number for a string', fc.constantFrom(1, 0, -1)),
    )
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) options.push(tagged('impossible date', impossibleDate))
    if (/^\d{2}:\d{2}$/.test(value)) options.push(tagged('impossible time', impossibleTime))
  } else if (typeof value === 'number') {
    options.push(tagged('number out of range', badNumber))
  } else if (typeof value === 'boolean') {
    options.push(tagged('not a boolean', fc.constantFrom('true', 1, 0, null)))
  } else if (Array.isArray(value) && value.length > 0) {
    options.push(
      tagged(
        'oversized array',
        fc.integer({ min: 101, max: 400 }).map((n) => Array.from({ length: n }, () => value[0])),
      ),
      tagged(
        'junk element',
        fc.constantFrom<unknown>(null, 'junk', -7, [[]]).map((junk) => [...value, junk]),
      ),
    )
  }
  return fc.oneof(...options)
}

/** The invalid inputs of one procedure: one place of its valid input made wrong. */
function invalidInputs(name: string, schema: z.ZodType, valid: unknown): fc.Arbitrary<Invalid> {
  const all = places(valid)
  // A field is required when leaving it out is refused by the schema: only those go missing.
  const required = all.filter(
    (p) =>
      p.path.length > 0 &&
      typeof p.path[p.path.length - 1] === 'string' &&
      !schema.safeParse(setAt(valid, p.path, REMOVE)).success,
  )
  const changed = fc.constantFrom(...all).chain((place) =>
    invalidAt(place.value, LARGE_STRINGS.has(`${name}:${place.path.join('.')}`)).map((bad) => ({
      path: place.path,
      why: bad.why,
      input: setAt(valid, place.path, bad.value),
    })),
  )
  if (required.length === 0) return changed
  const missing = fc.constantFrom(...required).map((place) => ({
    path: place.path,
    why: 'missing required field',
    input: setAt(valid, place.path, REMOVE),
  }))
  return fc.oneof({ arbitrary: changed, weight: 4 }, { arbitrary: missing, weight: 1 })
}

/** Always tried, beside the random ones: the dates of the issue and impossible times. */
function examplesOf(valid: unknown): Invalid[] {
  return places(valid).flatMap(({ path, value }) => {
    if (typeof value !== 'string') return []
    const bad = /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? ['2026-02-30', '0000-00-00', '9999-99-99']
      : /^\d{2}:\d{2}$/.test(value)
        ? ['24:00', '12:60']
        : []
    return bad.map((v) => ({ path, why: `impossible ${v}`, input: setAt(valid, path, v) }))
  })
}

// ── the procedures ──────────────────────────────────────────────────────────────────────

const procedures = Object.entries(contract).flatMap(([domain, procs]) =>
  Object.entries(procs as Record<string, { kind: string; input: z.ZodType | undefined }>).map(
    ([name, p]) => ({ name: `${domain}.${name}`, kind: p.kind, input: p.input }),
  ),
)
/** Procedures that take an input over HTTP (subscriptions run over the WebSocket only). */
const withInput = procedures.filter(
  (p): p is { name: string; kind: Kind; input: z.ZodType } =>
    p.kind !== 'subscription' && p.input !== undefined,
)

const CJK = /[\u4E00-\u9FFF]/
const related = (a: string, b: string) =>
  a === b || a === '' || b === '' || a.startsWith(`${b}.`) || b.startsWith(`${a}.`)

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'reception-day-invalid-'))
  const dbFile = join(dir, 'hall.db')
  hub = await startHub({
    dbFile,
    host: '127.0.0.1',
    port: 0,
    token: TOKEN,
    rendererDir: dir,
    version: 'test',
  })
  base = `http://127.0.0.1:${hub.server.port}`
  bases = await seedHall(mutate, query)
  db = new Database(dbFile, { readonly: true, fileMustExist: true })
  tables = (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[]
  ).filter((t) => /^[A-Za-z0-9_]+$/.test(t))
}, 60_000)

afterAll(async () => {
  db?.close()
  await hub?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('invalid inputs over HTTP', () => {
  it('has a valid base input for every procedure that takes one', () => {
    expect(withInput.length).toBeGreaterThan(40)
    const missing = withInput.filter((p) => !(p.name in bases)).map((p) => p.name)
    expect(missing, 'add a valid base input for these procedures').toEqual([])
    const known = new Set(withInput.map((p) => p.name))
    expect(Object.keys(bases).filter((name) => !known.has(name))).toEqual([])
    for (const p of withInput) {
      const parsed = p.input.safeParse(bases[p.name])
      expect(parsed.error?.issues ?? [], `${p.name}: its base input must be valid`).toEqual([])
    }
  })

  it('names the bound a text or number broke, in either language', async () => {
    const long = await send('mutation', 'reference.createCategory', { name: '类'.repeat(41) })
    expect(long.body.error?.data.issues).toMatchObject([
      { path: 'name', key: 'validation.tooLong', message: '内容过长：最多 40 个字' },
    ])
    const nul = await send('mutation', 'leader.create', { name: '王\u0000五' }, 'en')
    expect(nul.body.error?.data.issues?.[0]?.message).toBe(
      'No line breaks, tabs or other control characters',
    )
    const date = await send('query', 'day.get', { date: '2026-02-30' })
    expect(date.body.error?.data.issues?.[0]?.message).toBe(
      '日期不存在或格式不对（应为 YYYY-MM-DD）',
    )
  })

  it('refuses every invalid input with 400 and field issues in the caller’s language, storing nothing', async () => {
    const counts = rowCounts()
    const before = contents()
    const version = dataVersion()
    // ONLY=domain.name runs one procedure while debugging; FC_SEED replays a run.
    for (const p of withInput.filter((q) => !process.env.ONLY || q.name === process.env.ONLY)) {
      const valid = bases[p.name]
      // A request wrongly accepted changes the database for good, so the inputs fast-check
      // shrinks to afterwards fail for another reason: report the first failure.
      let first: unknown
      const property = fc.asyncProperty(
        invalidInputs(p.name, p.input, valid),
        fc.boolean(),
        async (invalid, english) => {
          try {
            const reply = await send(p.kind, p.name, invalid.input, english ? 'en' : undefined)
            const where = `${p.name} (${invalid.why} at ${invalid.path.join('.') || 'input'})`
            expect(reply.status, `${where}: ${JSON.stringify(reply.body).slice(0, 300)}`).toBe(400)
            const error = reply.body.error
            const issues = error?.data.issues ?? []
            expect(issues.length, where).toBeGreaterThan(0)
            const target = invalid.path.join('.')
            expect(
              issues.some((i) => related(i.path, target)),
              `${where}: issues at ${issues.map((i) => i.path).join(', ')}`,
            ).toBe(true)
            for (const issue of [error?.message ?? '', ...issues.map((i) => i.message)]) {
              if (english) expect(issue, where).not.toMatch(CJK)
              else expect(issue, where).toMatch(CJK)
            }
            expect(rowCounts(), where).toEqual(counts)
            expect(dataVersion(), `${where}: nothing is committed`).toBe(version)
          } catch (error) {
            first ??= error
            throw error
          }
        },
      )
      const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31)
      const examples = examplesOf(valid).map((e, i): [Invalid, boolean] => [e, i % 2 === 1])
      await fc.assert(property, { numRuns: 20, seed, examples }).catch((error: unknown) => {
        throw first ?? error
      })
      expect(contents(), `${p.name}: no row changed`).toEqual(before)
    }
  }, 120_000)
})
