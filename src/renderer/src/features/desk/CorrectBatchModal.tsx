import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  Modal,
  NumberInput,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import {
  caseNatures,
  CorrectBatchInput,
  type BatchRegistrationView,
  type CaseNature,
  type DeskBatchRow,
} from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { fieldErrors } from '../../shared/hubError'
import { KeySelect } from '../../shared/KeySelect'
import { schemaErrors } from '../../shared/schemaErrors'
import { focusFirstError } from './focusFirstError'

interface Values {
  reason: string
  headcount: number
  members: { name: string; idNumber: string; phone: string; address: string }[]
  summary: string
  nature: CaseNature
  categoryId: string | null
  townshipCode: string | null
  village: string
  flags: BatchRegistrationView['flags']
}

const flagNames = ['elderly', 'disabled', 'urgent', 'hard'] as const

const toInput = (view: BatchRegistrationView, v: Values) => ({
  batchId: view.batchId,
  reason: v.reason,
  kind: view.kind,
  headcount: Number(v.headcount),
  members: v.members,
  nature: v.nature,
  categoryId: v.categoryId ? Number(v.categoryId) : undefined,
  townshipCode: v.townshipCode ?? undefined,
  village: v.village,
  summary: v.summary,
  flags: v.flags,
})

/** Corrects everything the clerk entered; the audit log keeps the earlier version. */
export function CorrectBatchModal({
  batch,
  onClose,
}: {
  batch: DeskBatchRow
  onClose: () => void
}) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const view = useQuery({
    ...trpc.batch.get.queryOptions({ batchId: batch.batchId }),
    staleTime: 0,
  })
  const categories = useQuery(trpc.reference.categories.queryOptions())
  const townships = useQuery(trpc.reference.townships.queryOptions())
  const formRef = useRef<HTMLFormElement>(null)
  const form = useForm<Values>({
    initialValues: {
      reason: '',
      headcount: 1,
      members: [],
      summary: '',
      nature: 'appeal',
      categoryId: null,
      townshipCode: null,
      village: '',
      flags: { elderly: false, disabled: false, urgent: false, hard: false },
    },
    validate: (v) => (view.data ? schemaErrors(CorrectBatchInput, toInput(view.data, v), t) : {}),
  })
  useEffect(() => {
    if (!view.data) return
    form.setValues({
      headcount: view.data.headcount,
      summary: view.data.summary,
      nature: view.data.nature,
      categoryId: view.data.categoryId ? String(view.data.categoryId) : null,
      townshipCode: view.data.townshipCode,
      village: view.data.village ?? '',
      flags: view.data.flags,
      members: view.data.members.map((m) => ({
        name: m.name,
        idNumber: m.idNumber ?? '',
        phone: m.phone ?? '',
        address: m.address ?? '',
      })),
    })
  }, [view.data]) // eslint-disable-line react-hooks/exhaustive-deps -- load once per fetched version
  const correct = useMutation(
    trpc.batch.correct.mutationOptions({
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('dayList.corrected') })
        void queryClient.invalidateQueries({ queryKey: trpc.batch.pathKey() })
        onClose()
      },
      onError: (error) => {
        form.setErrors(fieldErrors(error, t))
        focusFirstError(formRef.current)
      },
    }),
  )
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('dayList.correctTitle', { ticket: batch.ticket })}
    >
      {!view.data ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <form
          ref={formRef}
          noValidate
          onSubmit={form.onSubmit(
            (v) => view.data && correct.mutate(CorrectBatchInput.parse(toInput(view.data, v))),
            () => focusFirstError(formRef.current),
          )}
        >
          <Stack>
            {form.values.members.map((_, i) => (
              <Group key={i} grow align="flex-start">
                <TextInput label={t('desk.name')} {...form.getInputProps(`members.${i}.name`)} />
                <TextInput
                  label={t('desk.idNumber')}
                  {...form.getInputProps(`members.${i}.idNumber`)}
                />
                <TextInput label={t('desk.phone')} {...form.getInputProps(`members.${i}.phone`)} />
                <TextInput
                  label={t('desk.address')}
                  {...form.getInputProps(`members.${i}.address`)}
                />
              </Group>
            ))}
            <NumberInput
              label={t('desk.headcount')}
              w={140}
              min={1}
              disabled={view.data.kind === 'individual'}
              {...form.getInputProps('headcount')}
            />
            <Textarea
              label={t('desk.summary')}
              autosize
              minRows={3}
              {...form.getInputProps('summary')}
            />
            <Group grow align="flex-start">
              <KeySelect
                label={t('desk.nature')}
                searchable={false}
                data={caseNatures.map((n) => ({ value: n, label: t(`nature.${n}`) }))}
                {...form.getInputProps('nature')}
              />
              <KeySelect
                label={t('desk.category')}
                data={(categories.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
                clearable
                {...form.getInputProps('categoryId')}
              />
              <KeySelect
                label={t('desk.township')}
                data={(townships.data ?? []).map((tw) => ({ value: tw.code, label: tw.name }))}
                clearable
                {...form.getInputProps('townshipCode')}
              />
              <TextInput label={t('desk.village')} {...form.getInputProps('village')} />
            </Group>
            <Group gap="lg" role="group" aria-label={t('desk.flags')}>
              {flagNames.map((flag) => (
                <Checkbox
                  key={flag}
                  label={t(`desk.flag.${flag}`)}
                  {...form.getInputProps(`flags.${flag}`, { type: 'checkbox' })}
                />
              ))}
            </Group>
            <TextInput label={t('dayList.reason')} {...form.getInputProps('reason')} />
            {correct.isError && Object.keys(form.errors).length === 0 && (
              <Alert color="red">{correct.error.message}</Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={correct.isPending}>
                {t('dayList.saveCorrection')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  )
}
