import { Alert, Badge, Box, Card, Group, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { QueueEntry } from '../../../../shared/contract'
import { localDate } from '../../../../shared/time/localDate'
import { ConnectionBadge } from '../../app/ConnectionBadge'
import { useTRPC } from '../../app/trpc'
import { useLiveUpdates } from '../live/useLiveUpdates'

/** The second screen at a leader's table, read from a chair at 1280×800. */
export function LeaderScreen() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const tableNo = Number(useParams()['table'])
  const day = useQuery(trpc.day.get.queryOptions({ date: localDate(new Date()) }))
  const dayId = day.data?.id
  const queue = useQuery({
    ...trpc.queue.forTable.queryOptions({ dayId: dayId ?? 0, tableNo }),
    enabled: dayId !== undefined,
  })
  useLiveUpdates(dayId)

  const duty = day.data?.duties.find((d) => d.tableNo === tableNo)
  return (
    <Box p="lg" h="100vh" style={{ overflow: 'hidden' }}>
      <Group justify="space-between" mb="md">
        <Title order={1}>{t('leaderScreen.title', { tableNo })}</Title>
        <Group>
          {duty && (
            <Text size="xl" fw={600}>
              {duty.leader.name} {duty.leader.title}
            </Text>
          )}
          <ConnectionBadge />
        </Group>
      </Group>
      {day.data === null && <Alert>{t('leaderScreen.noDay')}</Alert>}
      {day.data && !duty && <Alert color="orange">{t('leaderScreen.noTable', { tableNo })}</Alert>}
      {queue.data && (
        <Group align="flex-start" grow wrap="nowrap">
          <Stack flex={3}>
            <Title order={2}>{t('leaderScreen.inSession')}</Title>
            {queue.data.current ? (
              <Entry entry={queue.data.current} large />
            ) : (
              <Text c="dimmed" size="lg">
                {t('leaderScreen.nobody')}
              </Text>
            )}
          </Stack>
          <Stack flex={2} aria-label={t('leaderScreen.waiting')} role="region">
            <Title order={2}>
              {t('leaderScreen.waiting')} ·{' '}
              {t('leaderScreen.nextCount', { count: queue.data.waiting.length })}
            </Title>
            {queue.data.waiting.length === 0 && <Text c="dimmed">{t('leaderScreen.nobody')}</Text>}
            {queue.data.waiting.slice(0, 8).map((entry) => (
              <Entry key={entry.batchId} entry={entry} />
            ))}
          </Stack>
        </Group>
      )}
    </Box>
  )
}

function Entry({ entry, large = false }: { entry: QueueEntry; large?: boolean }) {
  const { t } = useTranslation()
  return (
    <Card withBorder padding={large ? 'lg' : 'sm'} data-ticket={entry.ticket}>
      <Group justify="space-between" wrap="nowrap">
        <Text fw={700} size={large ? '2rem' : 'xl'}>
          {entry.ticket}
        </Text>
        <Text size={large ? 'xl' : 'md'} truncate>
          {entry.maskedNames.join('、')}
        </Text>
        <Badge size="lg" variant="light">
          {t('leaderScreen.headcount', { count: entry.headcount })}
        </Badge>
      </Group>
      {large && entry.summary && (
        <Text mt="sm" size="lg" lineClamp={6}>
          {entry.summary}
        </Text>
      )}
    </Card>
  )
}
