import { Badge, Button, Group, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeskBatchRow } from '@shared/contract'
import { hallTimeOf } from '../../app/hallClock'
import { useTRPC } from '../../app/trpc'
import { CancelBatchModal } from './CancelBatchModal'
import { CorrectBatchModal } from './CorrectBatchModal'

const statusColor: Record<DeskBatchRow['status'], string> = {
  waiting: 'blue',
  called: 'orange',
  in_session: 'green',
  concluded: 'gray',
  no_show: 'gray',
  cancelled: 'red',
}

/** The registration's time of day in the hall's zone. */
const time = (iso: string) => hallTimeOf(iso)

/** The day's registrations, newest first, with correction and cancellation. */
export function DayBatchList({ dayId }: { dayId: number }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const batches = useQuery(trpc.batch.listForDay.queryOptions({ dayId }))
  const [correcting, setCorrecting] = useState<DeskBatchRow | null>(null)
  const [cancelling, setCancelling] = useState<DeskBatchRow | null>(null)
  const rows = batches.data ?? []
  const queryClient = useQueryClient()
  const requeue = useMutation(
    trpc.queue.requeue.mutationOptions({
      onSuccess: (r) => {
        notifications.show({ color: 'green', message: t('dayList.requeued', { ticket: r.ticket }) })
        void queryClient.invalidateQueries({ queryKey: trpc.batch.listForDay.queryKey({ dayId }) })
      },
      onError: (error) => notifications.show({ color: 'red', message: error.message }),
    }),
  )
  return (
    <section aria-label={t('dayList.title')}>
      <Title order={3} mb="xs">
        {t('dayList.title')}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('dayList.empty')}</Text>
      ) : (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dayList.ticket')}</Table.Th>
              <Table.Th>{t('dayList.names')}</Table.Th>
              <Table.Th>{t('dayList.headcount')}</Table.Th>
              <Table.Th>{t('dayList.table')}</Table.Th>
              <Table.Th>{t('dayList.status')}</Table.Th>
              <Table.Th>{t('dayList.time')}</Table.Th>
              <Table.Th>{t('dayList.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((b) => (
              <Table.Tr key={b.batchId} data-ticket={b.ticket}>
                <Table.Td fw={600}>{b.ticket}</Table.Td>
                <Table.Td>{b.maskedNames.join('、')}</Table.Td>
                <Table.Td>{b.headcount}</Table.Td>
                <Table.Td>
                  {b.tableNo} · {b.leaderName}
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={statusColor[b.status]}
                    variant="light"
                    title={b.cancelReason ?? undefined}
                  >
                    {t(`batchStatus.${b.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{time(b.registeredAt)}</Table.Td>
                <Table.Td>
                  {b.status !== 'cancelled' && (
                    <Group gap="xs">
                      <Button
                        size="compact-xs"
                        variant="light"
                        aria-label={`${t('dayList.correct')} ${b.ticket}`}
                        onClick={() => setCorrecting(b)}
                      >
                        {t('dayList.correct')}
                      </Button>
                      {b.status === 'no_show' && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          color="blue"
                          aria-label={`${t('dayList.requeue')} ${b.ticket}`}
                          loading={requeue.isPending && requeue.variables.batchId === b.batchId}
                          onClick={() =>
                            requeue.mutate({
                              batchId: b.batchId,
                              reason: t('dayList.requeueReason'),
                            })
                          }
                        >
                          {t('dayList.requeue')}
                        </Button>
                      )}
                      {b.status !== 'concluded' && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          color="red"
                          aria-label={`${t('dayList.cancel')} ${b.ticket}`}
                          onClick={() => setCancelling(b)}
                        >
                          {t('dayList.cancel')}
                        </Button>
                      )}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {correcting && <CorrectBatchModal batch={correcting} onClose={() => setCorrecting(null)} />}
      {cancelling && <CancelBatchModal batch={cancelling} onClose={() => setCancelling(null)} />}
    </section>
  )
}
