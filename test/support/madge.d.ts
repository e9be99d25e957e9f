// madge ships no types: the part of its API that test/support/importGraph.ts uses.
declare module 'madge' {
  interface MadgeConfig {
    baseDir?: string
    fileExtensions?: string[]
    tsConfig?: string
    detectiveOptions?: Record<string, { skipTypeImports?: boolean }>
  }
  interface MadgeResult {
    obj(): Record<string, string[]>
    circular(): string[][]
    warnings(): { skipped: string[] }
  }
  export default function madge(path: string | string[], config?: MadgeConfig): Promise<MadgeResult>
}
