import { Badge, Button, Grid, Group, Stack, Table, Text, Title } from '@mantine/core'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LeaderDetail } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { errorMessage } from '../../shared/hubError'
import { LeaderForm } from './LeaderForm'
import { StatusBadge } from './StatusBadge'
import { useReferenceRefresh } from '../live/useLiveUpdates'

export function LeadersTab() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const refresh = useReferenceRefresh()
  const leaders = useQuery(trpc.leader.list.queryOptions({ includeInactive: true }))
  const categories = useQuery(trpc.reference.categories.queryOptions())
  const townships = useQuery(trpc.reference.townships.queryOptions())
  const [editing, setEditing] = useState<LeaderDetail | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const setActive = useMutation(
    trpc.leader.setActive.mutationOptions({
      onSuccess: (leader) => {
        setStatus(
          t(leader.active ? 'settings.activated' : 'settings.deactivated', { name: leader.name }),
        )
        return refresh()
      },
    }),
  )

  const list = leaders.data ?? []
  return (
    <Grid gutter="xl">
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack gap="xs">
          <LeaderForm
            key={editing?.id ?? 'new'}
            leader={editing}
            leaders={list}
            categories={categories.data ?? []}
            townships={townships.data ?? []}
            onSaved={(leader) => {
              setEditing(null)
              setStatus(t('settings.savedName', { name: leader.name }))
              void refresh()
            }}
            onCancel={() => setEditing(null)}
          />
          {status && (
            <Text role="status" c="green">
              {status}
            </Text>
          )}
          {setActive.isError && (
            <Text role="alert" c="red">
              {errorMessage(setActive.error, t)}
            </Text>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="sm" component="section" aria-labelledby="leader-list-heading">
          <Title order={3} id="leader-list-heading">
            {t('settings.leaders.list')}
          </Title>
          {leaders.isSuccess && list.length === 0 ? (
            <Text c="dimmed">{t('settings.leaders.empty')}</Text>
          ) : (
            <Table striped verticalSpacing="sm" aria-labelledby="leader-list-heading">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={110}>{t('settings.leaders.columns.name')}</Table.Th>
                  <Table.Th w={170}>{t('settings.leaders.columns.title')}</Table.Th>
                  <Table.Th>{t('settings.leaders.columns.areas')}</Table.Th>
                  <Table.Th>{t('settings.leaders.columns.townships')}</Table.Th>
                  <Table.Th w={90}>{t('settings.columns.status')}</Table.Th>
                  <Table.Th w={150}>{t('settings.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((leader) => (
                  <Table.Tr key={leader.id} c={leader.active ? undefined : 'dimmed'}>
                    <Table.Td fw={600}>{leader.name}</Table.Td>
                    <Table.Td>{leader.title}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {leader.areas.map((a) => (
                          <Badge key={a.id} variant="light" color="blue">
                            {a.name}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {leader.townships.map((town) => (
                          <Badge key={town.code} variant="light" color="teal">
                            {town.name}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge active={leader.active} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="light"
                          aria-label={t('settings.leaders.editOf', { name: leader.name })}
                          onClick={() => {
                            setStatus(null)
                            setEditing(leader)
                          }}
                        >
                          {t('settings.leaders.edit')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color={leader.active ? 'gray' : 'green'}
                          aria-label={t(
                            leader.active ? 'settings.deactivateOf' : 'settings.activateOf',
                            { name: leader.name },
                          )}
                          onClick={() =>
                            setActive.mutate({ id: leader.id, active: !leader.active })
                          }
                        >
                          {t(leader.active ? 'settings.deactivate' : 'settings.activate')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  )
}
