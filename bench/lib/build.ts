import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** The bench's own build folder, so it never races other work's `out/` (RECEPTION_DAY_OUT). */
export const BENCH_OUT = '.out/bench'

let built: Promise<string | null> | undefined

/**
 * Builds the app into {@link BENCH_OUT} once per run (or reuses it with `rebuild: false`);
 * resolves to null when ready, else to the reason it is not.
 */
export function ensureBuild(
  root: string,
  rebuild: boolean,
  log: (line: string) => void,
): Promise<string | null> {
  built ??= (async () => {
    if (!rebuild && existsSync(join(root, BENCH_OUT, 'main/hub.js'))) return null
    log(`  building into ${BENCH_OUT} (electron-vite build)`)
    const result = spawnSync(
      process.execPath,
      [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
      { cwd: root, env: { ...process.env, RECEPTION_DAY_OUT: BENCH_OUT }, encoding: 'utf8' },
    )
    if (result.status === 0) return null
    return `build failed: ${(result.stderr || result.stdout || '').slice(-300)}`
  })()
  return built
}
