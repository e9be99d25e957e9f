import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { EarlierVisit, LookupResult } from '@shared/contract'
import { longDate } from '../print/format'
import { SummarySearch } from './SummarySearch'
import { hallText } from './hallText'

interface Props {
  /** Whether anything has been typed that can be checked. */
  probing: boolean
  fetching: boolean
  result: LookupResult | undefined
  linkedAppointmentId: number | null
  onUseAppointment: (appointmentId: number, leaderId: number | null) => void
}

/** The repeat check (重复访): who this may be, and what they raised before. */
export function RepeatPanel({
  probing,
  fetching,
  result,
  linkedAppointmentId,
  onUseAppointment,
}: Props) {
  const { t } = useTranslation()
  const cases = result?.visits.flatMap((v) => v.cases) ?? []
  return (
    <Stack gap="sm" role="region" aria-label={t('repeat.title')}>
      <Group justify="space-between">
        <Title order={3}>{t('repeat.title')}</Title>
        {probing && fetching && <Loader size="xs" aria-label={t('repeat.checking')} />}
      </Group>
      {!probing && <Text c="dimmed">{t('repeat.idle')}</Text>}
      {result && result.persons.length === 0 && <Text c="dimmed">{t('repeat.none')}</Text>}
      {cases
        .filter((c) => c.withinDeadline)
        .map((c) => (
          <Alert key={`d${c.caseId}`} color="red" role="alert">
            {t('repeat.withinDeadline', { caseNo: c.caseNo, deadline: c.deadline })}
          </Alert>
        ))}
      {cases
        .filter((c) => c.closedAfterReReview)
        .map((c) => (
          <Alert key={`r${c.caseId}`} color="orange" role="alert">
            {t('repeat.reReviewClosed', { caseNo: c.caseNo })}
          </Alert>
        ))}
      {result?.appointments.map((a) => (
        <Alert key={`a${a.appointmentId}`} color="blue">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              {t('repeat.appointment', {
                summary: a.summary,
                leader: a.leaderName ?? '',
                slot: a.slot ?? '',
              })}
            </Text>
            {linkedAppointmentId === a.appointmentId ? (
              <Badge color="blue">{t('repeat.appointmentLinked')}</Badge>
            ) : (
              <Button
                size="compact-xs"
                onClick={() => onUseAppointment(a.appointmentId, a.leaderId)}
              >
                {t('repeat.useAppointment')}
              </Button>
            )}
          </Group>
        </Alert>
      ))}
      {result?.persons.map((p) => (
        <Card key={p.personId} withBorder padding="sm">
          <Group gap="xs">
            <Text fw={600}>{p.name}</Text>
            <Text size="sm" c="dimmed">
              {p.maskedIdNumber} {p.maskedPhone}
            </Text>
            {p.matchedBy.map((m) => (
              <Badge key={m} size="sm" variant="light">
                {t(`repeat.matchedBy.${m}`)}
              </Badge>
            ))}
          </Group>
          {p.registeredAs && (
            <Text size="sm" c="orange" role="alert">
              {t('repeat.registeredAs', { name: p.registeredAs })}
            </Text>
          )}
          <Stack gap={4} mt="xs">
            {result.visits
              .filter((v) => v.personIds.includes(p.personId))
              .map((v) => (
                <Visit key={v.batchId} visit={v} />
              ))}
          </Stack>
        </Card>
      ))}
      <SummarySearch />
    </Stack>
  )
}

function Visit({ visit }: { visit: EarlierVisit }) {
  const { t } = useTranslation()
  return (
    <div data-visit={visit.batchId}>
      <Text size="sm" fw={500}>
        {t('repeat.visit', {
          date: longDate(t, visit.date),
          ticket: visit.ticket,
          tableNo: visit.tableNo,
          leader: visit.leaderName,
        })}{' '}
        · {t(`batchStatus.${visit.status}`)}
        {visit.hall.elsewhere && (
          <>
            {' · '}
            <Text span fw={700} data-hall={visit.hall.code}>
              {hallText(t, visit.hall)}
            </Text>
          </>
        )}
      </Text>
      <Text size="sm" c="dimmed" lineClamp={2}>
        {visit.summary ?? t('repeat.accusationHidden')}
      </Text>
      {visit.cases.map((c) => (
        <Text key={c.caseId} size="sm">
          {t('repeat.caseLine', {
            caseNo: c.caseNo,
            outcome: t(`outcome.${c.outcome ?? 'none'}`),
            deadline: c.deadline ?? '—',
            state: t(`caseState.${c.state}`),
          })}
        </Text>
      ))}
    </div>
  )
}
