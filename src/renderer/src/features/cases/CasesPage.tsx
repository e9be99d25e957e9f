import { Alert, Title, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export function CasesPage() {
  const { t } = useTranslation()
  return (
    <Stack>
      <Title order={2}>{t('nav.cases')}</Title>
      <Alert>{t('placeholder.comingSoon')}</Alert>
    </Stack>
  )
}
