import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, type Page } from '@playwright/test'

/** Writes a PDF to a temp file and reads its text back with poppler's pdftotext. */
export function pdfText(pdf: Buffer, layout = true): string {
  const file = join(mkdtempSync(join(tmpdir(), 'reception-day-pdf-')), 'doc.pdf')
  writeFileSync(file, pdf)
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], {
    encoding: 'utf8',
  })
}

/** Opens a print route and waits until it is ready and every face is laid out. */
export async function openPrintRoute(page: Page, route: string): Promise<void> {
  await page.goto(route)
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible()
  await page.evaluate(async () => {
    const doc = (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } })
      .document
    await doc.fonts.ready
  })
}

export interface RenderPdfOptions {
  /** Where the PNGs of the pages land for a look (default /tmp/shots). */
  shots?: string
  /** The PNGs' resolution in dpi (default 80). */
  resolution?: number
  /** Only the first page as a PNG. */
  firstPageOnly?: boolean
  /** A paper width for Chromium where the page's CSS does not set one. */
  width?: string
}

export interface RenderedPdf {
  /** pdftotext -layout */
  text: string
  /** The text without any white space. */
  flat: string
  /** pdfinfo */
  info: string
  pages: number
}

let pdfDir: string | undefined

/**
 * A print route rendered to PDF by Chromium, as the hall's printer would get it, and read back
 * with poppler; PNGs of its pages land in `shots`.
 */
export async function renderPdf(
  page: Page,
  route: string,
  file: string,
  options: RenderPdfOptions = {},
): Promise<RenderedPdf> {
  const { shots = '/tmp/shots', resolution = 80, firstPageOnly = false, width } = options
  await openPrintRoute(page, route)
  pdfDir ??= mkdtempSync(join(tmpdir(), 'reception-day-pdf-'))
  const path = join(pdfDir, file)
  await page.pdf({
    path,
    ...(width ? { width } : {}),
    preferCSSPageSize: true,
    printBackground: true,
  })
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  mkdirSync(shots, { recursive: true })
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(resolution),
    ...(firstPageOnly ? ['-f', '1', '-l', '1'] : []),
    path,
    join(shots, file.replace(/\.pdf$/, '')),
  ])
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
  return { text, flat: text.replace(/\s+/g, ''), info, pages }
}

/** PostScript points in a millimetre. */
export const MM = 72 / 25.4

/** A PDF's page size in points, from pdfinfo. */
export const pageSize = (info: string): { width: number; height: number } => {
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)
  return { width: Number(match?.[1]), height: Number(match?.[2]) }
}
