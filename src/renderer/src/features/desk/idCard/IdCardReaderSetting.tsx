import { Button, Group, Stack, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isLocalReaderAddress } from '@shared/idCard/jykjProtocol'
import { readerSetting } from './readerSetting'

/** The ID-card reader's local service address, for this PC only. */
export function IdCardReaderSetting() {
  const { t } = useTranslation()
  const [address, setAddress] = useState(readerSetting.load)
  const trimmed = address.trim()
  const valid = isLocalReaderAddress(trimmed)
  return (
    <Stack maw={640} gap="xs">
      <Title order={3}>{t('settings.tabs.device')}</Title>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          if (!valid) return
          readerSetting.save(trimmed)
          notifications.show({ color: 'green', message: t('desk.reader.saved') })
        }}
      >
        <Group align="flex-end">
          <TextInput
            style={{ flex: 1 }}
            label={t('desk.reader.address')}
            description={t('desk.reader.addressHint')}
            placeholder="ws://127.0.0.1:1919"
            value={address}
            error={valid ? undefined : t('desk.reader.invalidAddress')}
            onChange={(e) => setAddress(e.currentTarget.value)}
          />
          <Button type="submit" disabled={!valid}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
    </Stack>
  )
}
