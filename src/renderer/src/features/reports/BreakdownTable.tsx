import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { outcomeKinds, type TallyFigures } from '@shared/contract'
import { batchesAndPersons } from '@shared/tally/labels'
import { minutesText } from './format'

export interface BreakdownRow {
  key: string
  label: string
  figures: TallyFigures
  /** Extra cells after the figures (e.g. the leader's transfers in and out). */
  extra?: (string | number)[]
}

interface Props {
  caption: string
  labelHeader: string
  rows: BreakdownRow[]
  total: TallyFigures
  extraHeaders?: string[]
}

/** One breakdown of the tally: a row per group, the day's total at the bottom. */
export function BreakdownTable({ caption, labelHeader, rows, total, extraHeaders = [] }: Props) {
  const { t } = useTranslation()
  if (rows.length === 0) return <Text c="dimmed">{t('reports.empty')}</Text>
  const cells = (f: TallyFigures) => [
    f.batches,
    f.persons,
    batchesAndPersons(t, f.collectiveBatches, f.collectivePersons),
    ...outcomeKinds.map((k) => f.outcomes[k]),
    batchesAndPersons(t, f.noShowBatches, f.noShowPersons),
    f.transfers,
    t('reports.stat.pair', {
      median: minutesText(t, f.wait.medianSeconds),
      max: minutesText(t, f.wait.maxSeconds),
    }),
    t('reports.stat.pair', {
      median: minutesText(t, f.session.medianSeconds),
      max: minutesText(t, f.session.maxSeconds),
    }),
  ]
  const headers = [
    t('reports.col.batches'),
    t('reports.col.persons'),
    t('reports.stat.collective'),
    ...outcomeKinds.map((k) => t('reports.col.outcome', { outcome: t(`outcome.${k}`) })),
    t('reports.stat.noShow'),
    t('reports.col.transfers'),
    t('reports.stat.wait'),
    t('reports.stat.session'),
  ]
  return (
    <Table.ScrollContainer minWidth={1200}>
      <Table striped highlightOnHover withTableBorder verticalSpacing={6} fz="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{labelHeader}</Table.Th>
            {[...headers, ...extraHeaders].map((h) => (
              <Table.Th key={h} scope="col" ta="right">
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} data-row={row.label}>
              <Table.Th scope="row" fw={500}>
                {row.label}
              </Table.Th>
              {[...cells(row.figures), ...(row.extra ?? [])].map((value, i) => (
                <Table.Td key={i} ta="right">
                  {value}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th scope="row">{t('reports.total')}</Table.Th>
            {cells(total).map((value, i) => (
              <Table.Td key={i} ta="right">
                {value}
              </Table.Td>
            ))}
            {extraHeaders.map((h) => (
              <Table.Td key={h} />
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  )
}
