import { spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdirSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { postgresBin } from '../../test/support/postgresCluster'

/**
 * The bench's PostgreSQL server: a cluster whose data directory stays in bench/.cache/pg, so the
 * history loaded into it once is reused by later runs (each run clones it as a template, see
 * history.ts). Started on a free loopback port and stopped at the end of the run; the data
 * directory is kept. Durable settings (fsync and synchronous_commit on, as a real server), so
 * the registration figures pay a commit's flush as SQLite's synchronous=FULL does.
 * As root, initdb and the server run as the `postgres` user (they refuse root).
 */
export interface BenchCluster {
  url(database: string): string
  /** psql's -c on the maintenance database, as the cluster's owner. */
  psql(command: string, database?: string): string
  stop(): void
  dataDir: string
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

export async function startBenchCluster(
  dir: string,
  log: (line: string) => void,
): Promise<BenchCluster> {
  const bin = postgresBin()
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql)')
  const asRoot = process.getuid?.() === 0
  mkdirSync(dir, { recursive: true })
  const data = join(dir, 'data')
  if (asRoot) {
    const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim())
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim())
    chownSync(dir, uid, gid)
  }
  const run = (tool: string, args: string[]) => {
    const [command, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]]
      : [join(bin, tool), args]
    const result = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 })
    if (result.status !== 0)
      throw new Error(`${tool} failed: ${result.stderr || result.stdout || String(result.error)}`)
    return result.stdout
  }
  if (!existsSync(join(data, 'PG_VERSION'))) {
    log(`initdb ${data}`)
    run('initdb', ['-D', data, '--locale=C.UTF-8', '-E', 'UTF8', '-A', 'trust', '-U', 'postgres'])
  }
  // A server left running by a killed run: stop it first (its pid file names it).
  if (existsSync(join(data, 'postmaster.pid'))) {
    try {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
    } catch {
      // not running: a stale pid file, which pg_ctl start handles
    }
  }
  const port = await freePort()
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=512MB -c maintenance_work_mem=512MB -c max_wal_size=4GB`,
    '-w',
    'start',
  ])
  return {
    dataDir: data,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    psql: (command, database = 'postgres') =>
      run('psql', [
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        'postgres',
        '-d',
        database,
        '-XAtqc',
        command,
      ]),
    stop: () => {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
    },
  }
}
