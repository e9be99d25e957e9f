export type ExportFile = 'xlsx' | 'csv' | 'detail.csv'

const SUFFIX: Record<ExportFile, string> = {
  xlsx: '.xlsx',
  csv: '.csv',
  'detail.csv': '-detail.csv',
}

/** The hub's download URL of a day's export (GET /export/…), with no secret in it: a paired
 * browser's cookie goes with the download by itself, the desktop app sends its header. */
export function exportUrl(dayId: number, kind: ExportFile): string {
  const base = window.receptionDay?.hub.url ?? location.origin
  return new URL(`/export/${dayId}${SUFFIX[kind]}`, base).href
}

/** The name a day's export is saved under (as the hub names it). */
export function exportFileName(date: string, kind: ExportFile): string {
  if (kind === 'xlsx') return `接访日统计-${date}.xlsx`
  if (kind === 'csv') return `接访日统计-${date}.csv`
  return `接访日明细-${date}.csv`
}

/**
 * Saves an export: in the desktop app through its save dialog (the page is not on the hub's
 * origin there), in a browser as a download from the hub. Returns where it was saved when
 * known, null when the user cancelled.
 */
export async function saveExport(
  dayId: number,
  date: string,
  kind: ExportFile,
): Promise<{ saved: boolean; filePath: string | null }> {
  const url = exportUrl(dayId, kind)
  const fileName = exportFileName(date, kind)
  const bridge = window.receptionDay
  if (bridge?.saveExport) return bridge.saveExport({ url, fileName })
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  return { saved: true, filePath: null }
}
