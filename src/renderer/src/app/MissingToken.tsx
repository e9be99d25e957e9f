import { Alert, Center } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export function MissingToken() {
  const { t } = useTranslation()
  return (
    <Center h="100vh">
      <Alert color="red" title={t('app.fullName')} maw={560}>
        {t('connection.noToken')}
      </Alert>
    </Center>
  )
}
