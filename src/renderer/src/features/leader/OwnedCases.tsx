import { Badge, Button, Drawer, Group, Table, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OwnedCase } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { longDate } from '../print/format'

/**
 * The cases the leader at this table owns (包案) until they are closed: each one's clock
 * (working days left on its deadline, 暂定 where the year's calendar is not yet known) and the
 * step it waits for. Read from the chair at 1280×800; nothing personal, no summary.
 */
export function OwnedCasesButton({ tableNo }: { tableNo: number }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const [open, setOpen] = useState(false)
  const owned = useQuery(trpc.followUp.owned.queryOptions({ tableNo }))
  const data = owned.data
  if (!data?.leader) return null
  const overdue = data.rows.some((r) => (r.workingDaysLeft ?? 0) < 0)
  return (
    <>
      <Button
        size="md"
        color={overdue ? 'orange' : 'red'}
        variant="white"
        onClick={() => setOpen(true)}
      >
        {t('leaderScreen.owned.open', { count: data.rows.length })}
      </Button>
      <Drawer
        opened={open}
        onClose={() => setOpen(false)}
        position="right"
        size="100%"
        title={
          <Text fz={28} fw={700}>
            {t('leaderScreen.owned.title', { name: data.leader.name })}
          </Text>
        }
        closeButtonProps={{ 'aria-label': t('leaderScreen.owned.close') }}
      >
        {data.rows.length === 0 ? (
          <Text fz="xl">{t('leaderScreen.owned.empty')}</Text>
        ) : (
          <Table
            fz={20}
            verticalSpacing="sm"
            striped
            aria-label={t('leaderScreen.owned.open', { count: data.rows.length })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('leaderScreen.owned.caseNo')}</Table.Th>
                <Table.Th>{t('leaderScreen.owned.state')}</Table.Th>
                <Table.Th>{t('leaderScreen.owned.department')}</Table.Th>
                <Table.Th>{t('leaderScreen.owned.deadline')}</Table.Th>
                <Table.Th>{t('leaderScreen.owned.left')}</Table.Th>
                <Table.Th>{t('leaderScreen.owned.next')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((r) => (
                <OwnedRow key={r.caseId} row={r} />
              ))}
            </Table.Tbody>
          </Table>
        )}
        {data.rows.some((r) => r.nature === 'accusation') && (
          <Text mt="md" c="dimmed">
            {t('leaderScreen.owned.accusationNote')}
          </Text>
        )}
        <Group justify="flex-end" mt="lg">
          <Button size="lg" onClick={() => setOpen(false)}>
            {t('leaderScreen.owned.close')}
          </Button>
        </Group>
      </Drawer>
    </>
  )
}

function OwnedRow({ row: r }: { row: OwnedCase }) {
  const { t } = useTranslation()
  const left = r.workingDaysLeft
  return (
    <Table.Tr data-testid="owned-case">
      <Table.Td>
        <Text fz={20} ff="monospace">
          {r.caseNo}
        </Text>
        {r.nature === 'accusation' && (
          <Badge color="red" variant="light">
            {t('nature.accusation')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{t(`followUp.state.${r.state}`)}</Table.Td>
      <Table.Td>{r.departmentName ?? t('leaderScreen.owned.none')}</Table.Td>
      <Table.Td>
        {r.deadline ? longDate(t, r.deadline.date) : t('leaderScreen.owned.none')}{' '}
        {r.deadline?.provisional && (
          <Badge color="yellow" variant="light" size="lg">
            {t('leaderScreen.owned.provisional')}
          </Badge>
        )}
        {r.extended && (
          <Badge color="blue" variant="light" size="lg">
            {t('leaderScreen.owned.extended')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {left === null ? (
          t('leaderScreen.owned.none')
        ) : (
          <Text fz={20} fw={600} c={left < 0 ? 'red.8' : left <= 3 ? 'orange.8' : undefined}>
            {left < 0
              ? t('followUp.overdueBy', { count: -left })
              : t('followUp.workingDaysLeft', { count: left })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {r.nextStep ? t(`followUp.kind.${r.nextStep}`) : t('leaderScreen.owned.none')}
      </Table.Td>
    </Table.Tr>
  )
}
