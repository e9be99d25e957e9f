import { spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A throwaway PostgreSQL cluster for one test run: initdb in a temp folder (C.UTF-8, so pg_trgm
 * splits Chinese), started on a free port on 127.0.0.1, stopped and removed at the end. initdb
 * and the server refuse to run as root: as root they run as the `postgres` user.
 */
export interface Cluster {
  /** `postgres://postgres@127.0.0.1:PORT/` (trust auth, loopback only). */
  url(database: string): string
  stop(): void
}

const POSTGRES_ROOT = '/usr/lib/postgresql'

/** The newest installed server's bin folder (Debian's layout), or null. */
export function postgresBin(): string | null {
  if (process.env['PG_BIN']) return process.env['PG_BIN']
  if (!existsSync(POSTGRES_ROOT)) return null
  const versions = readdirSync(POSTGRES_ROOT)
    .filter((v) => existsSync(join(POSTGRES_ROOT, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] ? join(POSTGRES_ROOT, versions[0], 'bin') : null
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })

export async function startCluster(): Promise<Cluster> {
  const bin = postgresBin()
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql)')
  const asRoot = process.getuid?.() === 0
  const dir = mkdtempSync(join(tmpdir(), 'reception-day-pg-'))
  const data = join(dir, 'data')
  if (asRoot) {
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' })
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' })
    chownSync(dir, Number(id.stdout.trim()), Number(gid.stdout.trim()))
  }
  const run = (tool: string, args: string[]) => {
    const [command, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]]
      : [join(bin, tool), args]
    const result = spawnSync(command, argv, { encoding: 'utf8' })
    if (result.status !== 0)
      throw new Error(`${tool} failed: ${result.stderr || result.stdout || String(result.error)}`)
  }
  run('initdb', ['-D', data, '--locale=C.UTF-8', '-E', 'UTF8', '-A', 'trust', '-U', 'postgres'])
  const port = await freePort()
  // fsync off: a throwaway cluster need not survive a power cut, and the shared machine is slow.
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`,
    '-w',
    'start',
  ])
  return {
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}
