import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeskBatchRow } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { fieldErrors } from '../../shared/hubError'

export function CancelBatchModal({ batch, onClose }: { batch: DeskBatchRow; onClose: () => void }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const [reason, setReason] = useState('')
  const cancel = useMutation(
    trpc.batch.cancel.mutationOptions({
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('dayList.cancelled') })
        void queryClient.invalidateQueries({ queryKey: trpc.batch.listForDay.pathKey() })
        onClose()
      },
    }),
  )
  const errors = cancel.error ? fieldErrors(cancel.error, t) : {}
  return (
    <Modal opened onClose={onClose} title={t('dayList.cancelTitle', { ticket: batch.ticket })}>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          cancel.mutate({ batchId: batch.batchId, reason })
        }}
      >
        <Stack>
          <TextInput
            label={t('dayList.reason')}
            data-autofocus
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors['reason']}
          />
          {cancel.isError && !errors['reason'] && <Alert color="red">{cancel.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={cancel.isPending}>
              {t('dayList.confirmCancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
