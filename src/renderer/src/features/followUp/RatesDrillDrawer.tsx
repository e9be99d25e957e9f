import { Button, Drawer, Loader, Stack, Table, Text, Title } from '@mantine/core'
import { useQueries } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Ratio } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { longDate } from '../print/format'

export interface Drill {
  group: string
  figure: string
  ratio: Ratio
}

/**
 * The cases behind one figure of the rates report: the ones it counts, and the ones it was
 * reckoned over but did not count (a call-back not resolved, a case closed late…). Each opens
 * the case.
 */
export function RatesDrillDrawer(props: {
  drill: Drill | null
  onClose: () => void
  onOpenCase: (caseId: number) => void
}) {
  const { t } = useTranslation()
  const { drill } = props
  const counted = drill ? [...new Set(drill.ratio.caseIds)] : []
  const others = drill
    ? [...new Set(drill.ratio.ofCaseIds)].filter((id) => !counted.includes(id))
    : []
  return (
    <Drawer
      opened={drill !== null}
      onClose={props.onClose}
      position="right"
      size="lg"
      title={
        drill &&
        t('ratesReport.drill.title', {
          group: drill.group,
          figure: drill.figure,
          count: new Set(drill.ratio.ofCaseIds).size,
        })
      }
      closeButtonProps={{ 'aria-label': t('ratesReport.drill.close') }}
    >
      {drill && (
        <Stack data-testid="rates-drill">
          <CaseTable
            title={t('ratesReport.drill.counted')}
            ids={counted}
            onOpen={props.onOpenCase}
          />
          <CaseTable title={t('ratesReport.drill.others')} ids={others} onOpen={props.onOpenCase} />
        </Stack>
      )}
    </Drawer>
  )
}

function CaseTable(props: { title: string; ids: number[]; onOpen: (caseId: number) => void }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const logs = useQueries({
    queries: props.ids.map((caseId) => trpc.followUp.log.queryOptions({ caseId })),
  })
  return (
    <Stack gap={4}>
      <Title order={5}>{props.title}</Title>
      {props.ids.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('ratesReport.drill.empty')}
        </Text>
      ) : (
        <Table withTableBorder striped aria-label={props.title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('followUp.col.caseNo')}</Table.Th>
              <Table.Th>{t('followUp.col.state')}</Table.Th>
              <Table.Th>{t('followUp.col.department')}</Table.Th>
              <Table.Th>{t('followUp.col.deadline')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.ids.map((caseId, i) => {
              const f = logs[i]?.data
              return (
                <Table.Tr key={caseId} data-case-id={caseId}>
                  <Table.Td ff="monospace">
                    {f ? f.caseNo : <Loader size="xs" aria-label={t('common.loading')} />}
                  </Table.Td>
                  <Table.Td>{f ? t(`followUp.state.${f.state}`) : ''}</Table.Td>
                  <Table.Td>{f?.departmentName ?? '—'}</Table.Td>
                  <Table.Td>
                    {f?.deadline
                      ? `${longDate(t, f.deadline.date)}${f.deadline.provisional ? t('followUp.clocks.provisional') : ''}`
                      : '—'}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="light"
                      aria-label={t('followUp.open', { caseNo: f?.caseNo ?? String(caseId) })}
                      onClick={() => props.onOpen(caseId)}
                    >
                      {t('ratesReport.drill.open')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
