import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { BENCH_OUT, ensureBuild } from '../lib/build'
import { measured, notRun, type Figure } from '../lib/figure'
import { timeEach } from '../lib/stats'
import { spawnHub } from '../../test/support/spawnHub'

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

async function render(page: Page, url: string, size: { width?: string }): Promise<Buffer> {
  await page.goto(url)
  await page.locator('[data-print-ready="true"]').waitFor({ state: 'visible' })
  await page.evaluate(async () => {
    const doc = (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } })
      .document
    await doc.fonts.ready
  })
  return page.pdf({ ...size, preferCSSPageSize: true, printBackground: true })
}

/**
 * Figure 5: a receipt (80 mm) and an A4 document (the day's announcement) rendered to PDF by
 * Chromium from the hub's print routes, as the desktop app prints them: from navigation to
 * the PDF bytes. Against a hub started from the bench's own build on a small database.
 */
export async function pdfFigures(
  root: string,
  options: { build: boolean; log: (line: string) => void; runs?: number },
): Promise<Figure[]> {
  const executablePath =
    process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '')
  if (!executablePath || !existsSync(executablePath))
    return [notRun(5, 'pdf', 'receipt and A4 to PDF', 'skipped', 'no Chromium (set CHROMIUM_PATH)')]

  const unbuilt = await ensureBuild(root, options.build, options.log)
  if (unbuilt) return [notRun(5, 'pdf', 'receipt and A4 to PDF', 'failed', unbuilt)]

  const dir = mkdtempSync(join(tmpdir(), 'reception-day-bench-pdf-'))
  const hub = await spawnHub({
    entry: [join(root, BENCH_OUT, 'main/hub.js')],
    dbFile: join(dir, 'hall.db'),
    cwd: root,
  })
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS })
  try {
    // The hall's today, from the hub's clock (not this process's zone).
    const { date: today } = await hub.call<{ date: string }>('system.clock')
    const day = await hub.call<{ id: number }>('demo.create', { date: today })
    const batch = await hub.call<{ batchId: number }>('batch.register', {
      dayId: day.id,
      kind: 'individual',
      headcount: 1,
      members: [{ name: '张三丰', idNumber: '11010519491231002X', phone: '13812345678' }],
      summary: '宅基地审批两年未办理',
    })
    const page = await browser.newPage({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      // The fixed admin secret as a header, never in the URL.
      extraHTTPHeaders: { authorization: `Bearer ${hub.token}` },
    })
    const runs = options.runs ?? 20
    const figure = async (id: string, name: string, route: string, size: { width?: string }) => {
      const urls = Array.from({ length: runs }, () => `${hub.url}#${route}`)
      let bytes = 0
      const { sample } = await timeEach(
        urls,
        async (url) => {
          await page.goto('about:blank')
          const pdf = await render(page, url, size)
          if (pdf.subarray(0, 4).toString() !== '%PDF') throw new Error(`${route}: not a PDF`)
          bytes = pdf.length
        },
        3,
      )
      return measured(5, id, name, `1 page, ${(bytes / 1024).toFixed(0)} KB PDF`, sample, {
        note: 'page load from the hub + data + fonts + printToPDF (Chromium, about:blank between runs)',
      })
    }
    return [
      await figure('pdf.receipt', 'receipt (80 mm) to PDF', `/print/receipt/${batch.batchId}`, {
        width: '80mm',
      }),
      await figure('pdf.a4', 'announcement (A4) to PDF', `/print/announcement/${day.id}`, {}),
    ]
  } finally {
    await browser.close()
    await hub.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
