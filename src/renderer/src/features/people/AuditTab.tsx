import {
  Badge,
  Group,
  Loader,
  Pagination,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { auditAction } from '@shared/i18n/zh-CN/auditAction'
import { useTRPC } from '../../app/trpc'
import { shortDateTime } from '../print/format'
import { HubErrorAlert } from '../../shared/HubErrorAlert'

/** The audit log (settings, admin): every write and every read of full personal data, with
 * the person and the device, for one person or one case, a page at a time. */
export function AuditTab() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const people = useQuery(trpc.people.list.queryOptions())
  const [personId, setPersonId] = useState<number | undefined>()
  const [caseNo, setCaseNo] = useState('')
  const [page, setPage] = useState(1)
  const audit = useQuery({
    ...trpc.people.audit.queryOptions({ personId, caseNo: caseNo.trim() || undefined, page }),
    placeholderData: keepPreviousData,
  })
  const pages = audit.data ? Math.max(1, Math.ceil(audit.data.total / audit.data.pageSize)) : 1
  return (
    <Stack maw={1600}>
      <Text>{t('people.audit.intro')}</Text>
      <Group align="flex-end">
        <Select
          label={t('people.audit.person')}
          placeholder={t('people.audit.anyPerson')}
          data={(people.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
          value={personId === undefined ? null : String(personId)}
          onChange={(value) => {
            setPersonId(value ? Number(value) : undefined)
            setPage(1)
          }}
          clearable
          w={220}
        />
        <TextInput
          label={t('people.audit.caseNo')}
          value={caseNo}
          onChange={(e) => {
            setCaseNo(e.currentTarget.value)
            setPage(1)
          }}
          w={220}
        />
        {audit.data && (
          <Text c="dimmed" pb={6}>
            {t('people.audit.total', { count: audit.data.total })}
          </Text>
        )}
      </Group>
      <HubErrorAlert error={audit.error} />
      {audit.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : audit.data && audit.data.rows.length === 0 ? (
        <Text c="dimmed">{t('people.audit.none')}</Text>
      ) : (
        <Table striped aria-label={t('people.audit.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('people.audit.at')}</Table.Th>
              <Table.Th>{t('people.audit.person')}</Table.Th>
              <Table.Th>{t('people.audit.device')}</Table.Th>
              <Table.Th>{t('people.audit.action')}</Table.Th>
              <Table.Th>{t('people.audit.entity')}</Table.Th>
              <Table.Th>{t('people.audit.actor')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {audit.data?.rows.map((row) => (
              <Table.Tr key={row.id} data-testid="audit-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{shortDateTime(t, row.at)}</Table.Td>
                <Table.Td>{row.personName ?? '—'}</Table.Td>
                <Table.Td>
                  {row.deviceName ?? (row.deviceId === null ? t('people.audit.hubAdmin') : '—')}
                </Table.Td>
                <Table.Td>
                  {row.action.startsWith('read:') ? (
                    <Badge color="orange" variant="light" tt="none">
                      {t('people.audit.read', { action: row.action.slice('read:'.length) })}
                    </Badge>
                  ) : (
                    <Text size="sm">
                      {actionLabel(t, row.action)}{' '}
                      <Text span size="xs" c="dimmed" ff="monospace">
                        {row.action}
                      </Text>
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {row.entity}
                    {row.entityId !== null ? ` #${row.entityId}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {row.actor}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={setPage}
          aria-label={t('people.audit.page')}
        />
      )}
    </Stack>
  )
}

/** An action's domain as words (batch.register → 来访登记), the code kept beside it. */
function actionLabel(t: TFunction, action: string): string {
  const domain = action.split('.')[0] ?? ''
  return Object.hasOwn(auditAction, domain)
    ? t(`auditAction.${domain as keyof typeof auditAction}`)
    : ''
}
