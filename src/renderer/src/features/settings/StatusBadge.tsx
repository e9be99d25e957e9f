import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export function StatusBadge({ active }: { active: boolean }) {
  const { t } = useTranslation()
  return (
    <Badge variant="light" color={active ? 'green' : 'gray'}>
      {t(active ? 'settings.status.active' : 'settings.status.inactive')}
    </Badge>
  )
}
