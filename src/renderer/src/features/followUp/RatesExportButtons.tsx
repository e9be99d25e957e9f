import { Button, Group } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { openPrintRoute } from '../print/openPrintRoute'

/** The hub's download of a month's rates workbook (GET /export/rates-YYYY-MM.xlsx), with no
 * secret in it: a paired browser's cookie goes with it, the desktop app sends its header. */
export function ratesExportUrl(month: string): string {
  const base = window.receptionDay?.hub.url ?? location.origin
  return new URL(`/export/rates-${month}.xlsx`, base).href
}

/** A month's exports: the workbook and the printable A4 report (PDF through the print route). */
export function RatesExportButtons({ month }: { month: string }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const save = async () => {
    setBusy(true)
    try {
      const url = ratesExportUrl(month)
      const fileName = `三率统计-${month}.xlsx`
      const bridge = window.receptionDay
      if (bridge?.saveExport) {
        const result = await bridge.saveExport({ url, fileName })
        if (result.saved && result.filePath)
          notifications.show({
            color: 'green',
            message: t('reports.export.saved', { file: result.filePath }),
          })
        return
      }
      const link = document.createElement('a')
      link.href = url
      link.download = fileName
      link.rel = 'noopener'
      document.body.append(link)
      link.click()
      link.remove()
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('reports.export.failed', {
          message: error instanceof Error ? error.message : String(error),
        }),
      })
    } finally {
      setBusy(false)
    }
  }
  return (
    <Group gap="xs" role="group" aria-label={t('reports.export.heading')}>
      <Button variant="light" loading={busy} onClick={() => void save()}>
        {t('ratesReport.export.xlsx')}
      </Button>
      <Button variant="light" onClick={() => void openPrintRoute(`/print/rates/${month}`)}>
        {t('ratesReport.export.pdf')}
      </Button>
    </Group>
  )
}
