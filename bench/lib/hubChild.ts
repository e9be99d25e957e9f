// A hub in a process of its own, on a fresh temp database, for figures that attack it from
// the bench process: `fork('bench/lib/hubChild.ts', { execArgv: ['--import', 'tsx'] })`.
// Sends { port, token } once it serves; stops when the bench disconnects.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startHub } from '../../src/main/hub/startHub'

const dir = mkdtempSync(join(tmpdir(), 'reception-day-bench-hub-'))
const token = 'bench-token'
const hub = await startHub({
  dbFile: join(dir, 'hall.db'),
  host: '127.0.0.1',
  port: 0,
  token,
  rendererDir: dir,
  version: 'bench',
})
process.send?.({ port: hub.server.port, token })
process.on('disconnect', () => {
  void hub.stop().finally(() => {
    rmSync(dir, { recursive: true, force: true })
    process.exit(0)
  })
})
