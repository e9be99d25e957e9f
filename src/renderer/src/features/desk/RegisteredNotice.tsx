import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RegisteredBatch } from '../../../../shared/contract'
import { useDocumentPrinter } from '../print/useDocumentPrinter'

/** Shown only after the registration committed: the ticket, the table, and the receipt. */
export function RegisteredNotice({ batch }: { batch: RegisteredBatch }) {
  const { t } = useTranslation()
  // The desktop app prints silently to the 80 mm printer chosen once; a browser shows its dialog.
  const printer = useDocumentPrinter()
  return (
    <Alert color="green" role="status" title={t('desk.registeredTitle')}>
      <Stack gap={6}>
        <Group justify="space-between">
          <Text size="lg" fw={600}>
            {t('desk.registered', {
              ticket: batch.ticket,
              tableNo: batch.tableNo,
              leader: batch.leaderName,
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`route.${batch.routeRule}`)}
          </Text>
          <Button
            size="xs"
            onClick={() =>
              void printer.print(
                `/print/receipt/${batch.batchId}`,
                'roll80',
                t('desk.printReceipt'),
              )
            }
          >
            {t('desk.printReceipt')}
          </Button>
        </Group>
        {batch.nameMismatches.map((m) => (
          <Text key={m.index} c="orange" size="sm">
            {t('desk.nameMismatch', { index: m.index + 1, registeredAs: m.registeredAs })}
          </Text>
        ))}
      </Stack>
      {printer.modal}
    </Alert>
  )
}
