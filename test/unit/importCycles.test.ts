import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { importGraph } from '../support/importGraph'

// No file of src/ imports, through any chain of others, a file that imports it back: each
// layer and feature reads from the top down (madge, over the whole tree).

const root = fileURLToPath(new URL('../../', import.meta.url))
const tsConfig = join(root, 'tsconfig.base.json')

describe('the import graph of src/', () => {
  it('has no import cycles', async () => {
    const graph = await importGraph(join(root, 'src'), tsConfig)
    // The graph was read whole: every file, every `@shared/…` import resolved.
    expect(Object.keys(graph.files).length).toBeGreaterThan(300)
    expect(graph.unresolved).toEqual([])
    expect(graph.files['renderer/src/features/cases/AmendOutcomeModal.tsx']).toContain(
      'shared/contract/index.ts',
    )
    expect(graph.cycles.map((cycle) => cycle.join(' → '))).toEqual([])
    // It parses every file of src/ (some 350): seconds alone, longer on a loaded machine.
  }, 120_000)

  it('finds a cycle, one through a type-only import too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reception-day-cycles-'))
    try {
      writeFileSync(join(dir, 'a.ts'), "import { b } from './b'\nexport const a = () => b\n")
      writeFileSync(join(dir, 'b.ts'), "import type { C } from './c'\nexport const b: C = 1\n")
      writeFileSync(join(dir, 'c.ts'), "import { a } from './a'\nexport type C = number\na()\n")
      const graph = await importGraph(dir, tsConfig)
      expect(graph.cycles).toEqual([['a.ts', 'b.ts', 'c.ts']])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
