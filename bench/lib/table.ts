import type { Figure } from './figure'
import { ms } from './stats'

interface Machine {
  cores: number
  cpu: string
  memoryGb: number
  platform: string
  node: string
  sqlite: string
}

const result = (f: Figure) =>
  f.status !== 'ok'
    ? f.status.toUpperCase()
    : f.met === undefined || f.met === null
      ? ''
      : f.met
        ? 'met'
        : 'NOT MET'

/** The figures as a plain-text table (ASCII only, so columns line up in any terminal). */
export function printTable(
  figures: Figure[],
  machine: Machine,
  timing: { historyMs: number; generated: boolean; totalMs: number },
): void {
  const rows = figures.map((f) => [
    f.group === 0 ? '·' : String(f.group),
    f.name,
    f.size,
    f.runs ? String(f.runs) : '',
    ms(f.medianMs),
    ms(f.p99Ms),
    f.value ?? '',
    f.target ?? '',
    result(f),
    f.otherLoad === undefined || f.otherLoad === null ? '' : f.otherLoad.toFixed(1),
  ])
  const head = [
    '#',
    'figure',
    'input size',
    'runs',
    'median ms',
    'p99 ms',
    'value',
    'target',
    'result',
    'other load',
  ]
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= 3 && i <= 6 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
  console.log('')
  console.log(
    `Reception Day bench — ${new Date().toISOString().slice(0, 16)}Z — ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb} GB, ${machine.platform}, Node ${machine.node}, SQLite ${machine.sqlite}`,
  )
  console.log(line(head))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows) console.log(line(row))
  console.log('')
  for (const f of figures.filter((f) => f.status !== 'ok' && f.note))
    console.log(`${f.status}: ${f.name}: ${f.note}`)
  console.log(
    'other load: cores kept busy by other processes during the figure (0 = quiet machine)',
  )
  console.log(
    `history ${timing.generated ? 'generated' : 'from cache'} in ${(timing.historyMs / 1000).toFixed(1)} s; whole run ${(timing.totalMs / 1000).toFixed(1)} s`,
  )
}

/** The query plans of the lookup figures, one line per query (full scans would show as SCAN). */
export function printPlans(plans: Record<string, { sql: string; plan: string[] }[]>): void {
  const entries = Object.entries(plans)
  if (entries.length === 0) return
  console.log('Query plans (EXPLAIN QUERY PLAN of the SQL each lookup ran):')
  for (const [figure, queries] of entries) {
    console.log(`  ${figure}`)
    for (const q of queries) {
      const table = /\bfrom\s+"?(\w+)"?/i.exec(q.sql)?.[1] ?? '?'
      console.log(`    ${table.padEnd(20)} ${q.plan.join(' | ')}`)
    }
  }
  console.log('')
}
