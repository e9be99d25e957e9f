import { Alert, Button, Center, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ThisDevice } from '@shared/contract'
import { homeOf } from './home'

/** The code in the pairing address the admin's QR carries (`#/pair/123456`), if any. */
const codeInAddress = () => /^#\/pair\/(\d{6})/.exec(location.hash)?.[1] ?? ''

/**
 * A browser the hub does not know yet: enter (or scan) the code the admin's screen shows. The
 * hub answers with an HttpOnly cookie holding this device's own secret (never seen by this
 * page); the page then opens the device's own screen.
 */
export function PairPage() {
  const { t, i18n } = useTranslation()
  const [code, setCode] = useState(codeInAddress)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    setBusy(true)
    setError(null)
    try {
      const res = await fetch('/pair', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-locale': i18n.language },
        body: JSON.stringify({ code: code.trim() }),
      })
      const body = (await res.json()) as { device?: ThisDevice; error?: { message: string } }
      if (!res.ok || !body.device) {
        setError(body.error?.message ?? t('devices.pair.wrongCode'))
        return
      }
      location.replace(`${location.pathname}${homeOf(body.device)}`)
      location.reload()
    } catch {
      setError(t('connection.reconnecting'))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Center h="100vh" p="md">
      <Paper withBorder p="xl" maw={520} w="100%">
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void submit()
          }}
        >
          <Stack>
            <Title order={2}>{t('devices.pair.title')}</Title>
            <Text>{t('devices.pair.intro')}</Text>
            <TextInput
              label={t('devices.pair.code')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              size="lg"
              required
            />
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={busy} size="md">
              {t('devices.pair.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  )
}
