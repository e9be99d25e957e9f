import { Alert, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CityHall } from '@shared/contract/tally'
import { useHallClock } from '../../app/useHallClock'
import { useTRPC } from '../../app/trpc'
import { errorMessage } from '../../shared/hubError'

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`)

/** The city view (several halls on one server): every hall's day and its month's three rates. */
export function CityPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const { today } = useHallClock()
  const [date, setDate] = useState<string | null>(null)
  const chosen = date ?? today
  const city = useQuery(trpc.tally.city.queryOptions({ date: chosen }))
  const hallName = (h: CityHall) =>
    h.name ?? (h.code ? t('city.unnamed', { code: h.code }) : t('city.localHall'))
  return (
    <Stack maw={1400}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{t('city.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('city.intro')}
          </Text>
        </Stack>
        <TextInput
          type="date"
          label={t('city.date')}
          w={200}
          value={chosen}
          onChange={(e) => setDate(e.currentTarget.value || null)}
        />
      </Group>
      {city.isError && <Alert color="red">{errorMessage(city.error, t)}</Alert>}
      {city.isPending && <Loader aria-label={t('common.loading')} />}
      {city.data && (
        <>
          <Text size="sm" c="dimmed">
            {t('city.month', { month: city.data.month })}
          </Text>
          {city.data.halls.length === 0 ? (
            <Text c="dimmed">{t('city.none')}</Text>
          ) : (
            <Table striped withTableBorder aria-label={t('city.table')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('city.hall')}</Table.Th>
                  <Table.Th>{t('city.state')}</Table.Th>
                  <Table.Th ta="right">{t('city.batches')}</Table.Th>
                  <Table.Th ta="right">{t('city.persons')}</Table.Th>
                  <Table.Th ta="right">{t('city.collective')}</Table.Th>
                  <Table.Th ta="right">{t('city.concluded')}</Table.Th>
                  <Table.Th ta="right">{t('city.noShow')}</Table.Th>
                  <Table.Th ta="right">{t('city.response')}</Table.Th>
                  <Table.Th ta="right">{t('city.resolution')}</Table.Th>
                  <Table.Th ta="right">{t('city.satisfaction')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {city.data.halls.map((h) => (
                  <Table.Tr key={h.code} data-hall={h.code}>
                    <Table.Td fw={h.own ? 700 : undefined}>
                      {hallName(h)}
                      {h.own && ` (${t('city.ownHall')})`}
                    </Table.Td>
                    <Table.Td>{h.state ? t(`day.state.${h.state}`) : t('city.noDay')}</Table.Td>
                    <Table.Td ta="right">{h.totals?.batches ?? '—'}</Table.Td>
                    <Table.Td ta="right">{h.totals?.persons ?? '—'}</Table.Td>
                    <Table.Td ta="right">{h.totals?.collectiveBatches ?? '—'}</Table.Td>
                    <Table.Td ta="right">{h.totals?.concludedBatches ?? '—'}</Table.Td>
                    <Table.Td ta="right">{h.totals?.noShowBatches ?? '—'}</Table.Td>
                    <Table.Td ta="right">{percent(h.response.rate)}</Table.Td>
                    <Table.Td ta="right">{percent(h.resolution.rate)}</Table.Td>
                    <Table.Td ta="right">{percent(h.satisfaction.rate)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Stack>
  )
}
