import { Alert, Badge, Box, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CurrentBatch } from '@shared/contract'
import { FlagBadges } from './FlagBadges'

/** The batch called to or in session at the table, with what the leader needs to know. */
export function CurrentBatchPanel({ current }: { current: CurrentBatch | null }) {
  const { t } = useTranslation()
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-label={t('leaderScreen.current')}
      style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}
    >
      <Title order={2} fz={24} c="dimmed">
        {t('leaderScreen.current')}
      </Title>
      {current ? (
        <CurrentDetail current={current} />
      ) : (
        <Text c="dimmed" fz={28} mt="xl">
          {t('leaderScreen.nobody')}
        </Text>
      )}
    </Paper>
  )
}

function CurrentDetail({ current }: { current: CurrentBatch }) {
  const { t } = useTranslation()
  const status = current.status === 'in_session' ? 'in_session' : 'called'
  return (
    <Stack gap="sm" mt={4} style={{ flex: 1, minHeight: 0 }} data-ticket={current.ticket}>
      <Group gap="md" wrap="nowrap" align="center">
        <Text
          fz={72}
          fw={800}
          lh={1}
          ff="monospace"
          aria-label={t('leaderScreen.ticket', { ticket: current.ticket })}
        >
          {current.ticket}
        </Text>
        <Stack gap={6}>
          <Group gap="xs">
            <Badge size="xl" color={status === 'in_session' ? 'green' : 'orange'}>
              {t(`leaderScreen.status.${status}`)}
            </Badge>
            <Badge size="xl" variant="light" color="gray">
              {t(`leaderScreen.kind.${current.kind}`)} ·{' '}
              {t('leaderScreen.headcount', { count: current.headcount })}
            </Badge>
          </Group>
          <Group gap="xs">
            <FlagBadges flags={current.flags} size="lg" />
            {current.recalls > 0 && (
              <Badge size="lg" color="orange" variant="outline">
                {t('leaderScreen.recalls', { count: current.recalls })}
              </Badge>
            )}
          </Group>
        </Stack>
      </Group>

      {current.transferredFrom && (
        <Alert color="orange" variant="light" p="xs" data-testid="transferred-from">
          <Text fz={20} fw={600}>
            {t('leaderScreen.transferredFrom', { tableNo: current.transferredFrom.tableNo })}
            {current.transferredFrom.reason
              ? t('leaderScreen.transferReasonShort', { reason: current.transferredFrom.reason })
              : ''}
          </Text>
        </Alert>
      )}

      <ScrollArea style={{ flex: 1, minHeight: 0 }} offsetScrollbars type="auto">
        <Stack gap="sm">
          <Box>
            {current.persons.map((p, i) => (
              <Text key={i} fz={22} fw={600}>
                {p.maskedName}
                <Text span fz={18} fw={400} c="dimmed">
                  {[
                    current.kind === 'group' ? t(`leaderScreen.role.${p.role}`) : null,
                    p.age !== null ? t('leaderScreen.age', { age: p.age }) : null,
                    p.maskedIdNumber,
                    p.maskedPhone,
                  ]
                    .filter(Boolean)
                    .map((part) => ` · ${part}`)
                    .join('')}
                </Text>
              </Text>
            ))}
          </Box>
          <Text fz={18}>
            {[
              t(`nature.${current.nature}`),
              current.categoryName,
              [current.townshipName, current.village].filter(Boolean).join(' '),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {current.nature === 'accusation' && (
            <Alert color="red" variant="light" p="xs">
              {t('leaderScreen.accusationNote')}
            </Alert>
          )}
          {current.summary && (
            <Paper bg="gray.0" p="sm" radius="sm">
              <Text fz={22} lh={1.5} style={{ whiteSpace: 'pre-wrap' }}>
                {current.summary}
              </Text>
            </Paper>
          )}
          {current.appointment && (
            <Box>
              <Text fw={700} fz={18}>
                {t('leaderScreen.dossier', {
                  slot: current.appointment.slot ?? t('leaderScreen.noSlot'),
                })}
              </Text>
              <Text fz={18} style={{ whiteSpace: 'pre-wrap' }}>
                {current.appointment.dossier || current.appointment.summary}
              </Text>
            </Box>
          )}
          {current.openCases.length > 0 && (
            <Box>
              <Text fw={700} fz={18} c="red.8">
                {t('leaderScreen.openCases')}
              </Text>
              {current.openCases.map((c) => (
                <Text key={c.caseId} fz={17}>
                  {t('leaderScreen.caseLine', {
                    caseNo: c.caseNo,
                    outcome: c.outcome ? t(`outcome.${c.outcome}`) : t('outcome.none'),
                    deadline: c.deadline ?? '—',
                  })}
                  {c.summary ? ` · ${c.summary}` : ` ${t('leaderScreen.withheld')}`}
                </Text>
              ))}
            </Box>
          )}
          <Box>
            <Text fw={700} fz={18}>
              {current.earlierVisits.length > 0
                ? t('leaderScreen.earlierVisits', { count: current.earlierVisits.length })
                : t('leaderScreen.noEarlierVisits')}
            </Text>
            {current.earlierVisits.slice(0, 6).map((v) => (
              <Text key={v.batchId} fz={17} lineClamp={1}>
                {t('leaderScreen.visitLine', {
                  date: v.date,
                  ticket: v.ticket,
                  leader: v.leaderName,
                })}
                {' · '}
                {v.summary ?? t('leaderScreen.withheld')}
              </Text>
            ))}
          </Box>
        </Stack>
      </ScrollArea>
    </Stack>
  )
}
