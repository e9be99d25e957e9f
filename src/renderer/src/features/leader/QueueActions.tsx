import { Button, Group, type ButtonProps } from '@mantine/core'
import type { ComponentPropsWithoutRef } from 'react'
import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DayView, TableQueueView } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { errorMessage } from '../../shared/hubError'
import { EndDayModal, NoShowModal, TransferModal } from './QueueModals'

type Dialog = 'transfer' | 'noShow' | 'endDay' | null

/** One button of the action bar: the same large size for all, to be hit from a chair. */
function ActionButton(props: ButtonProps & ComponentPropsWithoutRef<'button'>) {
  return <Button size="lg" h={56} px="xs" fz={20} {...props} />
}

/** The leader's queue actions, large enough to hit from a chair; each is one hub action. */
export function QueueActions({ view, day }: { view: TableQueueView; day: DayView }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const [dialog, setDialog] = useState<Dialog>(null)
  const onError = (error: unknown) =>
    notifications.show({ color: 'red', message: errorMessage(error, t) })
  const callNext = useMutation(trpc.queue.callNext.mutationOptions({ onError }))
  const start = useMutation(trpc.queue.start.mutationOptions({ onError }))
  const recall = useMutation(trpc.queue.recall.mutationOptions({ onError }))
  const pause = useMutation(trpc.queue.pause.mutationOptions({ onError }))
  const resume = useMutation(trpc.queue.resume.mutationOptions({ onError }))

  const { current, duty } = view
  const tableNo = duty.tableNo
  const dayId = view.dayId
  const active = duty.state === 'active'
  const ended = duty.state === 'ended'
  const called = current?.status === 'called'

  return (
    <>
      <Group
        component="nav"
        aria-label={t('leaderScreen.actions')}
        gap="sm"
        px="lg"
        py="sm"
        wrap="nowrap"
        grow
        style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      >
        <ActionButton
          disabled={!active || current !== null || view.waiting.length === 0}
          loading={callNext.isPending}
          onClick={() => callNext.mutate({ dayId, tableNo })}
        >
          {t('leaderScreen.callNext')}
        </ActionButton>
        <ActionButton
          color="green"
          disabled={!called || ended}
          loading={start.isPending}
          onClick={() => current && start.mutate({ batchId: current.batchId, tableNo })}
        >
          {t('leaderScreen.start')}
        </ActionButton>
        <ActionButton
          variant="light"
          disabled={!called}
          loading={recall.isPending}
          onClick={() => current && recall.mutate({ batchId: current.batchId, tableNo })}
        >
          {t('leaderScreen.recall')}
        </ActionButton>
        <ActionButton
          variant="light"
          color="orange"
          disabled={!called}
          onClick={() => setDialog('noShow')}
        >
          {t('leaderScreen.noShow')}
        </ActionButton>
        <ActionButton
          variant="light"
          color="blue"
          disabled={!current}
          onClick={() => setDialog('transfer')}
        >
          {t('leaderScreen.transfer')}
        </ActionButton>
        {duty.state === 'paused' ? (
          <ActionButton
            color="teal"
            loading={resume.isPending}
            onClick={() => resume.mutate({ dayId, tableNo })}
          >
            {t('leaderScreen.resume')}
          </ActionButton>
        ) : (
          <ActionButton
            variant="default"
            disabled={ended}
            loading={pause.isPending}
            onClick={() => pause.mutate({ dayId, tableNo })}
          >
            {t('leaderScreen.pause')}
          </ActionButton>
        )}
        <ActionButton
          variant="outline"
          color="red"
          disabled={ended}
          onClick={() => setDialog('endDay')}
        >
          {t('leaderScreen.endDay')}
        </ActionButton>
      </Group>
      {dialog === 'transfer' && current && (
        <TransferModal
          batch={current}
          tableNo={tableNo}
          day={day}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'noShow' && current && (
        <NoShowModal batch={current} tableNo={tableNo} onClose={() => setDialog(null)} />
      )}
      {dialog === 'endDay' && (
        <EndDayModal
          day={day}
          tableNo={tableNo}
          waiting={view.waiting.length + (current?.status === 'called' ? 1 : 0)}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  )
}
