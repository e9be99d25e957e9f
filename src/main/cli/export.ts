// `npm run export -- --db FILE --date YYYY-MM-DD --out DIR [--pdf auto|yes|no]`: a day's
// exports for scheduled use, without the app: the workbook (.xlsx), the figures and the
// per-batch rows as CSV, and — where a Chromium and the built renderer are at hand — the A4
// report as PDF, rendered from the same print route the app prints.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startHub, type RunningHub } from '../hub/startHub'
import { exportDay, exportFileName, type ExportKind } from '../services/tally'
import { openStore, type Store } from '../store/openStore'

const USAGE = 'usage: npm run export -- --db FILE --date YYYY-MM-DD --out DIR [--pdf auto|yes|no]'

export interface ExportArgs {
  db: string
  date: string
  out: string
  pdf: 'auto' | 'yes' | 'no'
}

export function parseExportArgs(argv: string[]): ExportArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      date: { type: 'string' },
      out: { type: 'string' },
      pdf: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  })
  if (!values.db || !values.date || !values.out) throw new Error(USAGE)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date))
    throw new Error(`--date must be YYYY-MM-DD\n${USAGE}`)
  const pdf = values.pdf ?? 'auto'
  if (pdf !== 'auto' && pdf !== 'yes' && pdf !== 'no')
    throw new Error(`--pdf auto|yes|no\n${USAGE}`)
  return { db: resolve(values.db), date: values.date, out: resolve(values.out), pdf }
}

/** The Chromium to render the PDF with: CHROMIUM_PATH, else Debian's, else none. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser']
  return candidates.find((p): p is string => !!p && existsSync(p))
}

const rendererDir = () => resolve(process.env['RECEPTION_DAY_OUT'] ?? 'out', 'renderer')

async function renderPdf(hub: RunningHub, dayId: number, executablePath: string, file: string) {
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
  try {
    // The fixed admin secret as a header of this browser's requests, never in the URL.
    const page = await browser.newPage({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      extraHTTPHeaders: { authorization: `Bearer ${hub.token}` },
    })
    const base = new URL(hub.server.url)
    await page.goto(`${base.origin}/#/print/report/${dayId}`)
    await page.locator('[data-print-ready="true"]').waitFor({ timeout: 30_000 })
    await page.evaluate(async () => {
      await (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document
        .fonts.ready
    })
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true })
  } finally {
    await browser.close()
  }
}

export async function runExport(args: ExportArgs, log: (line: string) => void = console.log) {
  if (!existsSync(args.db)) throw new Error(`No database at ${args.db}`)
  mkdirSync(args.out, { recursive: true })
  const browserPath = args.pdf === 'no' ? undefined : chromiumPath()
  const renderer = rendererDir()
  const canPdf = browserPath !== undefined && existsSync(join(renderer, 'index.html'))
  if (args.pdf === 'yes' && !canPdf)
    throw new Error(
      browserPath
        ? `The PDF needs the built renderer at ${renderer}: run \`npm run build\` first`
        : 'The PDF needs Chromium: set CHROMIUM_PATH or install chromium',
    )

  // With a PDF to render, the very hub of the app serves the print route (loopback, random
  // token); otherwise the store alone is enough.
  let hub: RunningHub | undefined
  let store: Store | undefined
  if (canPdf)
    hub = await startHub({
      dbFile: args.db,
      host: '127.0.0.1',
      port: 0,
      rendererDir: renderer,
      version: process.env['npm_package_version'] ?? '0.1.0',
    })
  else store = await openStore(args.db)
  const db = (hub?.store ?? store)?.db
  try {
    if (!db) throw new Error('no database')
    const day = await db
      .selectFrom('reception_day')
      .select(['id', 'state'])
      .where('date', '=', args.date)
      .executeTakeFirst()
    if (!day) throw new Error(`No reception day on ${args.date} in ${args.db}`)
    const written: string[] = []
    for (const kind of ['xlsx', 'csv', 'detail.csv'] as const) {
      const { body } = await exportDay(db, day.id, kind)
      const file = join(args.out, exportFileName(args.date, kind).name)
      writeFileSync(file, body)
      written.push(file)
    }
    if (hub && browserPath) {
      const file = join(args.out, exportFileName(args.date, 'pdf' satisfies ExportKind).name)
      await renderPdf(hub, day.id, browserPath, file)
      written.push(file)
    }
    log(
      `Reception day ${args.date} (${day.state === 'closed' ? 'closed: frozen figures' : 'not closed: live figures'}):`,
    )
    for (const file of written) log(`  ${file}`)
    if (!hub && args.pdf !== 'no')
      log(
        browserPath
          ? `  (no PDF: the built renderer is missing at ${renderer}; run \`npm run build\`)`
          : '  (no PDF: no Chromium found; set CHROMIUM_PATH)',
      )
    return written
  } finally {
    await hub?.stop()
    await store?.close()
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && /cli[\\/]export\.[tj]s$/.test(process.argv[1])
if (invokedDirectly)
  runExport(parseExportArgs(process.argv.slice(2))).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  })
