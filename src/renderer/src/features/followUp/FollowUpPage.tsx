import {
  Alert,
  Badge,
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
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { z } from 'zod'
import { WorkReason, type WorkRow } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { errorMessage } from '../../shared/hubError'
import { CaseDetailDrawer } from '../cases/CaseDetailDrawer'
import { longDate } from '../print/format'

const Filter = z.union([WorkReason, z.literal('all')])
const Sort = z.enum(['deadline', 'department', 'owner'])
type Sort = z.infer<typeof Sort>

const byText = (a: string | null, b: string | null) =>
  (a ?? '\uffff').localeCompare(b ?? '\uffff', 'zh-CN')
const byDeadline = (a: WorkRow, b: WorkRow) =>
  (a.workingDaysLeft ?? Infinity) - (b.workingDaysLeft ?? Infinity) || a.caseId - b.caseId

function sortRows(rows: WorkRow[], sort: Sort): WorkRow[] {
  const copy = [...rows]
  if (sort === 'department')
    return copy.sort((a, b) => byText(a.departmentName, b.departmentName) || byDeadline(a, b))
  if (sort === 'owner')
    return copy.sort((a, b) => byText(a.ownerLeaderName, b.ownerLeaderName) || byDeadline(a, b))
  return copy.sort(byDeadline)
}

/** What staff have to do after the day: call-backs, notices, deadlines near and past. */
export function FollowUpPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const [params, setParams] = useSearchParams()
  const filter = Filter.catch('all').parse(params.get('todo') ?? 'all')
  const sort = Sort.catch('deadline').parse(params.get('sort') ?? 'deadline')
  const selected = Number(params.get('case')) || null
  const owner = Number(params.get('owner')) || undefined
  const leaders = useQuery(trpc.leader.list.queryOptions())
  // A leader's own cases (包案): the work list of the cases they own.
  const list = useQuery(trpc.followUp.workList.queryOptions(owner ? { ownerLeaderId: owner } : {}))
  const set = (name: string, value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current)
      if (value === null) next.delete(name)
      else next.set(name, value)
      return next
    })
  const rows = list.data
    ? sortRows(
        list.data.rows.filter((r) => filter === 'all' || r.reasons.includes(filter)),
        sort,
      )
    : []
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('followUp.title')}</Title>
        {list.data && (
          <Text c="dimmed">{t('followUp.today', { date: longDate(t, list.data.today) })}</Text>
        )}
      </Group>
      <Group gap="xl" align="flex-end">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="follow-up-filter-label">
            {t('followUp.filter')}
          </Text>
          <SegmentedControl
            aria-labelledby="follow-up-filter-label"
            value={filter}
            onChange={(value) => set('todo', value)}
            data={[
              { value: 'all', label: `${t('followUp.all')} ${list.data?.rows.length ?? ''}` },
              ...WorkReason.options.map((r) => ({
                value: r,
                label: `${t(`followUp.reason.${r}`)} ${list.data?.counts[r] ?? ''}`,
              })),
            ]}
          />
        </Stack>
        <Select
          label={t('followUp.col.owner')}
          placeholder={t('followUp.all')}
          clearable
          w={180}
          data={(leaders.data ?? []).map((l) => ({ value: String(l.id), label: l.name }))}
          value={owner ? String(owner) : null}
          onChange={(value) => set('owner', value)}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="follow-up-sort-label">
            {t('followUp.sortBy')}
          </Text>
          <SegmentedControl
            aria-labelledby="follow-up-sort-label"
            value={sort}
            onChange={(value) => set('sort', value)}
            data={Sort.options.map((s) => ({ value: s, label: t(`followUp.sort.${s}`) }))}
          />
        </Stack>
      </Group>
      {list.isError && <Alert color="red">{errorMessage(list.error, t)}</Alert>}
      {list.isPending && <Loader aria-label={t('common.loading')} />}
      {list.data && rows.length === 0 && <Text c="dimmed">{t('followUp.empty')}</Text>}
      {rows.length > 0 && (
        <Table striped highlightOnHover withTableBorder aria-label={t('followUp.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('followUp.col.caseNo')}</Table.Th>
              <Table.Th>{t('followUp.col.todo')}</Table.Th>
              <Table.Th>{t('followUp.col.state')}</Table.Th>
              <Table.Th>{t('followUp.col.department')}</Table.Th>
              <Table.Th>{t('followUp.col.owner')}</Table.Th>
              <Table.Th>{t('followUp.col.deadline')}</Table.Th>
              <Table.Th>{t('followUp.col.workingDays')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr
                key={row.caseId}
                data-case-no={row.caseNo}
                bg={row.reasons.includes('overdue') ? 'red.0' : undefined}
              >
                <Table.Td>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    ff="monospace"
                    aria-label={t('followUp.open', { caseNo: row.caseNo })}
                    onClick={() => set('case', String(row.caseId))}
                  >
                    {row.caseNo}
                  </Button>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {row.reasons.map((r) => (
                      <Badge
                        key={r}
                        color={r === 'overdue' ? 'red' : r === 'dueSoon' ? 'orange' : 'blue'}
                        variant="light"
                      >
                        {t(`followUp.reason.${r}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{t(`followUp.state.${row.state}`)}</Table.Td>
                <Table.Td>{row.departmentName ?? '—'}</Table.Td>
                <Table.Td>{row.ownerLeaderName ?? '—'}</Table.Td>
                <Table.Td>
                  {row.deadline
                    ? `${longDate(t, row.deadline)}${row.deadlineProvisional ? t('followUp.clocks.provisional') : ''}`
                    : '—'}
                </Table.Td>
                <Table.Td>
                  {row.workingDaysLeft === null
                    ? '—'
                    : row.workingDaysLeft < 0
                      ? t('followUp.overdueBy', { count: -row.workingDaysLeft })
                      : t('followUp.workingDaysLeft', { count: row.workingDaysLeft })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CaseDetailDrawer caseId={selected} onClose={() => set('case', null)} />
    </Stack>
  )
}
