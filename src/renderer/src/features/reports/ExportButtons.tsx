import { Button, Group } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TallyView } from '@shared/contract'
import { openPrintRoute } from '../print/openPrintRoute'
import { saveExport, type ExportFile } from './exportLinks'

/** The day's exports: the workbook, the CSVs and the printable A4 report. */
export function ExportButtons({ tally }: { tally: TallyView }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState<ExportFile | null>(null)
  const save = async (kind: ExportFile) => {
    setBusy(kind)
    try {
      const result = await saveExport(tally.dayId, tally.date, kind)
      if (result.saved && result.filePath)
        notifications.show({
          color: 'green',
          message: t('reports.export.saved', { file: result.filePath }),
        })
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('reports.export.failed', {
          message: error instanceof Error ? error.message : String(error),
        }),
      })
    } finally {
      setBusy(null)
    }
  }
  return (
    <Group gap="xs" role="group" aria-label={t('reports.export.heading')}>
      <Button variant="light" loading={busy === 'xlsx'} onClick={() => void save('xlsx')}>
        {t('reports.export.xlsx')}
      </Button>
      <Button variant="light" loading={busy === 'csv'} onClick={() => void save('csv')}>
        {t('reports.export.csv')}
      </Button>
      <Button
        variant="light"
        loading={busy === 'detail.csv'}
        onClick={() => void save('detail.csv')}
      >
        {t('reports.export.detailCsv')}
      </Button>
      <Button variant="light" onClick={() => void openPrintRoute(`/print/report/${tally.dayId}`)}>
        {t('reports.export.pdf')}
      </Button>
    </Group>
  )
}
