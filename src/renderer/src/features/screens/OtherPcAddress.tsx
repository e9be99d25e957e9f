import { Alert, Button, Code, Group, Image, Stack, Text } from '@mantine/core'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { StartPairingInput } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { useQrCode } from '../print/useQrCode'
import { HubErrorAlert } from '../../shared/HubErrorAlert'

/** The fingerprint as a certificate viewer shows it: AB:CD:… */
const shownFingerprint = (hex: string) => (hex.toUpperCase().match(/.{2}/g) ?? []).join(':')

/**
 * Another PC of the hall shows the chosen screen by pairing: the desk offers a one-time code
 * for that screen's role (the board, or a leader's table) and the hub's LAN address with the
 * code (and over HTTPS the hall certificate's fingerprint) as text and a QR code. No secret is
 * in the address: the other PC gets its own when it pairs. Said plainly when no other PC can
 * connect.
 */
export function OtherPcAddress({ device }: { device: StartPairingInput }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const addresses = useQuery({ ...trpc.system.screenAddresses.queryOptions(), staleTime: 0 })
  const offer = useMutation(trpc.device.startPairing.mutationOptions())
  const key = JSON.stringify(device)
  const { reset } = offer
  // Another screen chosen: its code is another one.
  useEffect(() => reset(), [key, reset])
  const url = offer.data?.urls[0]
  const qr = useQrCode(url)
  if (!addresses.data) return null
  if (addresses.data.loopbackOnly)
    return (
      <Alert color="yellow" title={t('screens.otherPc')}>
        {t('screens.loopbackOnly')}
      </Alert>
    )
  if (addresses.data.urls.length === 0)
    return (
      <Alert color="yellow" title={t('screens.otherPc')}>
        {t('screens.noLan')}
      </Alert>
    )
  return (
    <Stack gap={6} aria-label={t('screens.otherPc')} role="group">
      <Text fw={600} size="sm">
        {t('screens.otherPc')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('screens.otherPcHint')}
      </Text>
      {!offer.data ? (
        <Button
          variant="light"
          onClick={() => offer.mutate(device)}
          loading={offer.isPending}
          data-testid="screen-pair"
        >
          {t('screens.pairOther')}
        </Button>
      ) : (
        <>
          <Group justify="space-between" align="center" wrap="nowrap">
            <Text
              fz={32}
              fw={700}
              ff="monospace"
              lts={6}
              aria-label={t('devices.add.code')}
              data-testid="screen-pairing-code"
            >
              {offer.data.code}
            </Text>
            {qr && <Image src={qr} alt={t('screens.qrAlt')} w={132} h={132} />}
          </Group>
          <Code
            block
            style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
            data-testid="lan-url"
          >
            {url}
          </Code>
          {offer.data.fingerprint && (
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {t('screens.fingerprint')} {shownFingerprint(offer.data.fingerprint)}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('devices.add.expires', { minutes: 5 })}
          </Text>
        </>
      )}
      <HubErrorAlert error={offer.error} />
    </Stack>
  )
}
