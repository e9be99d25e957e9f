import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CallResult,
  Delivery,
  DissatisfiedNext,
  Satisfaction,
  type CaseFollowUp,
  type StepInput,
  type StepKind,
} from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { fieldErrors } from '../../shared/hubError'
import { HubErrorAlert } from '../../shared/HubErrorAlert'

interface Values {
  note: string
  reason: string
  approvedBy: string
  days: number
  content: string
  delivery: string
  decided: string
  present: string
  result: string
  contacted: boolean
  resolved: boolean
  satisfaction: string
  comment: string
  next: string
  body: string
}

const empty: Values = {
  note: '',
  reason: '',
  approvedBy: '',
  days: 30,
  content: '',
  delivery: 'post',
  decided: '',
  present: '',
  result: 'reached',
  contacted: true,
  resolved: true,
  satisfaction: 'satisfied',
  comment: '',
  next: '',
  body: '',
}

/** The step as the contract takes it, from the form's values (the hub judges it). */
function toInput(f: CaseFollowUp, kind: StepKind, v: Values): StepInput {
  const caseId = f.caseId
  const level =
    kind === 'reviewAnswer' ? (f.reviewAnswerBy ? levelOpen(f) : 'review') : nextLevel(f)
  switch (kind) {
    case 'notice':
    case 'close':
      return { kind, caseId }
    case 'progress':
    case 'reminder':
      return { kind, caseId, note: v.note }
    case 'supervision':
      return { kind, caseId, note: v.note, leaderId: f.ownerLeader?.id ?? 0 }
    case 'objection':
      return { kind, caseId, reason: v.reason }
    case 'extension':
      return { kind, caseId, reason: v.reason, approvedBy: v.approvedBy, days: v.days }
    case 'reply':
      return { kind, caseId, content: v.content, delivery: Delivery.parse(v.delivery) }
    case 'onSpotRecord':
      return { kind, caseId, decided: v.decided, present: v.present }
    case 'callback': {
      const result = CallResult.parse(v.result)
      if (result !== 'reached') return { kind, caseId, result, comment: v.comment }
      const satisfaction = Satisfaction.parse(v.satisfaction)
      return {
        kind,
        caseId,
        result,
        contacted: v.contacted,
        resolved: v.resolved,
        satisfaction,
        comment: v.comment,
        ...(satisfaction === 'dissatisfied' && v.next
          ? { next: DissatisfiedNext.parse(v.next) }
          : {}),
      }
    }
    case 'reviewRequest':
      return { kind, caseId, level, body: v.body }
    case 'reviewAnswer':
      return { kind, caseId, level, content: v.content }
  }
}

const answered = (f: CaseFollowUp, level: string) =>
  f.entries.some((e) => e.kind === 'reviewAnswer' && e.data['level'] === level)
const nextLevel = (f: CaseFollowUp) => (answered(f, 'review') ? 're_review' : 'review')
const levelOpen = (f: CaseFollowUp) =>
  ([...f.entries].reverse().find((e) => e.kind === 'reviewRequest')?.data['level'] as
    'review' | 're_review' | undefined) ?? 'review'

/** Records the next step of a case: only the steps the hub says the case takes now. */
export function StepForm({ followUp: f }: { followUp: CaseFollowUp }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const [kind, setKind] = useState<StepKind | null>(null)
  const form = useForm<Values>({ initialValues: empty })
  const step = useMutation(
    trpc.followUp.step.mutationOptions({
      onSuccess: () => {
        form.reset()
        setKind(null)
        void queryClient.invalidateQueries({ queryKey: trpc.followUp.pathKey() })
        void queryClient.invalidateQueries({ queryKey: trpc.case.pathKey() })
      },
      onError: (error) => form.setErrors(fieldErrors(error, t)),
    }),
  )
  if (f.next.length === 0) return null
  const v = form.values
  const text = (name: keyof Values, label: string, multi = false) =>
    multi ? (
      <Textarea
        label={t(`followUp.field.${label}`)}
        autosize
        minRows={2}
        withAsterisk
        {...form.getInputProps(name)}
      />
    ) : (
      <TextInput label={t(`followUp.field.${label}`)} withAsterisk {...form.getInputProps(name)} />
    )
  const options = (prefix: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`followUp.${prefix}.${value}`) }))
  return (
    <form
      noValidate
      aria-label={t('followUp.next')}
      onSubmit={form.onSubmit((values) => {
        if (kind) step.mutate(toInput(f, kind, values))
      })}
    >
      <Stack gap="xs">
        <Select
          label={t('followUp.next')}
          placeholder={t('followUp.chooseStep')}
          data={f.next.map((k) => ({ value: k, label: t(`followUp.kind.${k}`) }))}
          value={kind}
          onChange={(value) => setKind(value as StepKind | null)}
          allowDeselect={false}
        />
        {(kind === 'progress' || kind === 'reminder' || kind === 'supervision') &&
          text('note', 'note', true)}
        {(kind === 'objection' || kind === 'extension') && text('reason', 'reason', true)}
        {kind === 'extension' && (
          <Group grow>
            {text('approvedBy', 'approvedBy')}
            <NumberInput
              label={t('followUp.field.days')}
              min={1}
              max={30}
              {...form.getInputProps('days')}
            />
          </Group>
        )}
        {(kind === 'reply' || kind === 'reviewAnswer') && text('content', 'content', true)}
        {kind === 'reply' && (
          <Select
            label={t('followUp.field.delivery')}
            data={options('delivery', Delivery.options)}
            allowDeselect={false}
            {...form.getInputProps('delivery')}
          />
        )}
        {kind === 'onSpotRecord' && (
          <>
            {text('decided', 'decided', true)}
            {text('present', 'present')}
          </>
        )}
        {kind === 'reviewRequest' && text('body', 'body')}
        {kind === 'callback' && (
          <>
            <Select
              label={t('followUp.field.result')}
              data={options('result', CallResult.options)}
              allowDeselect={false}
              {...form.getInputProps('result')}
            />
            {v.result === 'reached' && (
              <>
                <Group>
                  <Checkbox
                    label={t('followUp.field.contacted')}
                    {...form.getInputProps('contacted', { type: 'checkbox' })}
                  />
                  <Checkbox
                    label={t('followUp.field.resolved')}
                    {...form.getInputProps('resolved', { type: 'checkbox' })}
                  />
                </Group>
                <Select
                  label={t('followUp.field.satisfaction')}
                  data={options('satisfaction', Satisfaction.options)}
                  allowDeselect={false}
                  {...form.getInputProps('satisfaction')}
                />
                {v.satisfaction === 'dissatisfied' && (
                  <Select
                    label={t('followUp.field.next')}
                    data={options('dissatisfiedNext', DissatisfiedNext.options)}
                    {...form.getInputProps('next')}
                  />
                )}
              </>
            )}
            <TextInput label={t('followUp.field.comment')} {...form.getInputProps('comment')} />
          </>
        )}
        <HubErrorAlert error={step.error} />
        {kind && (
          <Group justify="flex-end">
            <Button type="submit" loading={step.isPending}>
              {t('followUp.record')}：{t(`followUp.kind.${kind}`)}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  )
}
