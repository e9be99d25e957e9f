import { Badge, type MantineSize } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { QueueEntry } from '@shared/contract'

const colors = { urgent: 'red', elderly: 'grape', disabled: 'violet', hard: 'dark' } as const
const order = ['urgent', 'elderly', 'disabled', 'hard'] as const

export function FlagBadges({ flags, size }: { flags: QueueEntry['flags']; size: MantineSize }) {
  const { t } = useTranslation()
  return order
    .filter((flag) => flags[flag])
    .map((flag) => (
      <Badge key={flag} size={size} color={colors[flag]} variant="light">
        {t(`leaderScreen.flag.${flag}`)}
      </Badge>
    ))
}
