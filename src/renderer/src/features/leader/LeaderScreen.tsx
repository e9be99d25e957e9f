import { Alert, Badge, Box, Group, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { ConnectionBadge } from '../../app/ConnectionBadge'
import { useTRPC } from '../../app/trpc'
import { useHallClock } from '../../app/useHallClock'
import { useLiveUpdates } from '../live/useLiveUpdates'
import { CurrentBatchPanel } from './CurrentBatchPanel'
import { OutcomePanel } from './outcome/OutcomePanel'
import { OwnedCasesButton } from './OwnedCases'
import { QueueActions } from './QueueActions'
import { WaitingList } from './WaitingList'

const stateColor = { active: 'green', paused: 'orange', ended: 'gray' } as const

/**
 * The second screen at a leader's table, read from a chair at 1280×800: the batch in front of
 * the table, the next ones with expected times, and the queue actions. Live, never polled.
 */
export function LeaderScreen() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const tableNo = Number(useParams()['table'])
  const { today } = useHallClock()
  const day = useQuery(trpc.day.get.queryOptions({ date: today }))
  const dayId = day.data?.id
  const duty = day.data?.duties.find((d) => d.tableNo === tableNo)
  const queue = useQuery({
    ...trpc.queue.forTable.queryOptions({ dayId: dayId ?? 0, tableNo }),
    enabled: dayId !== undefined && duty !== undefined,
  })
  useLiveUpdates(dayId)
  const view = queue.data
  const state = view?.duty.state ?? duty?.state

  return (
    <Box h="100vh" style={{ display: 'flex', flexDirection: 'column', overflow: 'hidden' }}>
      <Group justify="space-between" px="lg" py="sm" wrap="nowrap" bg="red.8" c="white">
        <Group gap="md" wrap="nowrap">
          <Title order={1} fz={36} c="white">
            {t('leaderScreen.title', { tableNo })}
          </Title>
          {duty && (
            <Text fz={26} fw={600} truncate>
              {duty.leader.name} {duty.leader.title}
            </Text>
          )}
        </Group>
        <Group gap="sm" wrap="nowrap">
          {duty && <OwnedCasesButton tableNo={tableNo} />}
          {state && (
            <Badge size="xl" color={stateColor[state]} variant="filled">
              {state === 'active'
                ? t('leaderScreen.nextCount', { count: view?.waiting.length ?? 0 })
                : t(state === 'paused' ? 'board.paused' : 'board.ended')}
            </Badge>
          )}
          <Box bg="white" px={4} py={2} style={{ borderRadius: 8 }}>
            <ConnectionBadge />
          </Box>
        </Group>
      </Group>

      {day.data === null && (
        <Alert m="lg" fz="xl">
          {t('leaderScreen.noDay')}
        </Alert>
      )}
      {day.data && !duty && (
        <Alert m="lg" color="orange" fz="xl">
          {t('leaderScreen.noTable', { tableNo })}
        </Alert>
      )}
      {queue.isError && (
        <Alert m="lg" color="red">
          {queue.error.message}
        </Alert>
      )}

      {view && day.data && (
        <>
          {view.duty.state !== 'active' && (
            <Alert color={view.duty.state === 'paused' ? 'orange' : 'gray'} radius={0} fz="lg">
              <Text fz="xl" fw={600}>
                {t(view.duty.state === 'paused' ? 'leaderScreen.paused' : 'leaderScreen.ended')}
              </Text>
            </Alert>
          )}
          <Box
            px="lg"
            pt="md"
            style={{
              flex: 1,
              minHeight: 0,
              display: 'grid',
              gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
              gridTemplateRows: 'minmax(0, 1fr)',
              gap: 'var(--mantine-spacing-lg)',
            }}
          >
            <CurrentBatchPanel current={view.current} />
            <WaitingList view={view} day={day.data} />
          </Box>
          <QueueActions view={view} day={day.data} />
          <OutcomePanel batchId={view.current?.batchId ?? null} />
        </>
      )}
    </Box>
  )
}
