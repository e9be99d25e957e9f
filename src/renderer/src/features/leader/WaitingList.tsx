import { Badge, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useElementSize } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DayView, QueueEntry, TableQueueView } from '../../../../shared/contract'
import { FlagBadges } from './FlagBadges'
import { clock } from './clock'
import { TransferModal } from './QueueModals'

/** Height of one row with its gap (px): as many rows as fit are shown, the rest counted. */
const ROW = 64
/** Room kept for the "n more" line. */
const MORE = 30

/** The batches waiting at the table, in queue order, with their expected times. */
export function WaitingList({ view, day }: { view: TableQueueView; day: DayView }) {
  const { t } = useTranslation()
  const [transferring, setTransferring] = useState<QueueEntry | null>(null)
  const { ref, height } = useElementSize()
  const fits = Math.floor(height / ROW)
  const count =
    view.waiting.length <= fits
      ? view.waiting.length
      : Math.max(1, Math.floor((height - MORE) / ROW))
  const shown = view.waiting.slice(0, height > 0 ? count : 3)
  return (
    <Stack
      gap="xs"
      role="region"
      aria-label={t('leaderScreen.waiting')}
      style={{ minHeight: 0, overflow: 'hidden' }}
    >
      <Group justify="space-between" wrap="nowrap">
        <Title order={2} fz={24}>
          {t('leaderScreen.waiting')} ·{' '}
          {t('leaderScreen.nextCount', { count: view.waiting.length })}
        </Title>
      </Group>
      <Text fz={14} c="dimmed">
        {view.sessionBasis > 0
          ? t('leaderScreen.basis', { count: view.sessionBasis, minutes: view.sessionMinutes })
          : t('leaderScreen.basisDefault', { minutes: view.sessionMinutes })}
      </Text>
      {view.waiting.length === 0 && (
        <Text c="dimmed" fz={22}>
          {t('leaderScreen.nobody')}
        </Text>
      )}
      <Box ref={ref} style={{ flex: 1, minHeight: 0, overflow: 'hidden' }}>
        {shown.map((entry) => (
          <Paper
            key={entry.batchId}
            withBorder
            radius="sm"
            px="sm"
            py={4}
            mb={6}
            h={ROW - 6}
            data-ticket={entry.ticket}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <Text fz={28} fw={800} ff="monospace" lh={1.1}>
                  {entry.ticket}
                </Text>
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text fz={20} fw={600} lh={1.3} truncate>
                    {entry.maskedNames.join('、')}
                    <Text span fz={16} fw={400} c="dimmed">
                      {' · '}
                      {t('leaderScreen.headcount', { count: entry.headcount })}
                    </Text>
                  </Text>
                  <Text fz={16} c="dimmed" lh={1.3} truncate>
                    {entry.expectedAt
                      ? `${t('leaderScreen.expected', { time: clock(entry.expectedAt) })} · ${
                          entry.expectedWaitMinutes
                            ? t('leaderScreen.expectedMinutes', {
                                minutes: entry.expectedWaitMinutes,
                              })
                            : t('leaderScreen.expectedNow')
                        }`
                      : ''}
                    {entry.appointmentSlot ? ` · ${entry.appointmentSlot}` : ''}
                  </Text>
                </Stack>
              </Group>
              <Group gap={4} wrap="nowrap">
                {entry.priority && (
                  <Badge size="lg" color="red" variant="filled">
                    {t(`leaderScreen.priority.${entry.priority}`)}
                  </Badge>
                )}
                {!entry.priority && <FlagBadges flags={entry.flags} size="md" />}
                <Button
                  size="compact-md"
                  variant="default"
                  aria-label={`${t('leaderScreen.transfer')} ${t('leaderScreen.ticket', { ticket: entry.ticket })}`}
                  onClick={() => setTransferring(entry)}
                >
                  {t('leaderScreen.transferWaiting')}
                </Button>
              </Group>
            </Group>
          </Paper>
        ))}
        {view.waiting.length > shown.length && (
          <Text fz={18} c="dimmed">
            {t('leaderScreen.more', { count: view.waiting.length - shown.length })}
          </Text>
        )}
      </Box>
      {transferring && (
        <TransferModal
          batch={transferring}
          tableNo={view.duty.tableNo}
          day={day}
          onClose={() => setTransferring(null)}
        />
      )}
    </Stack>
  )
}
