import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contract } from '@shared/contract'

// docs/api.md documents every procedure of the contract, each under a `### \`domain.name\`` heading.
const doc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8')
const headings = new Set(
  [...doc.matchAll(/^### `([A-Za-z0-9]+\.[A-Za-z0-9]+)`\s*$/gm)].map((m) => m[1] ?? ''),
)
const procedures = Object.entries(contract).flatMap(([domain, procs]) =>
  Object.keys(procs).map((name) => `${domain}.${name}`),
)

describe('docs/api.md', () => {
  it('has a section for every procedure of the contract', () => {
    expect(procedures.length).toBeGreaterThan(0)
    const missing = procedures.filter((p) => !headings.has(p))
    expect(missing, 'procedures without a ### `domain.name` section in docs/api.md').toEqual([])
  })

  it('documents no procedure that the contract does not have', () => {
    const known = new Set(procedures)
    expect([...headings].filter((h) => !known.has(h))).toEqual([])
  })
})
