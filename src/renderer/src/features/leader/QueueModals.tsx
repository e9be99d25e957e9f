import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DayView, QueueEntry } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { fieldErrors } from '../../shared/hubError'

/** Tables a batch may move to: on duty today, not ended, not this one. */
function targets(day: DayView, tableNo: number) {
  return day.duties.filter((d) => d.tableNo !== tableNo && d.state !== 'ended')
}

function TableOptions({ day, tableNo }: { day: DayView; tableNo: number }) {
  const { t } = useTranslation()
  return targets(day, tableNo).map((d) => (
    <option key={d.tableNo} value={d.tableNo}>
      {t('leaderScreen.tableOption', { tableNo: d.tableNo, leader: d.leader.name })}
    </option>
  ))
}

/** Moves a batch to another table, keeping its ticket; the reason is recorded. */
export function TransferModal({
  batch,
  tableNo,
  day,
  onClose,
}: {
  batch: Pick<QueueEntry, 'batchId' | 'ticket'>
  tableNo: number
  day: DayView
  onClose: () => void
}) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const [to, setTo] = useState(String(targets(day, tableNo)[0]?.tableNo ?? ''))
  const [reason, setReason] = useState('')
  const transfer = useMutation(
    trpc.queue.transfer.mutationOptions({
      onSuccess: (moved) => {
        notifications.show({
          color: 'green',
          message: t('leaderScreen.transferred', { ticket: moved.ticket, tableNo: moved.tableNo }),
        })
        onClose()
      },
    }),
  )
  const errors = transfer.error ? fieldErrors(transfer.error, t) : {}
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('leaderScreen.transferTitle', { ticket: batch.ticket })}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault()
          transfer.mutate({ batchId: batch.batchId, tableNo, toTableNo: Number(to), reason })
        }}
      >
        <Stack>
          <NativeSelect
            size="lg"
            label={t('leaderScreen.transferTo')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={errors['toTableNo']}
          >
            <TableOptions day={day} tableNo={tableNo} />
          </NativeSelect>
          <TextInput
            size="lg"
            label={t('leaderScreen.transferReason')}
            data-autofocus
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors['reason']}
          />
          {transfer.isError && Object.keys(errors).length === 0 && (
            <Alert color="red">{transfer.error.message}</Alert>
          )}
          <Group justify="flex-end">
            <Button size="lg" variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button size="lg" type="submit" loading={transfer.isPending} disabled={!to}>
              {t('leaderScreen.confirmTransfer')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

/** The batch called did not come, or left: no-show, with an optional note. */
export function NoShowModal({
  batch,
  tableNo,
  onClose,
}: {
  batch: Pick<QueueEntry, 'batchId' | 'ticket'>
  tableNo: number
  onClose: () => void
}) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const [reason, setReason] = useState('')
  const noShow = useMutation(trpc.queue.noShow.mutationOptions({ onSuccess: onClose }))
  return (
    <Modal opened onClose={onClose} size="lg" title={t('leaderScreen.noShowTitle', batch)}>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          noShow.mutate({ batchId: batch.batchId, tableNo, reason })
        }}
      >
        <Stack>
          <TextInput
            size="lg"
            label={t('leaderScreen.noShowReason')}
            data-autofocus
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          {noShow.isError && <Alert color="red">{noShow.error.message}</Alert>}
          <Group justify="flex-end">
            <Button size="lg" variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button size="lg" type="submit" color="orange" loading={noShow.isPending}>
              {t('leaderScreen.confirmNoShow')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

const KEEP = ''

/** Ends the leader's day; the batches still waiting are offered for transfer. */
export function EndDayModal({
  day,
  tableNo,
  waiting,
  onClose,
}: {
  day: DayView
  tableNo: number
  waiting: number
  onClose: () => void
}) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const [to, setTo] = useState(String(targets(day, tableNo)[0]?.tableNo ?? KEEP))
  const endDay = useMutation(
    trpc.queue.endDay.mutationOptions({
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('leaderScreen.dayEnded') })
        onClose()
      },
    }),
  )
  return (
    <Modal opened onClose={onClose} size="lg" title={t('leaderScreen.endDayTitle', { tableNo })}>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          endDay.mutate({
            dayId: day.id,
            tableNo,
            transferTo: waiting > 0 && to !== KEEP ? Number(to) : undefined,
          })
        }}
      >
        <Stack>
          {waiting > 0 ? (
            <NativeSelect
              size="lg"
              label={t('leaderScreen.endDayWaiting', { count: waiting })}
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
            >
              <TableOptions day={day} tableNo={tableNo} />
              <option value={KEEP}>{t('leaderScreen.keepWaiting')}</option>
            </NativeSelect>
          ) : (
            <Text fz="lg">{t('leaderScreen.endDayNone')}</Text>
          )}
          {endDay.isError && <Alert color="red">{endDay.error.message}</Alert>}
          <Group justify="flex-end">
            <Button size="lg" variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button size="lg" type="submit" color="red" loading={endDay.isPending}>
              {t('leaderScreen.confirmEndDay')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
