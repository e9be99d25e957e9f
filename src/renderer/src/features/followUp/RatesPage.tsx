import {
  Alert,
  Button,
  Group,
  Loader,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { z } from 'zod'
import type { Figures, RatesView, Ratio } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { errorMessage } from '../../shared/hubError'
import { longDateTime } from '../print/format'
import { CaseDetailDrawer } from '../cases/CaseDetailDrawer'
import { RatesDrillDrawer, type Drill } from './RatesDrillDrawer'
import { RatesExportButtons } from './RatesExportButtons'

const Group_ = z.enum(['department', 'ownerLeader', 'township', 'category'])
type GroupBy = z.infer<typeof Group_>
const groupKey = {
  department: 'byDepartment',
  ownerLeader: 'byOwnerLeader',
  township: 'byTownship',
  category: 'byCategory',
} as const satisfies Record<GroupBy, keyof RatesView>

/** The last 12 months up to the hall's month, newest first. */
function monthsUpTo(today: string): string[] {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))]
  return Array.from({ length: 12 }, (_, i) => {
    const n = y * 12 + (m - 1) - i
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`
  })
}

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`)

/** The three rates and the follow-up figures of a month, by department, leader, township… */
export function RatesPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const [params, setParams] = useSearchParams()
  const work = useQuery(trpc.followUp.workList.queryOptions({}))
  const today = work.data?.today
  const months = today ? monthsUpTo(today) : []
  const month = params.get('month') ?? months[0] ?? null
  const by = Group_.catch('department').parse(params.get('by') ?? 'department')
  const rates = useQuery({
    ...trpc.followUp.rates.queryOptions({ month: month ?? '2000-01' }),
    enabled: month !== null,
  })
  const close = useMutation(
    trpc.followUp.closeMonth.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.followUp.pathKey() }),
    }),
  )
  const set = (name: string, value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current)
      if (value === null) next.delete(name)
      else next.set(name, value)
      return next
    })
  const view = rates.data
  const [drill, setDrill] = useState<Drill | null>(null)
  const selected = Number(params.get('case')) || null
  return (
    <Stack>
      <Title order={2}>{t('followUp.rates.title')}</Title>
      <Group align="flex-end" gap="xl">
        <Select
          label={t('followUp.rates.month')}
          data={months}
          value={month}
          onChange={(value) => set('month', value)}
          allowDeselect={false}
          w={160}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="rates-group-label">
            {t('followUp.rates.groupBy')}
          </Text>
          <SegmentedControl
            aria-labelledby="rates-group-label"
            value={by}
            onChange={(value) => set('by', value)}
            data={Group_.options.map((g) => ({ value: g, label: t(`followUp.rates.group.${g}`) }))}
          />
        </Stack>
        {view && !view.frozen && month && today && month < today.slice(0, 7) && (
          <Button
            variant="outline"
            loading={close.isPending}
            onClick={() => close.mutate({ month })}
          >
            {t('followUp.rates.closeMonth')}
          </Button>
        )}
        {view && month && <RatesExportButtons month={month} />}
      </Group>
      {close.isError && <Alert color="red">{errorMessage(close.error, t)}</Alert>}
      {rates.isError && <Alert color="red">{errorMessage(rates.error, t)}</Alert>}
      {rates.isPending && month && <Loader aria-label={t('common.loading')} />}
      {view && (
        <>
          <Text size="sm" c={view.frozen ? 'teal.8' : 'dimmed'} data-testid="rates-frozen">
            {view.frozen && view.frozenAt
              ? t('followUp.rates.frozen', { at: longDateTime(t, view.frozenAt) })
              : t('followUp.rates.live')}
          </Text>
          <Table withTableBorder striped aria-label={t('followUp.rates.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t(`followUp.rates.group.${by}`)}</Table.Th>
                {(
                  [
                    'valid',
                    'failed',
                    'response',
                    'resolution',
                    'satisfaction',
                    'composite',
                    'onTime',
                    'timelyNotice',
                  ] as const
                ).map((c) => (
                  <Table.Th key={c}>{t(`followUp.rates.col.${c}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view[groupKey[by]].map((g) => (
                <FigureRow
                  key={g.key}
                  name={g.name ?? t('followUp.rates.none')}
                  f={g.figures}
                  onDrill={setDrill}
                />
              ))}
              <FigureRow
                name={t('followUp.rates.overall')}
                f={view.overall}
                strong
                onDrill={setDrill}
              />
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed">
            {t('followUp.rates.weights', {
              w: view.settings.wPercent / 100,
              a: view.settings.responseWeight,
              b: view.settings.resolutionWeight,
              c: view.settings.satisfactionWeight,
            })}
          </Text>
        </>
      )}
      <RatesDrillDrawer
        drill={drill}
        onClose={() => setDrill(null)}
        onOpenCase={(caseId) => set('case', String(caseId))}
      />
      <CaseDetailDrawer caseId={selected} onClose={() => set('case', null)} />
    </Stack>
  )
}

function FigureRow({
  name,
  f,
  strong,
  onDrill,
}: {
  name: string
  f: Figures
  strong?: boolean
  onDrill: (drill: Drill) => void
}) {
  const { t } = useTranslation()
  // Each figure opens the list of its cases (the ids are in the view).
  const cell = (key: string, r: Ratio) => {
    const figure = t(`followUp.rates.col.${key}`)
    return (
      <Table.Td>
        <Button
          variant="subtle"
          color="dark"
          size="compact-sm"
          px={4}
          fw={strong ? 700 : 400}
          disabled={r.ofCaseIds.length === 0}
          aria-label={t('ratesReport.drill.showCases', { group: name, figure })}
          onClick={() => onDrill({ group: name, figure, ratio: r })}
        >
          {percent(r.rate)}
          <Text span size="xs" c="dimmed" ml={4}>
            {t('followUp.rates.ratio', { count: r.count, of: r.of })}
          </Text>
        </Button>
      </Table.Td>
    )
  }
  return (
    <Table.Tr fw={strong ? 700 : undefined} data-group={name}>
      <Table.Td>{name}</Table.Td>
      <Table.Td>{f.valid}</Table.Td>
      <Table.Td>{f.failed}</Table.Td>
      {cell('response', f.response)}
      {cell('resolution', f.resolution)}
      {cell('satisfaction', f.satisfaction)}
      <Table.Td>{f.composite === null ? '—' : (f.composite * 100).toFixed(1)}</Table.Td>
      {cell('onTime', f.onTime)}
      {cell('timelyNotice', f.timelyNotice)}
    </Table.Tr>
  )
}
