import {
  Alert,
  Button,
  Code,
  Group,
  Modal,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_BACKUPS_KEPT, type BackupInfo } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { HubErrorAlert, QueryWait } from '../../shared/HubErrorAlert'
import { shortDateTime } from '../print/format'

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file

/** Backups of the hall's database at any time, and a restore from one (settings page). */
export function BackupTab() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const list = useQuery(trpc.backup.list.queryOptions())
  const [keep, setKeep] = useState<number>(DEFAULT_BACKUPS_KEPT)
  const [made, setMade] = useState<BackupInfo | null>(null)
  const [restoring, setRestoring] = useState<string | null>(null)
  const [otherFile, setOtherFile] = useState('')
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.backup.list.pathKey() })

  const backup = useMutation(
    trpc.backup.create.mutationOptions({
      onSuccess: (info) => {
        setMade(info)
        void refresh()
      },
    }),
  )
  const restore = useMutation(
    trpc.backup.restore.mutationOptions({
      onSuccess: () => {
        setRestoring(null)
        // The hub swaps its database and every screen reconnects; re-read after that.
        setTimeout(() => void refresh(), 3000)
      },
    }),
  )

  if (!list.isSuccess) return <QueryWait query={list} />
  const { database, folder, backups, lastRestore } = list.data
  const rows = made ? Object.values(made.rowCounts).reduce((s, n) => s + n, 0) : 0

  return (
    <Stack maw={1100}>
      <Text>{t('backup.intro')}</Text>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text size="sm">
            {t('backup.database')}: <Code>{database}</Code>
          </Text>
          <Text size="sm">
            {t('backup.folder')}: <Code>{folder}</Code>
          </Text>
          <Group align="flex-end">
            <NumberInput
              label={t('backup.keep')}
              rightSection={<Text size="sm">{t('backup.keepSuffix')}</Text>}
              rightSectionWidth={40}
              min={1}
              max={1000}
              w={160}
              value={keep}
              onChange={(value) => setKeep(Number(value) || DEFAULT_BACKUPS_KEPT)}
            />
            <Button loading={backup.isPending} onClick={() => backup.mutate({ keep })}>
              {t('backup.now')}
            </Button>
          </Group>
          {made && (
            <Text role="status" c="green">
              {t('backup.done', {
                name: made.name,
                size: size(made.bytes),
                tables: Object.keys(made.rowCounts).length,
                rows,
              })}
              {made.pruned.length > 0 && ` ${t('backup.pruned', { count: made.pruned.length })}`}
            </Text>
          )}
          <HubErrorAlert error={backup.error} />
        </Stack>
      </Paper>

      {lastRestore && (
        <Alert color={lastRestore.ok ? 'green' : 'red'} role="status">
          {lastRestore.ok
            ? t('backup.lastRestoreOk', {
                time: shortDateTime(t, lastRestore.at),
                from: baseName(lastRestore.from),
                kept: lastRestore.replacedKeptAt ?? '—',
              })
            : t('backup.lastRestoreFailed', {
                time: shortDateTime(t, lastRestore.at),
                message: lastRestore.message ?? '',
              })}
        </Alert>
      )}
      {restore.isSuccess && <Alert color="blue">{t('backup.restoring')}</Alert>}

      <Title order={4}>{t('backup.list')}</Title>
      {backups.length === 0 ? (
        <Text c="dimmed">{t('backup.none')}</Text>
      ) : (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backup.name')}</Table.Th>
              <Table.Th>{t('backup.time')}</Table.Th>
              <Table.Th ta="right">{t('backup.size')}</Table.Th>
              <Table.Th>{t('backup.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.map((b) => (
              <Table.Tr key={b.file}>
                <Table.Td>
                  <Code>{b.name}</Code>
                </Table.Td>
                <Table.Td>{shortDateTime(t, b.modifiedAt)}</Table.Td>
                <Table.Td ta="right">{size(b.bytes)}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="light"
                    color="orange"
                    aria-label={t('backup.restoreLabel', { name: b.name })}
                    onClick={() => setRestoring(b.file)}
                  >
                    {t('backup.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end">
        <TextInput
          label={t('backup.otherFile')}
          placeholder={t('backup.otherFilePlaceholder')}
          w={640}
          value={otherFile}
          onChange={(e) => setOtherFile(e.currentTarget.value)}
        />
        <Button
          variant="light"
          color="orange"
          disabled={otherFile.trim() === ''}
          onClick={() => setRestoring(otherFile.trim())}
        >
          {t('backup.restore')}
        </Button>
      </Group>

      <Modal
        opened={restoring !== null}
        onClose={() => setRestoring(null)}
        title={t('backup.restoreTitle')}
        size="lg"
      >
        <Stack>
          <Text>{t('backup.restoreText', { name: baseName(restoring ?? '') })}</Text>
          <HubErrorAlert error={restore.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRestoring(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="orange"
              loading={restore.isPending}
              onClick={() => restoring && restore.mutate({ file: restoring })}
            >
              {t('backup.restoreConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}
