import { Alert, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CountyView, TownshipImportResult } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { errorMessage } from '../../shared/hubError'
import { countyLabel } from './countyLabel'
import { useReferenceRefresh } from '../live/useLiveUpdates'

/** The county the hall serves, chosen by name; its townships come from the division data. */
export function TownshipsTab() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const refresh = useReferenceRefresh()
  const settings = useQuery(trpc.reference.settings.queryOptions())
  const townships = useQuery(trpc.reference.townships.queryOptions())
  const leaders = useQuery(trpc.leader.list.queryOptions())

  const [search, setSearch] = useState('')
  const [query] = useDebouncedValue(search.trim(), 200)
  const [chosen, setChosen] = useState<CountyView | null>(null)
  const [result, setResult] = useState<TownshipImportResult | null>(null)
  const found = useQuery({
    ...trpc.reference.searchCounties.queryOptions({ query }),
    enabled: query.length > 0,
    placeholderData: (previous) => previous,
  })
  const importTownships = useMutation(
    trpc.reference.importTownships.mutationOptions({
      onSuccess: (imported) => {
        setResult(imported)
        setChosen(null)
        setSearch('')
        return refresh()
      },
    }),
  )

  const candidates = [
    ...(chosen ? [chosen] : []),
    ...(found.data ?? []).filter((c) => c.code !== chosen?.code),
  ]
  const current = settings.data?.county ?? null
  const liaisons = new Map<string, string[]>()
  for (const leader of leaders.data ?? [])
    for (const town of leader.townships)
      liaisons.set(town.code, [...(liaisons.get(town.code) ?? []), leader.name])

  return (
    <Stack gap="lg" maw={1000}>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Text fw={600}>
            {current
              ? t('settings.townships.current', {
                  county: countyLabel(current),
                  code: current.code,
                })
              : t('settings.townships.none')}
          </Text>
          <Group align="flex-end">
            <Select
              label={t('settings.townships.county')}
              placeholder={t('settings.townships.countyPlaceholder')}
              w={420}
              searchable
              searchValue={search}
              onSearchChange={setSearch}
              data={candidates.map((c) => ({
                value: c.code,
                label: `${countyLabel(c)}（${c.code}）`,
              }))}
              filter={({ options }) => options}
              nothingFoundMessage={query ? t('settings.townships.nothingFound') : undefined}
              value={chosen?.code ?? null}
              onChange={(code) => setChosen(candidates.find((c) => c.code === code) ?? null)}
            />
            <Button
              disabled={!chosen}
              loading={importTownships.isPending}
              onClick={() => chosen && importTownships.mutate({ countyCode: chosen.code })}
            >
              {t('settings.townships.import')}
            </Button>
          </Group>
          {chosen && current && chosen.code !== current.code && (
            <Alert color="yellow" variant="light">
              {t('settings.townships.replaceWarning', {
                from: current.name,
                to: chosen.name,
              })}
            </Alert>
          )}
          {importTownships.isError && (
            <Text role="alert" c="red">
              {errorMessage(importTownships.error, t)}
            </Text>
          )}
          {result && (
            <Text role="status" c="green">
              {t('settings.townships.imported', {
                county: result.county.name,
                count: result.townships.length,
              })}
              {result.kept.length > 0 &&
                ` ${t('settings.townships.kept', { count: result.kept.length })}`}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {t('settings.townships.source')}
          </Text>
        </Stack>
      </Paper>

      <Stack gap="sm" component="section" aria-labelledby="township-list-heading">
        <Group gap="sm" align="baseline">
          <Title order={3} id="township-list-heading">
            {t('settings.townships.list')}
          </Title>
          {townships.data && townships.data.length > 0 && (
            <Text c="dimmed">
              {t('settings.townships.count', { count: townships.data.length })}
            </Text>
          )}
        </Group>
        {townships.isSuccess && townships.data.length === 0 ? (
          <Text c="dimmed">{t('settings.townships.empty')}</Text>
        ) : (
          <Table striped aria-labelledby="township-list-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={160}>{t('settings.townships.columns.code')}</Table.Th>
                <Table.Th>{t('settings.townships.columns.name')}</Table.Th>
                <Table.Th>{t('settings.townships.columns.liaison')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(townships.data ?? []).map((town) => (
                <Table.Tr key={town.code}>
                  <Table.Td ff="monospace">{town.code}</Table.Td>
                  <Table.Td>{town.name}</Table.Td>
                  <Table.Td>{(liaisons.get(town.code) ?? []).join('、')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Stack>
  )
}
