import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  Textarea,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  caseNatures,
  MAX_MATTERS,
  RecordOutcomeInput,
  type OutcomeDraft,
  type RecordedOutcome,
} from '@shared/contract'
import { useTRPC } from '../../../app/trpc'
import { errorMessage, fieldErrors } from '../../../shared/hubError'
import { submissionIds } from '../../../shared/requestIds'
import { schemaErrors } from '../../../shared/schemaErrors'
import { DecisionFields } from './DecisionFields'
import { DecisionTextFields } from './DecisionTextFields'
import {
  newMatter,
  ownDecision,
  promiseError,
  recordInput,
  type OutcomeValues,
} from './outcomeValues'
import { RecordedCases } from './RecordedCases'
import { useDecisionOptions } from './useDecisionOptions'
import { useWorkingCalendar } from '../../../app/useWorkingCalendar'
import { HubErrorAlert } from '../../../shared/HubErrorAlert'

/** Recording the outcome of the batch at the table: what the leader decided, matter by matter. */
export function OutcomeForm({ batchId }: { batchId: number }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const draft = useQuery(trpc.outcome.draft.queryOptions({ batchId }))
  const [recorded, setRecorded] = useState<RecordedOutcome | null>(null)

  if (recorded)
    return (
      <Stack>
        <Alert color="green" role="status">
          {t('outcomePanel.recorded', { ticket: recorded.ticket, count: recorded.cases.length })}
        </Alert>
        <RecordedCases cases={recorded.cases} />
      </Stack>
    )
  if (draft.isError) return <Alert color="red">{errorMessage(draft.error, t)}</Alert>
  if (!draft.data) return <Loader aria-label={t('common.loading')} />
  if (!draft.data.recordable)
    return (
      <Stack>
        <Alert color="orange">
          {t(
            draft.data.cases.length ? 'outcomePanel.alreadyRecorded' : 'outcomePanel.notRecordable',
          )}
        </Alert>
        {draft.data.cases.length > 0 && <RecordedCases cases={draft.data.cases} />}
      </Stack>
    )
  return <OutcomeFormBody draft={draft.data} onRecorded={setRecorded} />
}

function OutcomeFormBody({
  draft,
  onRecorded,
}: {
  draft: OutcomeDraft
  onRecorded: (result: RecordedOutcome) => void
}) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const categories = useQuery(trpc.reference.categories.queryOptions())
  const townships = useQuery(trpc.reference.townships.queryOptions())
  const { departments: departmentOptions, leaders: leaderOptions } = useDecisionOptions()

  const calendar = useWorkingCalendar()
  const form = useForm<OutcomeValues>({
    initialValues: { decision: '', consultedDepartmentIds: [], matters: [newMatter(draft, true)] },
    validate: (values) => {
      const errors = schemaErrors(RecordOutcomeInput, recordInput(draft.batchId, values), t)
      values.matters.forEach((m, i) => {
        const error = promiseError(t, draft.acceptedOn, m, i + 1, calendar)
        if (error) errors[`matters.${i}.promisedDeadline`] = error
      })
      return errors
    },
  })
  const [requestIds] = useState(submissionIds)
  const record = useMutation(
    trpc.outcome.record.mutationOptions({
      onSuccess: (result) => {
        requestIds.done()
        void queryClient.invalidateQueries({ queryKey: trpc.queue.pathKey() })
        void queryClient.invalidateQueries({ queryKey: trpc.outcome.pathKey() })
        void queryClient.invalidateQueries({ queryKey: trpc.case.pathKey() })
        onRecorded(result)
      },
      onError: (error) => form.setErrors(fieldErrors(error, t)),
    }),
  )

  const { values } = form

  return (
    <form
      noValidate
      aria-label={t('outcomePanel.title', { ticket: draft.ticket })}
      onSubmit={form.onSubmit((v) => {
        const input = recordInput(draft.batchId, v)
        record.mutate({ ...input, requestId: requestIds.idFor(input) })
      })}
    >
      <Stack>
        <Text c="dimmed">
          {t('outcomePanel.batchLine', {
            ticket: draft.ticket,
            names: draft.maskedNames.join('、'),
            count: draft.headcount,
          })}
        </Text>
        <DecisionTextFields
          form={form}
          departments={departmentOptions}
          description={t('outcomePanel.decisionHint')}
        />
        {values.matters.map((matter, index) => (
          <Fieldset key={index} legend={t('outcomePanel.matter', { index: index + 1 })}>
            <Stack gap="xs">
              <Group align="flex-start" wrap="nowrap">
                <Textarea
                  style={{ flex: 1 }}
                  label={t('outcomePanel.summary')}
                  autosize
                  minRows={2}
                  withAsterisk
                  {...form.getInputProps(`matters.${index}.summary`)}
                />
                {values.matters.length > 1 && (
                  <ActionIcon
                    mt={26}
                    variant="subtle"
                    color="red"
                    aria-label={t('outcomePanel.removeMatter', { index: index + 1 })}
                    onClick={() => form.removeListItem('matters', index)}
                  >
                    ✕
                  </ActionIcon>
                )}
              </Group>
              <Group grow align="flex-start">
                <Select
                  label={t('outcomePanel.nature')}
                  data={caseNatures.map((n) => ({ value: n, label: t(`nature.${n}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps(`matters.${index}.nature`)}
                />
                <Select
                  label={t('outcomePanel.category')}
                  data={(categories.data ?? []).map((c) => ({
                    value: String(c.id),
                    label: c.name,
                  }))}
                  searchable
                  clearable
                  {...form.getInputProps(`matters.${index}.categoryId`)}
                />
                <Select
                  label={t('outcomePanel.township')}
                  data={(townships.data ?? []).map((tw) => ({ value: tw.code, label: tw.name }))}
                  searchable
                  clearable
                  {...form.getInputProps(`matters.${index}.townshipCode`)}
                />
              </Group>
              <DecisionFields
                form={form}
                prefix={`matters.${index}.`}
                decision={matter}
                nature={matter.nature}
                acceptedOn={draft.acceptedOn}
                departments={departmentOptions}
                leaders={leaderOptions}
              />
              {matter.nature === 'accusation' && values.matters.length > 1 ? (
                <Text size="sm" c="red.8">
                  {t('outcomePanel.accusationDecision')}
                </Text>
              ) : (
                <Checkbox
                  label={t('outcomePanel.ownDecision')}
                  {...form.getInputProps(`matters.${index}.ownDecision`, { type: 'checkbox' })}
                />
              )}
              {ownDecision(matter, values.matters.length) && (
                <Textarea
                  label={t('outcomePanel.matterDecision')}
                  autosize
                  minRows={2}
                  {...form.getInputProps(`matters.${index}.decision`)}
                />
              )}
            </Stack>
          </Fieldset>
        ))}
        <Group justify="space-between">
          <Button
            variant="default"
            disabled={values.matters.length >= MAX_MATTERS}
            onClick={() => form.insertListItem('matters', newMatter(draft, false))}
          >
            {t('outcomePanel.addMatter')}
          </Button>
          <Button type="submit" size="lg" loading={record.isPending}>
            {t('outcomePanel.submit')}
          </Button>
        </Group>
        <HubErrorAlert error={record.error} />
      </Stack>
    </form>
  )
}
