import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { outcomeKinds, type TallyFigures } from '@shared/contract'
import { batchesAndPersons, minutes } from '@shared/tally/labels'

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

/** Minutes as a number, "—" when there is nothing to measure (the unit is in the header). */
const bare = (seconds: number | null) => minutes(seconds) ?? '—'

/**
 * One breakdown of the tally: a row per group, the day's total at the bottom. Every column fits
 * a 1366 px screen (headers wrap between words, figures never), so nothing hides behind a
 * scrollbar; the scroll container is only the last resort of a narrower window.
 */
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
    t('reports.stat.pair', { median: bare(f.wait.medianSeconds), max: bare(f.wait.maxSeconds) }),
    t('reports.stat.pair', {
      median: bare(f.session.medianSeconds),
      max: bare(f.session.maxSeconds),
    }),
  ]
  const headers = [
    t('reports.col.batches'),
    t('reports.col.persons'),
    t('reports.stat.collective'),
    ...outcomeKinds.map((k) => t('reports.col.outcome', { outcome: t(`outcome.${k}`) })),
    t('reports.stat.noShow'),
    t('reports.col.transfers'),
    t('reports.col.waitMinutes'),
    t('reports.col.sessionMinutes'),
  ]
  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table
        striped
        highlightOnHover
        withTableBorder
        verticalSpacing={6}
        horizontalSpacing={8}
        fz="sm"
        styles={{
          th: { wordBreak: 'keep-all', verticalAlign: 'bottom' },
          td: { whiteSpace: 'nowrap' },
        }}
      >
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
              <Table.Th scope="row" fw={500} miw="9em">
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
