import { Alert, Center, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** The hub answers but refuses this address's token: say so, and what to do, in place of a
 * screen that would otherwise spin on 「正在连接…」 for ever. */
export function TokenRefused() {
  const { t } = useTranslation()
  return (
    <Center h="100vh" p="md">
      <Alert color="red" title={t('connection.refusedTitle')} maw={640} role="alert">
        <Text>{t('connection.refusedText')}</Text>
        <Text mt="sm" fw={600}>
          {t('connection.refusedWhat')}
        </Text>
      </Alert>
    </Center>
  )
}
