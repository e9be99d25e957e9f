import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { NoticeView } from '@shared/contract'
import { shortDate, shortDateTime } from '../print/format'

const colors = { printed: 'green.8', due: 'orange.8', overdue: 'red.8', upcoming: 'dimmed' }

/**
 * One notice of a day's announcement: when it is due, and whether (when) it was printed.
 * Overdue notices of days still to come stand out; for a past day they are only "not printed".
 */
export function NoticeLine({ notice, past = false }: { notice: NoticeView; past?: boolean }) {
  const { t } = useTranslation()
  const due = shortDate(t, notice.dueOn)
  const missed = past && notice.status !== 'printed'
  const status = t(`plan.noticeStatus.${missed ? 'missed' : notice.status}`, {
    due,
    at: notice.printedAt ? shortDateTime(t, notice.printedAt) : '',
  })
  const alarming = !missed && (notice.status === 'overdue' || notice.status === 'due')
  return (
    <Group
      gap={6}
      wrap="nowrap"
      data-notice={notice.notice}
      data-status={notice.status}
      bg={alarming && notice.status === 'overdue' ? 'red.0' : undefined}
      px={4}
      style={{ borderRadius: 4 }}
    >
      <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
        {t(`plan.notice.${notice.notice}`)}
      </Text>
      <Text size="sm" c={missed ? 'dimmed' : colors[notice.status]} fw={alarming ? 700 : 400}>
        {status}
      </Text>
      {notice.status === 'printed' && (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('plan.noticeDue', { due })}
        </Text>
      )}
    </Group>
  )
}
