import { Badge, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** Beside a date reckoned over a year whose holiday arrangement is not entered yet. */
export function ProvisionalBadge({ show }: { show: boolean }) {
  const { t } = useTranslation()
  if (!show) return null
  return (
    <Tooltip label={t('cases.provisionalHint')}>
      <Badge color="orange" variant="outline" size="sm" title={t('cases.provisionalHint')}>
        {t('cases.provisional')}
      </Badge>
    </Tooltip>
  )
}
