import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RecordedCase } from '@shared/contract'
import { longDate } from '../../print/format'
import { useDocumentPrinter } from '../../print/useDocumentPrinter'

/** The cases a batch became, with their documents to print then and there. */
export function RecordedCases({ cases }: { cases: RecordedCase[] }) {
  const { t } = useTranslation()
  const printer = useDocumentPrinter()
  return (
    <Stack gap="xs" role="region" aria-label={t('outcomePanel.cases')}>
      <Text fw={600}>{t('outcomePanel.cases')}</Text>
      <Table withTableBorder verticalSpacing="xs">
        <Table.Tbody>
          {cases.map((c) => (
            <Table.Tr key={c.caseId} data-case-no={c.caseNo}>
              <Table.Td>
                <Text ff="monospace" fw={600}>
                  {c.caseNo}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light">{t(`outcome.${c.outcome}`)}</Badge>
              </Table.Td>
              <Table.Td>{c.departmentName ?? ''}</Table.Td>
              <Table.Td>
                {c.deadline && t('outcomePanel.deadlineLine', { date: longDate(t, c.deadline) })}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end">
                  {c.documents.map((kind) => (
                    <Button
                      key={kind}
                      size="xs"
                      variant="light"
                      aria-label={`${t(`outcomePanel.print.${kind}`)} ${c.caseNo}`}
                      onClick={() =>
                        void printer.print(
                          `/print/case/${c.caseId}/${kind}`,
                          'a4',
                          t(`documentKind.${kind}`),
                        )
                      }
                    >
                      {t(`outcomePanel.print.${kind}`)}
                    </Button>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {printer.modal}
    </Stack>
  )
}
