import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PERSON_ROLES, type PersonRole, type PersonView } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { HubErrorAlert, QueryWait } from '../../shared/HubErrorAlert'
import { errorMessage, fieldErrors } from '../../shared/hubError'
import { ListTable } from '../../shared/ListTable'
import { shortDateTime } from '../print/format'

type Kind = 'pin' | 'password'

/** The hall's people (settings, admin): add a person with the device roles they may act in
 * and a PIN or password; change their roles, reset the secret, unlock, deactivate. */
export function PeopleTab() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const list = useQuery(trpc.people.list.queryOptions())
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.people.pathKey() })
  const update = useMutation(trpc.people.update.mutationOptions({ onSuccess: refresh }))
  const unlock = useMutation(trpc.people.unlock.mutationOptions({ onSuccess: refresh }))
  const failed = update.error ?? unlock.error

  if (!list.isSuccess) return <QueryWait query={list} />
  return (
    <Stack maw={1400}>
      <Text>{t('people.intro')}</Text>
      <AddPerson onAdded={refresh} />
      <HubErrorAlert error={failed} />
      <ListTable
        label={t('people.title')}
        empty={t('people.none')}
        columns={[
          t('people.name'),
          t('people.roles'),
          t('people.secretKind'),
          t('people.status'),
          t('people.actions'),
        ]}
        rows={list.data}
      >
        {(person) => (
          <PersonRow
            key={person.id}
            person={person}
            onRoles={(roles) =>
              roles.length > 0 && update.mutate({ id: person.id, roles, active: person.active })
            }
            onActive={(active) => update.mutate({ id: person.id, roles: person.roles, active })}
            onUnlock={() => unlock.mutate({ id: person.id })}
            onChanged={refresh}
          />
        )}
      </ListTable>
    </Stack>
  )
}

function RoleChecks({
  value,
  onChange,
  label,
  hideLabel = false,
}: {
  value: PersonRole[]
  onChange: (roles: PersonRole[]) => void
  label: string
  /** In a table row the column heading says it: the label is for screen readers only. */
  hideLabel?: boolean
}) {
  const { t } = useTranslation()
  return (
    <Checkbox.Group
      label={hideLabel ? undefined : label}
      aria-label={hideLabel ? label : undefined}
      value={value}
      onChange={(next) => onChange(PERSON_ROLES.filter((r) => next.includes(r)))}
    >
      <Group gap="md" mt={hideLabel ? 0 : 4}>
        {PERSON_ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(`devices.role.${role}`)} />
        ))}
      </Group>
    </Checkbox.Group>
  )
}

function AddPerson({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const [name, setName] = useState('')
  const [roles, setRoles] = useState<PersonRole[]>(['desk'])
  const [kind, setKind] = useState<Kind>('pin')
  const [secret, setSecret] = useState('')
  const create = useMutation(
    trpc.people.create.mutationOptions({
      onSuccess: () => {
        setName('')
        setSecret('')
        onAdded()
      },
    }),
  )
  const errors = create.error ? fieldErrors(create.error, t) : {}
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(event) => {
          event.preventDefault()
          create.mutate({ name, roles, secretKind: kind, secret })
        }}
      >
        <Stack gap="sm">
          <Title order={4}>{t('people.add')}</Title>
          <Group align="flex-start" gap="lg" wrap="wrap">
            <TextInput
              label={t('people.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors['name']}
              w={200}
            />
            <RoleChecks label={t('people.roles')} value={roles} onChange={setRoles} />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="people-kind">
                {t('people.secretKind')}
              </Text>
              <SegmentedControl
                aria-labelledby="people-kind"
                value={kind}
                onChange={(v) => setKind(v as Kind)}
                data={[
                  { value: 'pin', label: t('people.kind.pin') },
                  { value: 'password', label: t('people.kind.password') },
                ]}
              />
            </Stack>
            <TextInput
              type="password"
              label={t('people.secret')}
              description={t('people.secretHint')}
              value={secret}
              onChange={(e) => setSecret(e.currentTarget.value)}
              autoComplete="new-password"
              error={errors['secret']}
              w={260}
            />
          </Group>
          {create.error && !errors['name'] && !errors['secret'] && (
            <Alert color="red" role="alert">
              {errorMessage(create.error, t)}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('people.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}

function PersonRow({
  person,
  onRoles,
  onActive,
  onUnlock,
  onChanged,
}: {
  person: PersonView
  onRoles: (roles: PersonRole[]) => void
  onActive: (active: boolean) => void
  onUnlock: () => void
  onChanged: () => void
}) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const [secret, setSecret] = useState('')
  const setSecretMutation = useMutation(
    trpc.people.setSecret.mutationOptions({
      onSuccess: () => {
        setSecret('')
        onChanged()
      },
    }),
  )
  return (
    <Table.Tr data-testid="person-row">
      <Table.Td>
        <Text fw={600}>{person.name}</Text>
      </Table.Td>
      <Table.Td>
        <RoleChecks
          label={t('people.roles')}
          hideLabel
          value={person.roles}
          onChange={(roles) => onRoles(roles)}
        />
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm">{t(`people.kind.${person.secretKind}`)}</Text>
          <TextInput
            size="xs"
            type="password"
            aria-label={t('people.newSecret')}
            placeholder={t('people.newSecret')}
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            autoComplete="new-password"
            error={setSecretMutation.error ? errorMessage(setSecretMutation.error, t) : undefined}
            w={170}
          />
          <Button
            size="xs"
            variant="light"
            disabled={!secret}
            onClick={() =>
              setSecretMutation.mutate({
                id: person.id,
                secretKind: /^\d+$/.test(secret) ? 'pin' : 'password',
                secret,
              })
            }
          >
            {t('people.changeSecret')}
          </Button>
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap={6}>
          <Badge color={person.active ? 'green' : 'gray'}>
            {person.active ? t('people.active') : t('people.inactive')}
          </Badge>
          {person.lockedUntil && (
            <Badge color="red">
              {t('people.locked', { time: shortDateTime(t, person.lockedUntil) })}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {person.lockedUntil && (
            <Button size="xs" variant="light" onClick={onUnlock}>
              {t('people.unlock')}
            </Button>
          )}
          <Button
            size="xs"
            variant="light"
            color={person.active ? 'red' : 'green'}
            onClick={() => onActive(!person.active)}
          >
            {person.active ? t('people.deactivate') : t('people.activate')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  )
}
