import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeviceView } from '@shared/contract'
import { ROLES, type Role } from '@shared/contract/roles'
import { useTRPC } from '../../app/trpc'
import { HubErrorAlert, QueryWait } from '../../shared/HubErrorAlert'
import { ListTable } from '../../shared/ListTable'
import { shortDateTime } from '../print/format'
import { AddDeviceModal } from './AddDeviceModal'

/** The hall's paired devices (settings, admin): role, name, last seen, address; rename,
 * change role, revoke. */
export function DevicesTab() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const list = useQuery({ ...trpc.device.list.queryOptions(), refetchInterval: 15_000 })
  const [adding, setAdding] = useState(false)
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.device.list.pathKey() })
  const options = { onSuccess: () => void refresh() }
  const rename = useMutation(trpc.device.rename.mutationOptions(options))
  const setRole = useMutation(trpc.device.setRole.mutationOptions(options))
  const revoke = useMutation(trpc.device.revoke.mutationOptions(options))
  const failed = rename.error ?? setRole.error ?? revoke.error

  if (!list.isSuccess) return <QueryWait query={list} />
  return (
    <Stack maw={1400}>
      <Group justify="space-between">
        <Text>{t('devices.intro')}</Text>
        <Button onClick={() => setAdding(true)}>{t('devices.add.title')}</Button>
      </Group>
      <HubErrorAlert error={failed} />
      <ListTable
        label={t('devices.title')}
        empty={t('devices.none')}
        columns={[
          t('devices.name'),
          t('devices.roleLabel'),
          t('devices.person'),
          t('devices.lastSeen'),
          t('devices.address'),
          t('devices.actions'),
        ]}
        rows={list.data}
      >
        {(device) => (
          <DeviceRow
            key={device.id}
            device={device}
            onRename={(name) => rename.mutate({ id: device.id, name })}
            onRole={(role, tableNo) =>
              setRole.mutate({ id: device.id, role, ...(tableNo ? { tableNo } : {}) })
            }
            onRevoke={() => revoke.mutate({ id: device.id })}
          />
        )}
      </ListTable>
      <AddDeviceModal
        opened={adding}
        onClose={() => {
          setAdding(false)
          void refresh()
        }}
      />
    </Stack>
  )
}

function DeviceRow({
  device,
  onRename,
  onRole,
  onRevoke,
}: {
  device: DeviceView
  onRename: (name: string) => void
  onRole: (role: Role, tableNo: number | null) => void
  onRevoke: () => void
}) {
  const { t } = useTranslation()
  const [name, setName] = useState(device.name)
  const revoked = device.revokedAt !== null
  const roleText =
    t(`devices.role.${device.role}`) +
    (device.tableNo ? ` · ${t('devices.tableShort', { tableNo: device.tableNo })}` : '')
  return (
    <Table.Tr data-testid="device-row">
      <Table.Td>
        <TextInput
          aria-label={t('devices.name')}
          value={name}
          disabled={revoked}
          onChange={(e) => setName(e.currentTarget.value)}
          onBlur={() => name !== device.name && name.trim() && onRename(name.trim())}
          size="xs"
        />
      </Table.Td>
      <Table.Td>
        {revoked ? (
          <Group gap={6}>
            <Text size="sm">{roleText}</Text>
            <Badge color="gray">{t('devices.revoked')}</Badge>
          </Group>
        ) : (
          <Select
            aria-label={t('devices.roleLabel')}
            size="xs"
            data={ROLES.filter((r) => r !== 'leader' || device.role === 'leader').map((r) => ({
              value: r,
              label: r === 'leader' ? roleText : t(`devices.role.${r}`),
            }))}
            value={device.role}
            allowDeselect={false}
            onChange={(value) =>
              value && value !== device.role && onRole(value as Role, device.tableNo)
            }
          />
        )}
      </Table.Td>
      <Table.Td data-testid="device-person">{device.personName ?? '—'}</Table.Td>
      <Table.Td>{device.lastSeenAt ? shortDateTime(t, device.lastSeenAt) : '—'}</Table.Td>
      <Table.Td>{device.lastAddress ?? '—'}</Table.Td>
      <Table.Td>
        {!revoked && (
          <Button size="xs" color="red" variant="light" onClick={onRevoke}>
            {t('devices.revoke')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  )
}
