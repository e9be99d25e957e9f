import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { NameInput } from '@shared/contract'
import { errorMessage, fieldErrors } from '../../shared/hubError'
import { schemaErrors } from '../../shared/schemaErrors'
import { StatusBadge } from './StatusBadge'

export interface NamedItem {
  id: number
  name: string
  active: boolean
}

interface Props {
  items: NamedItem[] | undefined
  labels: { list: string; name: string; add: string; empty: string; note?: string }
  create(name: string): Promise<unknown>
  rename(id: number, name: string): Promise<unknown>
  setActive(id: number, active: boolean): Promise<unknown>
}

/** The shape departments and subject categories share: add, rename, (de)activate; no delete. */
export function NameListEditor({ items, labels, create, rename, setActive }: Props) {
  const { t } = useTranslation()
  const [status, setStatus] = useState<string | null>(null)
  const form = useForm({
    initialValues: { name: '' },
    validate: (values) => schemaErrors(NameInput, values, t),
    onValuesChange: () => setStatus(null),
  })
  const [busy, setBusy] = useState(false)

  const submit = form.onSubmit(async (values) => {
    setBusy(true)
    try {
      await create(values.name.trim())
      form.reset()
      setStatus(t('common.saved'))
    } catch (error) {
      form.setFieldError('name', fieldErrors(error, t)['name'] ?? errorMessage(error, t))
    } finally {
      setBusy(false)
    }
  })

  return (
    <Stack gap="md" maw={900} component="section" aria-label={labels.list}>
      <Stack gap={4}>
        <Title order={3}>{labels.list}</Title>
        {labels.note && (
          <Text c="dimmed" size="sm">
            {labels.note}
          </Text>
        )}
      </Stack>
      <form onSubmit={submit} noValidate>
        <Group align="flex-start">
          <TextInput label={labels.name} w={360} {...form.getInputProps('name')} />
          <Button type="submit" mt={25} loading={busy}>
            {labels.add}
          </Button>
          {status && (
            <Text role="status" c="green" mt={30}>
              {status}
            </Text>
          )}
        </Group>
      </form>
      {items && items.length === 0 ? (
        <Text c="dimmed">{labels.empty}</Text>
      ) : (
        <Table striped highlightOnHover aria-label={labels.list}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.columns.name')}</Table.Th>
              <Table.Th w={120}>{t('settings.columns.status')}</Table.Th>
              <Table.Th w={220}>{t('settings.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(items ?? []).map((item) => (
              <NameRow key={item.id} item={item} rename={rename} setActive={setActive} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}

function NameRow({
  item,
  rename,
  setActive,
}: {
  item: NamedItem
  rename: Props['rename']
  setActive: Props['setActive']
}) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const [busy, setBusy] = useState(false)
  const [rowError, setRowError] = useState<string | null>(null)
  const form = useForm({
    initialValues: { name: item.name },
    validate: (values) => schemaErrors(NameInput, values, t),
  })

  const run = async (action: () => Promise<unknown>, onDone?: () => void) => {
    setBusy(true)
    setRowError(null)
    try {
      await action()
      onDone?.()
    } catch (error) {
      const message = fieldErrors(error, t)['name'] ?? errorMessage(error, t)
      if (editing) form.setFieldError('name', message)
      else setRowError(message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Table.Tr c={item.active ? undefined : 'dimmed'}>
      <Table.Td>
        {editing ? (
          <form
            noValidate
            onSubmit={form.onSubmit((values) =>
              run(
                () => rename(item.id, values.name.trim()),
                () => setEditing(false),
              ),
            )}
          >
            <Group align="flex-start" gap="xs">
              <TextInput
                label={t('settings.newName', { name: item.name })}
                size="sm"
                w={320}
                data-autofocus
                {...form.getInputProps('name')}
              />
              <Button type="submit" size="sm" mt={25} loading={busy}>
                {t('common.save')}
              </Button>
              <Button
                variant="default"
                size="sm"
                mt={25}
                onClick={() => {
                  form.reset()
                  setEditing(false)
                }}
              >
                {t('common.cancel')}
              </Button>
            </Group>
          </form>
        ) : (
          item.name
        )}
        {rowError && (
          <Text role="alert" c="red" size="sm">
            {rowError}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <StatusBadge active={item.active} />
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          {!editing && (
            <Button
              size="xs"
              variant="light"
              aria-label={t('settings.renameOf', { name: item.name })}
              onClick={() => setEditing(true)}
            >
              {t('settings.rename')}
            </Button>
          )}
          <Button
            size="xs"
            variant="subtle"
            color={item.active ? 'gray' : 'green'}
            loading={busy && !editing}
            aria-label={t(item.active ? 'settings.deactivateOf' : 'settings.activateOf', {
              name: item.name,
            })}
            onClick={() => run(() => setActive(item.id, !item.active))}
          >
            {t(item.active ? 'settings.deactivate' : 'settings.activate')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  )
}
