import {
  Alert,
  Badge,
  Button,
  Code,
  FileButton,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CalendarChangeResult, CalendarYearView } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { errorMessage } from '../../shared/hubError'
import { HubErrorAlert, QueryWait } from '../../shared/HubErrorAlert'
import { longDate, shortDateTime } from '../print/format'

// Settings → 工作日历: the years of the State Council's holiday arrangement entered here, over
// the ones built in (chinese-days). The editor holds the year as the file format's CSV lines
// (docs/working-calendar.md), so typing it and importing a file are one path: the hub reads it.

const coverageColor = { staff: 'blue', package: 'gray', none: 'orange' } as const

/** The staff's dates of a year as CSV lines, to edit them again. */
const csvOf = (year: CalendarYearView) =>
  year.days
    .map((d) => `${d.date},${d.kind === 'holiday' ? '放假' : '上班'}${d.name ? `,${d.name}` : ''}`)
    .join('\n')

export function CalendarTab() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const list = useQuery(trpc.calendar.list.queryOptions())
  const [editing, setEditing] = useState<number | null>(null)
  const [text, setText] = useState('')
  const [source, setSource] = useState('')
  const [fileName, setFileName] = useState<string | null>(null)
  const [removing, setRemoving] = useState<CalendarYearView | null>(null)
  const [result, setResult] = useState<CalendarChangeResult | null>(null)
  const editor = useRef<HTMLDivElement>(null)
  // The editor opens under the table: bring it into view on a small screen.
  useEffect(() => {
    if (editing !== null) editor.current?.scrollIntoView({ block: 'nearest' })
  }, [editing])

  const done = (answer: CalendarChangeResult) => {
    setResult(answer)
    setEditing(null)
    setRemoving(null)
    // Deadlines moved: every list and case view re-reads.
    void queryClient.invalidateQueries()
  }
  const save = useMutation(trpc.calendar.importFile.mutationOptions({ onSuccess: done }))
  const remove = useMutation(trpc.calendar.removeYear.mutationOptions({ onSuccess: done }))

  if (!list.isSuccess) return <QueryWait query={list} />
  const { years, provisionalOpenCases } = list.data
  const lastYear = Math.max(...years.filter((y) => y.packageKnows).map((y) => y.year))

  const open = (year: CalendarYearView) => {
    setEditing(year.year)
    setText(csvOf(year))
    setSource(year.source ?? '')
    setFileName(null)
    setResult(null)
    save.reset()
  }
  const readFile = (file: File | null) => {
    if (!file) return
    void file.text().then((content) => {
      setText(content)
      setFileName(file.name)
    })
  }

  return (
    <Stack maw={1100}>
      <Title order={3}>{t('calendar.title')}</Title>
      <Text>{t('calendar.intro', { lastYear: Number.isFinite(lastYear) ? lastYear : '—' })}</Text>
      {provisionalOpenCases > 0 && (
        <Alert color="orange" role="status">
          {t('calendar.provisionalCases', { count: provisionalOpenCases })}
        </Alert>
      )}
      <Table striped withTableBorder aria-label={t('calendar.years')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('calendar.col.year')}</Table.Th>
            <Table.Th>{t('calendar.col.coverage')}</Table.Th>
            <Table.Th>{t('calendar.col.days')}</Table.Th>
            <Table.Th>{t('calendar.col.entered')}</Table.Th>
            <Table.Th>{t('calendar.col.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {years.map((year) => (
            <Table.Tr key={year.year}>
              <Table.Td fw={600}>{year.year}</Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <Badge color={coverageColor[year.coverage]} variant="light">
                    {t(`calendar.coverage.${year.coverage}`)}
                  </Badge>
                  {year.coverage === 'staff' && year.packageKnows && (
                    <Text size="xs" c="dimmed">
                      {t('calendar.packageToo')}
                    </Text>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                {year.coverage === 'staff'
                  ? t('calendar.daysCount', {
                      holidays: year.days.filter((d) => d.kind === 'holiday').length,
                      workdays: year.days.filter((d) => d.kind === 'workday').length,
                    })
                  : '—'}
              </Table.Td>
              <Table.Td>
                {year.enteredAt ? (
                  <Stack gap={0}>
                    <Text size="sm">
                      {t('calendar.enteredBy', {
                        at: shortDateTime(t, year.enteredAt),
                        actor: year.enteredBy,
                      })}
                    </Text>
                    {year.source && (
                      <Text size="xs" c="dimmed">
                        {year.source}
                      </Text>
                    )}
                  </Stack>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button size="xs" variant="light" onClick={() => open(year)}>
                    {t(year.coverage === 'staff' ? 'calendar.change' : 'calendar.edit', {
                      year: year.year,
                    })}
                  </Button>
                  {year.coverage === 'staff' && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setRemoving(year)}
                    >
                      {t('calendar.remove', { year: year.year })}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      {editing !== null && (
        <Paper withBorder p="md" ref={editor}>
          <form
            onSubmit={(event) => {
              event.preventDefault()
              save.mutate({ year: editing, source, text })
            }}
          >
            <Stack gap="sm">
              <Title order={4}>{t('calendar.editorTitle', { year: editing })}</Title>
              <TextInput
                label={t('calendar.source')}
                placeholder={t('calendar.sourcePlaceholder')}
                value={source}
                onChange={(e) => setSource(e.currentTarget.value)}
                maw={480}
              />
              <Group gap="sm" align="center">
                <FileButton onChange={readFile} accept=".csv,.json,.txt,text/csv,application/json">
                  {(props) => (
                    <Button variant="default" {...props}>
                      {t('calendar.fileLabel')}
                    </Button>
                  )}
                </FileButton>
                <Text size="sm" c="dimmed">
                  {fileName ? t('calendar.fileRead', { name: fileName }) : t('calendar.fileHelp')}
                </Text>
              </Group>
              <Textarea
                label={t('calendar.daysLabel')}
                description={t('calendar.daysHelp')}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                autosize
                minRows={6}
                maxRows={14}
                styles={{ input: { fontFamily: 'monospace' } }}
                error={save.isError ? errorMessage(save.error, t) : undefined}
              />
              <details>
                <summary>{t('calendar.format')}</summary>
                <Code block>{t('calendar.formatText')}</Code>
              </details>
              <Group>
                <Button type="submit" loading={save.isPending}>
                  {t('calendar.save', { year: editing })}
                </Button>
                <Button variant="default" onClick={() => setEditing(null)}>
                  {t('calendar.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}

      {result && <ChangeReport result={result} />}

      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={removing ? t('calendar.remove', { year: removing.year }) : ''}
      >
        {removing && (
          <Stack>
            <Text>
              {t('calendar.removeConfirm', {
                year: removing.year,
                fallback: t(
                  removing.packageKnows ? 'calendar.fallbackPackage' : 'calendar.fallbackNone',
                ),
              })}
            </Text>
            <HubErrorAlert error={remove.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)}>
                {t('calendar.cancel')}
              </Button>
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() => remove.mutate({ year: removing.year })}
              >
                {t('calendar.remove', { year: removing.year })}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  )
}

/** What a year's entry changed: the cases whose deadline moved, and the papers voided. */
function ChangeReport({ result }: { result: CalendarChangeResult }) {
  const { t } = useTranslation()
  const mark = (provisional: boolean) => (provisional ? t('calendar.provisionalMark') : '')
  return (
    <Paper withBorder p="md" role="status" aria-label={t('calendar.changesTitle')}>
      <Stack gap="sm">
        <Text fw={600}>
          {t('calendar.saved', { year: result.year.year, recomputed: result.recomputed })}
        </Text>
        {result.changes.length === 0 ? (
          <Text c="dimmed">{t('calendar.noChanges')}</Text>
        ) : (
          <Table withTableBorder aria-label={t('calendar.changesTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('calendar.change_col.caseNo')}</Table.Th>
                <Table.Th>{t('calendar.change_col.old')}</Table.Th>
                <Table.Th>{t('calendar.change_col.new')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.changes.map((c) => (
                <Table.Tr key={c.caseId}>
                  <Table.Td>{c.caseNo}</Table.Td>
                  <Table.Td>
                    {longDate(t, c.oldDeadline)}
                    {mark(c.wasProvisional)}
                  </Table.Td>
                  <Table.Td fw={600}>
                    {longDate(t, c.newDeadline)}
                    {mark(c.provisional)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {result.supersededDocuments > 0 && (
          <Alert color="orange">
            {t('calendar.supersededDocs', { count: result.supersededDocuments })}
          </Alert>
        )}
      </Stack>
    </Paper>
  )
}
