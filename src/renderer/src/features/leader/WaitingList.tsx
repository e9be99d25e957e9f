import { Badge, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useElementSize } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DayView, QueueEntry, TableQueueView } from '@shared/contract'
import { FlagBadges } from './FlagBadges'
import { clock } from './clock'
import { TransferModal } from './QueueModals'

/** Height of one row with its gap (px): as many rows as fit are shown, the rest counted. */
const ROW = 64
/** Room kept for the "n more" line. */
const MORE = 30
/** Sessions the median must rest on before the expected times are more than a rough guess
 * (the median of the latest 5 is used; fewer than 3 is one or two people's sessions). */
const FIRM_BASIS = 3

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
        {/* Fewer than FIRM_BASIS sessions make a guess, and the screen says so. */}
        {view.sessionBasis >= FIRM_BASIS
          ? t('leaderScreen.basis', { count: view.sessionBasis, minutes: view.sessionMinutes })
          : view.sessionBasis > 0
            ? t('leaderScreen.basisFew', { count: view.sessionBasis, minutes: view.sessionMinutes })
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
                  {/* The names may be cut, the headcount never: it sits outside the cut. */}
                  <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                    <Text fz={20} fw={600} lh={1.3} truncate style={{ minWidth: 0 }}>
                      {entry.maskedNames.join('、')}
                    </Text>
                    <Text fz={18} fw={700} lh={1.3} style={{ flexShrink: 0 }}>
                      {t('leaderScreen.headcount', { count: entry.headcount })}
                    </Text>
                  </Group>
                  <Text fz={16} c="dimmed" lh={1.3} truncate>
                    {entry.transferredFrom && (
                      <Text span fz={16} c="orange.8" fw={600}>
                        {t('leaderScreen.transferredFrom', {
                          tableNo: entry.transferredFrom.tableNo,
                        })}
                        {entry.transferredFrom.reason
                          ? t('leaderScreen.transferReasonShort', {
                              reason: entry.transferredFrom.reason,
                            })
                          : ''}
                        {' · '}
                      </Text>
                    )}
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
