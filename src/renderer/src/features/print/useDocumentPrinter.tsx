import { Button, Modal, Radio, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PaperKind, PrinterInfo } from '../../../../preload/api'
import { openPrintRoute } from './openPrintRoute'

interface Pending {
  route: string
  paper: PaperKind
  printers: PrinterInfo[]
}

/**
 * Prints a document route. In the desktop app: silently, to the printer chosen for its paper
 * (asked for once), with the PDF archived by the main process. In a browser: the route opens
 * in its own window, records the print and calls the browser's print.
 */
export function useDocumentPrinter() {
  const { t } = useTranslation()
  const [pending, setPending] = useState<Pending | null>(null)
  const [choice, setChoice] = useState<string | null>(null)
  const bridge = window.receptionDay?.printing

  const print = async (route: string, paper: PaperKind, label: string) => {
    if (!bridge) {
      openPrintRoute(route)
      return
    }
    const id = notifications.show({
      loading: true,
      message: t('printer.printing'),
      autoClose: false,
    })
    const result = await bridge
      .printRoute({ route, paper })
      .catch((error: unknown) => ({ status: 'failed' as const, message: String(error) }))
    notifications.hide(id)
    if (result.status === 'needs_printer') {
      setChoice(result.printers.find((p) => p.isDefault)?.name ?? result.printers[0]?.name ?? null)
      setPending({ route, paper, printers: result.printers })
    } else if (result.status === 'failed')
      notifications.show({
        color: 'red',
        message: t('printer.failed', { message: result.message }),
      })
    else
      notifications.show({
        color: 'green',
        message: result.pdfArchived
          ? t('printer.archived')
          : t('printer.printed', { document: label }),
      })
  }

  const choose = async () => {
    if (!bridge || !pending || !choice) return
    await bridge.choosePrinter(pending.paper, choice)
    setPending(null)
    await print(pending.route, pending.paper, '')
  }

  const modal = (
    <Modal
      opened={pending !== null}
      onClose={() => setPending(null)}
      title={t('printer.choose')}
      centered
    >
      {pending && (
        <Stack>
          <Text>{t('printer.chooseFor', { paper: t(`printer.paper.${pending.paper}`) })}</Text>
          {pending.printers.length === 0 && <Text c="dimmed">{t('printer.none')}</Text>}
          <Radio.Group value={choice} onChange={setChoice} label={t('printer.choose')}>
            <Stack gap="xs" mt="xs">
              {pending.printers.map((p) => (
                <Radio key={p.name} value={p.name} label={p.displayName || p.name} />
              ))}
            </Stack>
          </Radio.Group>
          <Button onClick={() => void choose()} disabled={!choice}>
            {t('printer.choose')}
          </Button>
        </Stack>
      )}
    </Modal>
  )
  return { print, modal }
}
