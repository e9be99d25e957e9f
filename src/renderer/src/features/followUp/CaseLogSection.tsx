import { Alert, Badge, Button, Group, Stack, Text, Timeline, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { paperOfStep, type CaseFollowUp, type LogEntry } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { errorMessage } from '../../shared/hubError'
import { longDate } from '../print/format'
import { useDocumentPrinter } from '../print/useDocumentPrinter'
import { StepForm } from './StepForm'

/** A case's log in the case drawer: its state and clocks, every step, and the next one. */
export function CaseLogSection({ caseId }: { caseId: number }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const log = useQuery(trpc.followUp.log.queryOptions({ caseId }))
  const printer = useDocumentPrinter()
  if (log.isError) return <Alert color="red">{errorMessage(log.error, t)}</Alert>
  if (!log.data || !log.data.followed) return null
  const f = log.data
  return (
    <Stack gap="xs" data-testid="case-log">
      <Group justify="space-between">
        <Title order={4}>{t('followUp.log')}</Title>
        <Badge data-testid="follow-up-state">{t(`followUp.state.${f.state}`)}</Badge>
      </Group>
      <Clocks f={f} />
      {f.awaitingReassignment && <Alert color="orange">{t('followUp.awaitingReassignment')}</Alert>}
      {f.final && <Alert color="gray">{t('followUp.final')}</Alert>}
      {f.entries.length === 0 ? (
        <Text c="dimmed">{t('followUp.noLog')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={f.entries.length - 1}>
          {f.entries.map((e) => (
            <Timeline.Item key={e.entryId} title={t(`followUp.kind.${e.kind}`)}>
              <EntryText entry={e} />
              <PaperButton
                caseId={f.caseId}
                entry={e}
                print={(route, label) => void printer.print(route, 'a4', label)}
              />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      <StepForm followUp={f} />
      {printer.modal}
    </Stack>
  )
}

/** The paper a step prints (受理告知书, 催办单, 延期办理告知书, 处理意见书, 现场处理记录). */
function PaperButton(props: {
  caseId: number
  entry: LogEntry
  print: (route: string, label: string) => void
}) {
  const { t } = useTranslation()
  const paper = paperOfStep(props.entry.kind)
  if (!paper) return null
  const label = t(`documentKind.${paper}`)
  return (
    <Button
      size="compact-sm"
      variant="light"
      mt={4}
      onClick={() => props.print(`/print/paper/${props.caseId}/${props.entry.entryId}`, label)}
    >
      {t('followUpPaper.print', { paper: label })}
    </Button>
  )
}

function Clocks({ f }: { f: CaseFollowUp }) {
  const { t } = useTranslation()
  const line = (key: string, clock: { date: string; provisional: boolean } | null) =>
    clock && (
      <Text size="sm" key={key}>
        {t(`followUp.clocks.${key}`, { date: longDate(t, clock.date) })}
        {clock.provisional ? t('followUp.clocks.provisional') : ''}
      </Text>
    )
  return (
    <Group gap="lg">
      {f.noticeOn
        ? line('noticeOn', { date: f.noticeOn, provisional: false })
        : line('noticeDue', f.noticeDue)}
      {f.state === 'accepted' || f.state === 'in_progress'
        ? line('objectionBy', f.objectionBy)
        : null}
      {f.reviewBy && line('reviewBy', { date: f.reviewBy, provisional: false })}
      {f.reviewAnswerBy && line('reviewAnswerBy', { date: f.reviewAnswerBy, provisional: false })}
    </Group>
  )
}

function EntryText({ entry: e }: { entry: LogEntry }) {
  const { t } = useTranslation()
  const d = e.data
  const str = (key: string) => (typeof d[key] === 'string' ? d[key] : '')
  const parts: string[] = []
  for (const key of ['note', 'reason', 'content', 'decided', 'present', 'comment', 'body'])
    if (str(key)) parts.push(str(key))
  if (str('approvedBy')) parts.push(`${t('followUp.field.approvedBy')}：${str('approvedBy')}`)
  if (str('delivery')) parts.push(t(`followUp.delivery.${str('delivery')}`))
  if (str('result')) parts.push(t(`followUp.result.${str('result')}`))
  if (str('satisfaction')) parts.push(t(`followUp.satisfaction.${str('satisfaction')}`))
  if (str('next')) parts.push(t(`followUp.dissatisfiedNext.${str('next')}`))
  if (str('level')) parts.push(t(`followUp.level.${str('level')}`))
  if (str('departmentName')) parts.push(str('departmentName'))
  return (
    <Stack gap={0}>
      {parts.length > 0 && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {parts.join('；')}
        </Text>
      )}
      {e.deadline && (
        <Text size="sm" c="orange.8">
          {t('followUp.entry.deadline', { date: longDate(t, e.deadline) })}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('followUp.entry.by', { actor: e.actor, on: longDate(t, e.on) })}
      </Text>
    </Stack>
  )
}
