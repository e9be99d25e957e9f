import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** A case's clock: days left to its deadline (orange within a week), or overdue by. */
export function DaysLeft({ days }: { days: number | null }) {
  const { t } = useTranslation()
  if (days === null) return null
  if (days < 0)
    return (
      <Badge color="red" variant="filled">
        {t('cases.overdueBy', { count: -days })}
      </Badge>
    )
  if (days === 0) return <Badge color="orange">{t('cases.dueToday')}</Badge>
  return (
    <Badge color={days <= 7 ? 'orange' : 'gray'} variant="light">
      {t('cases.daysLeft', { count: days })}
    </Badge>
  )
}
