import {
  Alert,
  Button,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { z } from 'zod'
import { CASE_LIST_LIMIT, CaseState, DueFilter, type CaseRow } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { errorMessage } from '../../shared/hubError'
import { longDate } from '../print/format'
import { CaseDetailDrawer } from './CaseDetailDrawer'
import { CaseSearchField } from './CaseSearchField'
import { DaysLeft } from './DaysLeft'
import { ProvisionalBadge } from './ProvisionalBadge'

const StateFilter = z.union([CaseState, z.literal('all')])

/** Cases after the day: searched, filtered by state and deadline, the overdue ones
 * highlighted. */
export function CasesPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const [params, setParams] = useSearchParams()
  const state = StateFilter.catch('open').parse(params.get('state') ?? 'open')
  const due = DueFilter.catch('all').parse(params.get('due') ?? 'all')
  const query = params.get('q')?.trim() ?? ''
  const selected = Number(params.get('case')) || null
  const list = useQuery({
    ...trpc.case.list.queryOptions({ state, due, ...(query ? { query } : {}) }),
    // The rows searched before stay on screen while the next search runs.
    placeholderData: keepPreviousData,
  })

  const set = (name: string, value: string | null, replace = false) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (value === null) next.delete(name)
        else next.set(name, value)
        return next
      },
      { replace },
    )
  const rows = list.data?.rows

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('cases.title')}</Title>
        {list.data && (
          <Text c={list.data.overdueCount ? 'red.8' : 'dimmed'} data-testid="case-counts">
            {t('cases.counts', { open: list.data.openCount, overdue: list.data.overdueCount })}
          </Text>
        )}
      </Group>
      <Group gap="xl" align="flex-end">
        {/* Typing replaces the history entry: Back leaves the search, not each keystroke. */}
        <CaseSearchField value={query} onSearch={(q) => set('q', q || null, true)} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="case-state-label">
            {t('cases.state')}
          </Text>
          <SegmentedControl
            aria-labelledby="case-state-label"
            value={state}
            onChange={(value) => set('state', value)}
            data={[
              ...CaseState.options.map((s) => ({ value: s, label: t(`caseState.${s}`) })),
              { value: 'all', label: t('cases.stateAll') },
            ]}
          />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="case-due-label">
            {t('cases.due')}
          </Text>
          <SegmentedControl
            aria-labelledby="case-due-label"
            value={due}
            onChange={(value) => set('due', value)}
            data={DueFilter.options.map((d) => ({ value: d, label: t(`cases.dueOption.${d}`) }))}
          />
        </Stack>
      </Group>
      {list.isError && <Alert color="red">{errorMessage(list.error, t)}</Alert>}
      {list.isPending && <Loader aria-label={t('common.loading')} />}
      {query && rows && (
        <Text size="sm" role="status" data-testid="case-search-count">
          {/* A full page may not be all: the list answers the first CASE_LIST_LIMIT rows. */}
          {rows.length >= CASE_LIST_LIMIT
            ? t('cases.foundFirst', { count: rows.length })
            : t('cases.found', { count: rows.length })}
        </Text>
      )}
      {rows && rows.length === 0 && (
        <Text c="dimmed">{query ? t('cases.noMatch', { query }) : t('cases.empty')}</Text>
      )}
      {rows && rows.length > 0 && (
        <Table
          striped
          highlightOnHover
          withTableBorder
          aria-label={t('cases.title')}
          // Short columns on one line; only the summary wraps (1366-wide desks too).
          styles={{ th: { whiteSpace: 'nowrap' }, td: { whiteSpace: 'nowrap' } }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cases.col.caseNo')}</Table.Th>
              <Table.Th>{t('cases.col.day')}</Table.Th>
              <Table.Th>{t('cases.col.nature')}</Table.Th>
              <Table.Th>{t('cases.col.summary')}</Table.Th>
              <Table.Th>{t('cases.col.outcome')}</Table.Th>
              <Table.Th>{t('cases.col.department')}</Table.Th>
              <Table.Th>{t('cases.col.owner')}</Table.Th>
              <Table.Th>{t('cases.col.deadline')}</Table.Th>
              <Table.Th>{t('cases.col.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <CaseTableRow
                key={row.caseId}
                row={row}
                onOpen={() => set('case', String(row.caseId))}
              />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CaseDetailDrawer caseId={selected} onClose={() => set('case', null)} />
    </Stack>
  )
}

function CaseTableRow({ row, onOpen }: { row: CaseRow; onOpen: () => void }) {
  const { t } = useTranslation()
  return (
    <Table.Tr
      data-case-no={row.caseNo}
      data-overdue={row.overdue ? 'true' : 'false'}
      bg={row.overdue ? 'red.0' : undefined}
    >
      <Table.Td>
        <Button
          variant="subtle"
          size="compact-sm"
          ff="monospace"
          aria-label={t('cases.open', { caseNo: row.caseNo })}
          onClick={onOpen}
        >
          {row.caseNo}
        </Button>
      </Table.Td>
      <Table.Td>{longDate(t, row.dayDate)}</Table.Td>
      <Table.Td>{t(`nature.${row.nature}`)}</Table.Td>
      <Table.Td maw={320} miw={160} style={{ whiteSpace: 'normal' }}>
        <Text size="sm" lineClamp={2} c={row.summary === null ? 'dimmed' : undefined}>
          {row.summary ?? t('cases.accusationHidden')}
        </Text>
      </Table.Td>
      <Table.Td>{row.outcome ? t(`outcome.${row.outcome}`) : t('outcome.none')}</Table.Td>
      <Table.Td>{row.departmentName ?? '—'}</Table.Td>
      <Table.Td>{row.ownerLeaderName ?? '—'}</Table.Td>
      <Table.Td>
        {row.deadline ? (
          <Stack gap={2} align="flex-start">
            <Text
              size="sm"
              c={row.overdue ? 'red.8' : undefined}
              fw={row.overdue ? 700 : undefined}
            >
              {longDate(t, row.deadline)}
            </Text>
            <Group gap={4} wrap="nowrap">
              <ProvisionalBadge show={row.deadlineProvisional} />
              <DaysLeft days={row.daysLeft} />
            </Group>
          </Stack>
        ) : (
          '—'
        )}
      </Table.Td>
      <Table.Td>{t(`caseState.${row.state}`)}</Table.Td>
    </Table.Tr>
  )
}
