import { Alert, Anchor, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import type { DayView } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { useHallClock } from '../../app/useHallClock'
import { longDate, weekday } from '../print/format'
import { AppointmentsPanel } from './AppointmentsPanel'
import { NoticeLine } from './NoticeLine'
import { PlanDayForm } from './PlanDayForm'
import { useNextPlanDate } from './useNextPlanDate'
import { usePrintAnnouncement } from './PlanPage'

/** One reception day: its plan (new at /plan/new), its announcements and appointments. */
export function PlanDayPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const navigate = useNavigate()
  const param = useParams()['date'] ?? 'new'
  const date = /^\d{4}-\d{2}-\d{2}$/.test(param) ? param : null
  const day = useQuery({
    ...trpc.day.get.queryOptions({ date: date ?? undefined }),
    enabled: date !== null,
  })
  const nextDate = useNextPlanDate()
  const toSaved = (saved: DayView) => void navigate(`/plan/${saved.date}`, { replace: true })

  const back = (
    <Anchor component={Link} to="/plan" size="sm">
      ← {t('plan.back')}
    </Anchor>
  )
  if (date === null)
    return (
      <Stack maw={1100}>
        {back}
        <Title order={2}>{t('plan.newTitle')}</Title>
        {nextDate === null ? (
          <Loader aria-label={t('common.loading')} />
        ) : (
          <PlanDayForm key={nextDate} date={nextDate} onSaved={toSaved} />
        )}
      </Stack>
    )
  if (day.isPending) return <Loader aria-label={t('common.loading')} />
  if (day.isError) return <Alert color="red">{day.error.message}</Alert>
  return (
    <Stack maw={1400}>
      {back}
      <Title order={2}>
        {t('plan.dayTitle', { date: `${longDate(t, date)} ${weekday(t, date)}` })}
      </Title>
      <Group align="flex-start" wrap="nowrap" gap="xl">
        <Stack flex={3} miw={0}>
          <PlanDayForm key={day.data?.id ?? date} date={date} day={day.data} onSaved={toSaved} />
        </Stack>
        {day.data && (
          <Stack flex={2} miw={380}>
            <Notices dayId={day.data.id} date={date} />
          </Stack>
        )}
      </Group>
      {day.data ? (
        <AppointmentsPanel day={day.data} />
      ) : (
        <Text c="dimmed">{t('appointment.needSavedDay')}</Text>
      )}
    </Stack>
  )
}

function Notices({ dayId, date }: { dayId: number; date: string }) {
  const { today } = useHallClock()
  const { t } = useTranslation()
  const trpc = useTRPC()
  const print = usePrintAnnouncement()
  const announcement = useQuery(trpc.day.announcement.queryOptions({ dayId }))
  return (
    <Card withBorder component="section" aria-label={t('plan.noticesTitle')}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{t('plan.noticesTitle')}</Title>
          <Button
            size="xs"
            onClick={() => print(dayId)}
            aria-label={t('plan.printAnnouncementOf', { date: longDate(t, date) })}
          >
            {t('plan.printAnnouncement')}
          </Button>
        </Group>
        {announcement.data?.notices.map((notice) => (
          <NoticeLine key={notice.notice} notice={notice} past={date < today} />
        ))}
      </Stack>
    </Card>
  )
}
