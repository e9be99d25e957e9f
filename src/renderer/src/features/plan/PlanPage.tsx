import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { DayPlanView } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { longDate, weekday } from '../print/format'
import { openPrintRoute } from '../print/openPrintRoute'
import { NoticeLine } from './NoticeLine'

const stateColors = { planned: 'blue', open: 'green', closed: 'gray' } as const

/** Prints a day's announcement; the print window records which notice it fulfils. */
export function usePrintAnnouncement() {
  return (dayId: number) => void openPrintRoute(`/print/announcement/${dayId}`)
}

/** The reception days: upcoming ones first (soonest on top), then the recent ones. */
export function PlanPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const days = useQuery(trpc.day.list.queryOptions())

  return (
    <Stack maw={1500}>
      <Group justify="space-between">
        <Title order={2}>{t('plan.title')}</Title>
        <Button component={Link} to="/plan/new">
          {t('plan.newDay')}
        </Button>
      </Group>
      {days.isPending && <Loader aria-label={t('common.loading')} />}
      {days.isError && <Alert color="red">{days.error.message}</Alert>}
      {days.data && (
        <>
          <DaysSection
            title={t('plan.upcoming')}
            days={days.data.upcoming}
            empty={t('plan.noUpcoming')}
          />
          <DaysSection
            title={t('plan.recent')}
            days={days.data.recent}
            empty={t('plan.noRecent')}
            past
          />
        </>
      )}
    </Stack>
  )
}

function DaysSection({
  title,
  days,
  empty,
  past = false,
}: {
  title: string
  days: DayPlanView[]
  empty: string
  past?: boolean
}) {
  const { t } = useTranslation()
  const print = usePrintAnnouncement()
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={3}>{title}</Title>
      {days.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <Table
          striped
          withTableBorder
          verticalSpacing="sm"
          aria-label={t('plan.daysTable', { section: title })}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plan.col.date')}</Table.Th>
              <Table.Th>{t('plan.col.placeHours')}</Table.Th>
              <Table.Th>{t('plan.col.leaders')}</Table.Th>
              <Table.Th>{t('plan.col.notices')}</Table.Th>
              <Table.Th>{t('plan.col.appointments')}</Table.Th>
              <Table.Th>{t('plan.col.state')}</Table.Th>
              <Table.Th>{t('plan.col.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {days.map((day) => {
              const date = longDate(t, day.date)
              return (
                <Table.Tr key={day.id} data-date={day.date}>
                  <Table.Td>
                    <Anchor component={Link} to={`/plan/${day.date}`} fw={600} c="dark">
                      {date}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {weekday(t, day.date)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{day.place}</Text>
                    <Text size="sm" c="dimmed">
                      {t('plan.hours', { opensAt: day.opensAt, closesAt: day.closesAt })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {day.duties.length === 0 && (
                      <Text size="sm" c="dimmed">
                        {t('plan.noDuties')}
                      </Text>
                    )}
                    {day.duties.map((duty) => (
                      <Group key={duty.id} gap={6} wrap="nowrap">
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {t('plan.tableLeader', { tableNo: duty.tableNo, name: duty.leader.name })}
                        </Text>
                        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                          {duty.leader.title}
                        </Text>
                        {duty.isLead && (
                          <Badge size="xs" variant="light">
                            {t('plan.lead')}
                          </Badge>
                        )}
                      </Group>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      {day.notices.map((notice) => (
                        <NoticeLine key={notice.notice} notice={notice} past={past} />
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {t('plan.bookedCount', { count: day.bookedAppointments })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={stateColors[day.state]} variant="light">
                      {t(`day.state.${day.state}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        component={Link}
                        to={`/plan/${day.date}`}
                        aria-label={t(day.state === 'planned' ? 'plan.editDay' : 'plan.viewDay', {
                          date,
                        })}
                      >
                        {t(day.state === 'planned' ? 'plan.edit' : 'plan.view')}
                      </Button>
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => print(day.id)}
                        aria-label={t('plan.printAnnouncementOf', { date })}
                      >
                        {t('plan.printAnnouncement')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
