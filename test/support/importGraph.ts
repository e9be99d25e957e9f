import madge from 'madge'

export interface ImportGraph {
  /** Each file (relative to the folder read) and the files it imports. */
  files: Record<string, string[]>
  /** Every circle of imports, each as the files along it. */
  cycles: string[][]
  /** Imports madge could not resolve to a file of the tree. */
  unresolved: string[]
}

/**
 * The import graph of a folder of TypeScript, `@shared/*` resolved as the compiler does
 * (tsconfig.base.json). Type-only imports count too: a circle through types is still a circle
 * a reader has to untangle.
 */
export async function importGraph(folder: string, tsConfig: string): Promise<ImportGraph> {
  const graph = await madge(folder, {
    fileExtensions: ['ts', 'tsx'],
    tsConfig,
    detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
  })
  return { files: graph.obj(), cycles: graph.circular(), unresolved: graph.warnings().skipped }
}
