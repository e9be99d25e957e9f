import { Alert, Anchor, Code, CopyButton, Group, Image, Stack, Text, Button } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../app/trpc'
import { useQrCode } from '../print/useQrCode'

/**
 * Where another PC of the hall opens the chosen screen: the hub's LAN address with the hall's
 * token and the screen's route, as text to copy and a QR code to scan (a phone or a tablet
 * with a camera, or to read the address off). Said plainly when no other PC can connect.
 */
export function OtherPcAddress({ route }: { route: string }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const addresses = useQuery({ ...trpc.system.screenAddresses.queryOptions(), staleTime: 0 })
  const base = addresses.data?.urls[0]
  const url = base ? `${base}#${route}` : undefined
  const qr = useQrCode(url)
  if (!addresses.data) return null
  if (addresses.data.loopbackOnly)
    return (
      <Alert color="yellow" title={t('screens.otherPc')}>
        {t('screens.loopbackOnly')}
      </Alert>
    )
  if (!url)
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
      <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid="lan-url">
        {url}
      </Code>
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {t('screens.otherPcHint')}
        </Text>
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" onClick={copy} style={{ flexShrink: 0 }}>
              {copied ? t('reports.copied') : t('reports.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      {qr && <Image src={qr} alt={t('screens.qrAlt')} w={150} h={150} mx="auto" />}
      {addresses.data.urls.length > 1 && (
        <Text size="xs" c="dimmed">
          {t('screens.moreAddresses')}{' '}
          {addresses.data.urls.slice(1).map((other) => (
            <Anchor key={other} href={`${other}#${route}`} size="xs" mr={6}>
              {new URL(other).host}
            </Anchor>
          ))}
        </Text>
      )}
    </Stack>
  )
}
