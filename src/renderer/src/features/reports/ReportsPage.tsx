import { Alert, Title, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export function ReportsPage() {
  const { t } = useTranslation()
  return (
    <Stack>
      <Title order={2}>{t('nav.reports')}</Title>
      <Alert>{t('placeholder.comingSoon')}</Alert>
    </Stack>
  )
}
