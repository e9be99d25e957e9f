import {
  Alert,
  Badge,
  Button,
  Card,
  Drawer,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CaseDetail, OutcomeRecord } from '@shared/contract'
import { deadlineRuleKey } from '@shared/cases/deadlines'
import { useTRPC } from '../../app/trpc'
import { errorMessage } from '../../shared/hubError'
import { longDate, longDateTime } from '../print/format'
import { useDocumentPrinter } from '../print/useDocumentPrinter'
import { CaseLogSection } from '../followUp/CaseLogSection'
import { AmendOutcomeModal } from './AmendOutcomeModal'
import { DaysLeft } from './DaysLeft'
import { ProvisionalBadge } from './ProvisionalBadge'

/** Shows an archived print route without printing it (new tab; in the app, this window). */
function viewRoute(route: string) {
  if (window.receptionDay) location.hash = `${route}?back=1`
  else window.open(`${location.pathname}${location.search}#${route}`, '_blank', 'noopener')
}

/** One case: its matter, its deadline, the history of its outcome and its printed documents. */
export function CaseDetailDrawer({
  caseId,
  onClose,
}: {
  caseId: number | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const detail = useQuery({
    ...trpc.case.get.queryOptions({ caseId: caseId ?? 0 }),
    enabled: caseId !== null,
  })
  return (
    <Drawer
      opened={caseId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={detail.data ? t('cases.detail', { caseNo: detail.data.caseNo }) : ''}
      closeButtonProps={{ 'aria-label': t('cases.closeDetail') }}
    >
      {detail.isError && <Alert color="red">{errorMessage(detail.error, t)}</Alert>}
      {detail.isPending && caseId !== null && <Loader aria-label={t('common.loading')} />}
      {detail.data && <CaseDetailBody detail={detail.data} />}
    </Drawer>
  )
}

function CaseDetailBody({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation()
  const printer = useDocumentPrinter()
  const [amending, setAmending] = useState(false)
  return (
    <Stack>
      <Text c="dimmed" size="sm">
        {t('cases.batch', {
          date: longDate(t, detail.dayDate),
          ticket: detail.ticket,
          tableNo: detail.tableNo,
          names: detail.maskedNames.join('、'),
          count: detail.headcount,
        })}
      </Text>
      <Group gap="xs">
        <Badge variant="light">{t(`nature.${detail.nature}`)}</Badge>
        {detail.categoryName && <Badge variant="outline">{detail.categoryName}</Badge>}
        {detail.townshipName && <Badge variant="outline">{detail.townshipName}</Badge>}
        <Badge color={detail.state === 'open' ? 'blue' : 'gray'}>
          {t(`caseState.${detail.state}`)}
        </Badge>
      </Group>
      <Text c={detail.summary === null ? 'dimmed' : undefined}>
        {detail.summary ?? t('cases.accusationHidden')}
      </Text>
      {detail.deadline && (
        <Group gap="xs">
          <Text fw={600} c={detail.overdue ? 'red.8' : undefined}>
            {t('cases.col.deadline')}：{longDate(t, detail.deadline)}
          </Text>
          <ProvisionalBadge show={detail.deadlineProvisional} />
          <Text size="sm" c="dimmed">
            {t(deadlineRuleKey(detail.deadlineRule))}
          </Text>
          <DaysLeft days={detail.daysLeft} />
        </Group>
      )}
      {detail.statuteDeadline && detail.deadlineRule === 'promised' && (
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('cases.statuteDeadline')}：{longDate(t, detail.statuteDeadline)}
          </Text>
          <ProvisionalBadge show={detail.statuteDeadlineProvisional} />
        </Group>
      )}
      <Group>
        {detail.availableDocuments.map((kind) => (
          <Button
            key={kind}
            variant="light"
            onClick={() =>
              void printer.print(
                `/print/case/${detail.caseId}/${kind}`,
                'a4',
                t(`documentKind.${kind}`),
              )
            }
          >
            {t(`outcomePanel.print.${kind}`)}
          </Button>
        ))}
        {detail.amendable ? (
          <Button variant="outline" color="orange" onClick={() => setAmending(true)}>
            {t('cases.amend')}
          </Button>
        ) : (
          <Text size="sm" c="dimmed">
            {t('cases.notAmendable')}
          </Text>
        )}
      </Group>

      <CaseLogSection caseId={detail.caseId} />

      <Title order={4}>{t('cases.history')}</Title>
      <Stack gap="xs" role="list" aria-label={t('cases.history')}>
        {detail.outcomes.map((o) => (
          <OutcomeCard key={o.outcomeId} outcome={o} />
        ))}
      </Stack>

      <Title order={4}>{t('cases.documents')}</Title>
      {detail.documents.length === 0 ? (
        <Text c="dimmed">{t('cases.noDocuments')}</Text>
      ) : (
        <Table withTableBorder aria-label={t('cases.documents')}>
          <Table.Tbody>
            {detail.documents.map((doc) => (
              <Table.Tr key={doc.documentId} data-document-id={doc.documentId}>
                <Table.Td>{t(`documentKind.${doc.kind}`)}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t('cases.printed', {
                      at: longDateTime(t, doc.printedAt),
                      actor: doc.printedBy,
                    })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {doc.reprintOf !== null && (
                      <Badge variant="light">{t('cases.reprinted')}</Badge>
                    )}
                    {doc.superseded && (
                      <Badge color="red">
                        {t(
                          doc.supersededReason === 'calendar'
                            ? 'cases.supersededDocCalendar'
                            : 'cases.supersededDoc',
                        )}
                      </Badge>
                    )}
                    {doc.hasPdf && (
                      <Badge color="teal" variant="light">
                        {t('cases.pdfArchived')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => viewRoute(`/print/document/${doc.documentId}`)}
                    >
                      {t('cases.view')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() =>
                        void printer.print(
                          `/print/document/${doc.documentId}`,
                          'a4',
                          t(`documentKind.${doc.kind}`),
                        )
                      }
                    >
                      {t('cases.reprint')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {printer.modal}
      {amending && <AmendOutcomeModal detail={detail} onClose={() => setAmending(false)} />}
    </Stack>
  )
}

function OutcomeCard({ outcome: o }: { outcome: OutcomeRecord }) {
  const { t } = useTranslation()
  const current = o.supersededAt === null
  return (
    <Card withBorder padding="sm" role="listitem" opacity={current ? 1 : 0.75}>
      <Group justify="space-between">
        <Group gap="xs">
          <Badge color={current ? 'green' : 'gray'}>
            {current ? t('cases.current') : t('cases.superseded')}
          </Badge>
          <Text fw={600}>{t(`outcome.${o.kind}`)}</Text>
          {o.department && <Text>{o.department.name}</Text>}
          {o.deadline && <Text>{longDate(t, o.deadline)}</Text>}
        </Group>
        <Text size="xs" c="dimmed">
          {t('cases.recorded', { at: longDateTime(t, o.recordedAt), actor: o.recordedBy })}
        </Text>
      </Group>
      <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
        {o.decision}
      </Text>
      {o.ownerLeader && (
        <Text size="sm" c="dimmed">
          {t('outcomePanel.ownerLeader')}：{o.ownerLeader.name}
        </Text>
      )}
      {o.channel && (
        <Text size="sm">
          {t('cases.channelLine', { channel: t(`channel.${o.channel}`) })}
          {o.channelNote ? `（${o.channelNote}）` : ''}
        </Text>
      )}
      {o.consulted.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('cases.consulted', { names: o.consulted.map((d) => d.name).join('、') })}
        </Text>
      )}
      {o.shareContact && (
        <Text size="sm" c="orange.8">
          {t('cases.contactShared')}
        </Text>
      )}
      {o.amendReason && <Text size="sm">{t('cases.amendReason', { reason: o.amendReason })}</Text>}
      {o.supersededAt && (
        <Text size="xs" c="dimmed">
          {t('cases.supersededAt', { at: longDateTime(t, o.supersededAt) })}
        </Text>
      )}
    </Card>
  )
}
