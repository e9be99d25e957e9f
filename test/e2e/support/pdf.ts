import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Writes a PDF to a temp file and reads its text back with poppler's pdftotext. */
export function pdfText(pdf: Buffer, layout = true): string {
  const file = join(mkdtempSync(join(tmpdir(), 'reception-day-pdf-')), 'doc.pdf')
  writeFileSync(file, pdf)
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], {
    encoding: 'utf8',
  })
}
