import { Alert, Box, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** The hall board; calling tickets arrives with the queue issue. */
export function BoardPage() {
  const { t } = useTranslation()
  return (
    <Box p="xl">
      <Title order={1}>{t('board.title')}</Title>
      <Alert mt="md">{t('placeholder.comingSoon')}</Alert>
    </Box>
  )
}
