import { Alert, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../app/trpc'
import { useHallClock } from '../../app/useHallClock'
import { PlanDayForm } from '../plan/PlanDayForm'
import { longDate } from '../print/format'
import { SecondScreenMenu } from '../screens/SecondScreenMenu'
import { DemoHallOffer } from '../settings/DemoHallOffer'
import { SetupGuide } from '../settings/SetupGuide'
import { DayBatchList } from './DayBatchList'
import { RegisterForm } from './RegisterForm'

export function DeskPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const { today } = useHallClock()
  const day = useQuery(trpc.day.get.queryOptions({ date: today }))

  if (day.isPending) return <Loader aria-label={t('common.loading')} />
  if (day.isError) return <Alert color="red">{day.error.message}</Alert>
  if (!day.data)
    return (
      <Stack maw={900}>
        <Title order={2}>{t('day.planToday')}</Title>
        <Text c="dimmed">{t('day.noneToday', { date: longDate(t, today) })}</Text>
        <DemoHallOffer date={today} />
        <SetupGuide />
        <PlanDayForm date={today} />
      </Stack>
    )
  return (
    <Stack>
      <SetupGuide compact />
      <Group justify="space-between">
        <Title order={2}>{t('desk.title')}</Title>
        <Group gap="xs">
          <Text>
            {t('day.summary', {
              date: longDate(t, day.data.date),
              place: day.data.place,
              count: day.data.duties.length,
            })}
          </Text>
          <Badge>{t(`day.state.${day.data.state}`)}</Badge>
          <SecondScreenMenu day={day.data} />
        </Group>
      </Group>
      <RegisterForm day={day.data} />
      <DayBatchList dayId={day.data.id} />
    </Stack>
  )
}
