import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TallyView } from '@shared/contract'
import { leaderLabel } from '@shared/tally/labels'
import { longDate } from '../print/format'
import { asTranslate } from './format'

/** The 交办事项清单: every matter assigned that day, its department and its deadline. */
export function AssignedTable({ tally }: { tally: TallyView }) {
  const { t } = useTranslation()
  const list = tally.assignedMatters
  if (list === null) return <Text c="dimmed">{t('reports.visits.notCountedNote')}</Text>
  if (list.length === 0) return <Text c="dimmed">{t('reports.assigned.empty')}</Text>
  const none = t('reports.assigned.none')
  return (
    <Table striped withTableBorder verticalSpacing={6} fz="sm" data-testid="assigned-matters">
      <Table.Caption>{t('reports.assigned.count', { count: list.length })}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {(['caseNo', 'ticket', 'leader', 'category', 'department', 'deadline'] as const).map(
            (c) => (
              <Table.Th key={c} scope="col">
                {t(`reports.assigned.${c}`)}
              </Table.Th>
            ),
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {list.map((m) => (
          <Table.Tr key={m.caseId}>
            <Table.Th scope="row" fw={500}>
              {m.caseNo}
            </Table.Th>
            <Table.Td>{m.ticket}</Table.Td>
            <Table.Td>{leaderLabel(asTranslate(t), m)}</Table.Td>
            <Table.Td>{m.categoryName ?? none}</Table.Td>
            <Table.Td>{m.departmentName ?? none}</Table.Td>
            <Table.Td>{m.deadline ? longDate(t, m.deadline) : none}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
