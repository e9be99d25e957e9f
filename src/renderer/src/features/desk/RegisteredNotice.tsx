import { Alert, Button, Checkbox, Group, Kbd, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RegisteredBatch } from '@shared/contract'

interface Props {
  batch: RegisteredBatch
  onPrint: () => void
  autoPrint: boolean
  onAutoPrint: (on: boolean) => void
}

/** Shown only after the registration committed: the ticket, the table, and the receipt. */
export function RegisteredNotice({ batch, onPrint, autoPrint, onAutoPrint }: Props) {
  const { t } = useTranslation()
  return (
    <Alert color="green" role="status" title={t('desk.registeredTitle')}>
      <Stack gap={6}>
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
        <Group gap="sm">
          <Button size="xs" onClick={onPrint}>
            {t('desk.printReceipt')} <Kbd ml={6}>Alt+P</Kbd>
          </Button>
          <Checkbox
            size="xs"
            label={t('desk.autoPrint')}
            checked={autoPrint}
            onChange={(e) => onAutoPrint(e.currentTarget.checked)}
          />
        </Group>
        {batch.nameMismatches.map((m) => (
          <Text key={m.index} c="orange" size="sm">
            {t('desk.nameMismatch', { index: m.index + 1, registeredAs: m.registeredAs })}
          </Text>
        ))}
      </Stack>
    </Alert>
  )
}
