import { parseArgs } from 'node:util'

export interface HubArgs {
  db?: string | undefined
  port: number
  host: string
  token?: string | undefined
  /** Serve HTTPS with the hall certificate (--https, or RECEPTION_DAY_HTTPS=1). */
  https: boolean
  /** The hall served: its county's code (issue 13); none: the one local hall. */
  hall?: string | undefined
}

export const DEFAULT_HOST = '127.0.0.1'

/**
 * `--db FILE|postgres://user@host/db --port N --host ADDR --token T --https --hall CODE`; the
 * database, the token and the hall may also come from the environment (RECEPTION_DAY_DB,
 * RECEPTION_DAY_TOKEN, RECEPTION_DAY_HALL), so a hall's
 * server password need not stand on a command line.
 */
export function parseHubArgs(argv: string[], env: NodeJS.ProcessEnv): HubArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      token: { type: 'string' },
      https: { type: 'boolean' },
      hall: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  })
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a number from 0 to 65535, got ${values.port}`)
  const hall = values.hall ?? (env['RECEPTION_DAY_HALL'] || undefined)
  if (hall !== undefined && !/^\d{6}$/.test(hall))
    throw new Error(`--hall must be a county's 6-digit code, got ${hall}`)
  return {
    hall,
    db: values.db ?? (env['RECEPTION_DAY_DB'] || undefined),
    port,
    host: values.host ?? DEFAULT_HOST,
    token: values.token ?? env['RECEPTION_DAY_TOKEN'],
    https: values.https ?? env['RECEPTION_DAY_HTTPS'] === '1',
  }
}
