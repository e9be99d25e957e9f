import {
  Alert,
  Button,
  Code,
  Group,
  Image,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PairingOffer } from '@shared/contract'
import { ROLES, type Role } from '@shared/contract/roles'
import { useTRPC } from '../../app/trpc'
import { errorMessage, fieldErrors } from '../../shared/hubError'
import { useQrCode } from '../print/useQrCode'

/** 添加设备: the admin names the new device and its role; the hub offers a one-time code and
 * its LAN address with the code as a QR, valid for a few minutes. */
export function AddDeviceModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const [name, setName] = useState('')
  const [role, setRole] = useState<Role>('desk')
  const [tableNo, setTableNo] = useState<number | string>(1)
  const [offer, setOffer] = useState<PairingOffer | null>(null)
  const start = useMutation(trpc.device.startPairing.mutationOptions({ onSuccess: setOffer }))
  const errors = start.error ? fieldErrors(start.error, t) : {}
  const url = offer?.urls[0]
  const qr = useQrCode(url)
  const close = () => {
    setOffer(null)
    start.reset()
    onClose()
  }
  return (
    <Modal opened={opened} onClose={close} title={t('devices.add.title')} size="lg">
      {offer ? (
        <Stack align="center" gap="sm">
          <Text>{t('devices.add.enterCode')}</Text>
          <Text
            fz={48}
            fw={700}
            ff="monospace"
            lts={8}
            aria-label={t('devices.add.code')}
            data-testid="pairing-code"
          >
            {offer.code}
          </Text>
          {qr && <Image src={qr} alt={t('devices.add.qrAlt')} w={180} h={180} />}
          {url && (
            <Code block style={{ wordBreak: 'break-all' }} data-testid="pairing-url">
              {url}
            </Code>
          )}
          <Text size="sm" c="dimmed">
            {t('devices.add.expires', { minutes: 5 })}
          </Text>
          <Button onClick={close}>{t('devices.add.done')}</Button>
        </Stack>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            start.mutate({
              name,
              role,
              ...(role === 'leader' ? { tableNo: Number(tableNo) } : {}),
            })
          }}
        >
          <Stack>
            <TextInput
              label={t('devices.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors['name']}
              required
            />
            <Select
              label={t('devices.roleLabel')}
              data={ROLES.map((r) => ({ value: r, label: t(`devices.role.${r}`) }))}
              value={role}
              onChange={(value) => value && setRole(value as Role)}
              allowDeselect={false}
            />
            {role === 'leader' && (
              <NumberInput
                label={t('devices.tableNo')}
                value={tableNo}
                onChange={setTableNo}
                min={1}
                max={99}
                error={errors['tableNo']}
              />
            )}
            {start.error && !Object.keys(errors).length && (
              <Alert color="red" role="alert">
                {errorMessage(start.error, t)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button type="submit" loading={start.isPending}>
                {t('devices.add.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  )
}
