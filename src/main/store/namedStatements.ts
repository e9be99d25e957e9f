import { createHash } from 'node:crypto'
import type pg from 'pg'

/** Marks a statement to be planned for its values each time (a comment in its SQL). */
export const CUSTOM_PLAN = '/* custom plan */'

type Query = (text: unknown, values?: unknown, callback?: unknown) => unknown

/**
 * Gives every parameterised query a statement name derived from its text, so that each pool
 * connection parses a query once and afterwards only binds and executes it, and after five
 * executions PostgreSQL may keep a generic plan instead of planning again (plan_cache_mode
 * auto: only when the generic plan's estimate is no worse than the custom plans'). Planning was
 * most of the server's time for these small index queries: in A/B runs on one clone of the
 * bench history a repeat check took 2.0–3.6 ms named against 4.1–6.3 ms unnamed
 * (bench/README.md); with names but a custom plan each time (force_custom_plan) there was no
 * gain, so it is the plan, not the parse.
 *
 * A statement whose best plan depends on its values — the summary search, where a common word
 * is best found by walking the newest batches and a rare one through the trigram index — says
 * so with CUSTOM_PLAN in its text and stays unnamed: planned afresh for each search.
 *
 * Only once `enabled()` says so — after the migrations, so that no statement is prepared
 * against a table a migration then changes (PostgreSQL refuses a cached plan whose result
 * type changed).
 */
export function nameStatements(pool: pg.Pool, enabled: () => boolean): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as Query
    const prepared = new Set<string>()
    const nameFor = (text: string): string | undefined => {
      const name = statementName(text)
      if (prepared.has(name)) return name
      if (prepared.size >= MAX_PER_CONNECTION) return undefined
      prepared.add(name)
      return name
    }
    const named: Query = (text, values, callback) => {
      const name =
        enabled() &&
        typeof text === 'string' &&
        Array.isArray(values) &&
        values.length > 0 &&
        !text.includes(CUSTOM_PLAN)
          ? nameFor(text)
          : undefined
      return name
        ? query({ name, text, values }, undefined, callback)
        : query(text, values, callback)
    }
    client.query = named as typeof client.query
  })
}

/**
 * The server keeps a connection's named statements until it closes, and node-postgres never
 * deallocates them: past this many distinct texts on one connection (lists of ids make new
 * texts), further ones run unnamed, so a hub open all day holds a bounded set.
 */
export const MAX_PER_CONNECTION = 500

const names = new Map<string, string>()
const MAX_NAMES = 2000

/** A name for the text, the same in every connection (63 bytes at most on the server). */
function statementName(text: string): string {
  let name = names.get(text)
  if (!name) {
    name = 'rd_' + createHash('sha1').update(text).digest('hex')
    if (names.size >= MAX_NAMES) names.clear()
    names.set(text, name)
  }
  return name
}
