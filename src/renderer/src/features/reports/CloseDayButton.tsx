import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TallyView } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { shortDate } from '../print/format'
import { HubErrorAlert } from '../../shared/HubErrorAlert'

/** Closes the day after a confirmation; the hub refuses (and says why) while batches are open. */
export function CloseDayButton({ tally }: { tally: TallyView }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const [opened, setOpened] = useState(false)
  const close = useMutation(
    trpc.day.close.mutationOptions({
      onSuccess: (result) => {
        setOpened(false)
        notifications.show({ color: 'green', message: t('reports.close.done') })
        if (result.backup)
          notifications.show({
            color: 'green',
            message: t('reports.close.backupDone', { name: result.backup.name }),
          })
        else if (result.backupError)
          notifications.show({
            color: 'orange',
            autoClose: false,
            message: t('reports.close.backupFailed', { message: result.backupError }),
          })
        void queryClient.invalidateQueries({ queryKey: trpc.tally.pathKey() })
        void queryClient.invalidateQueries({ queryKey: trpc.day.pathKey() })
      },
    }),
  )
  return (
    <>
      <Button
        color="red"
        variant="filled"
        onClick={() => {
          close.reset()
          setOpened(true)
        }}
      >
        {t('reports.close.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('reports.close.confirmTitle', { date: shortDate(t, tally.date) })}
        size="lg"
      >
        <Stack>
          <Text>{t('reports.close.confirmText')}</Text>
          {tally.totals.openBatches > 0 && (
            <Alert color="yellow">
              {t('reports.openWarning', { count: tally.totals.openBatches })}
            </Alert>
          )}
          <HubErrorAlert error={close.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={close.isPending}
              onClick={() => close.mutate({ dayId: tally.dayId })}
            >
              {t('reports.close.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
