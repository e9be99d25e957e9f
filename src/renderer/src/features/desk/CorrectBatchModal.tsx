import {
  Alert,
  Button,
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
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CorrectBatchInput,
  type BatchRegistrationView,
  type DeskBatchRow,
} from '../../../../shared/contract'
import { useTRPC } from '../../app/trpc'
import { fieldErrors } from '../../shared/hubError'
import { schemaErrors } from '../../shared/schemaErrors'

interface Values {
  reason: string
  headcount: number
  members: { name: string; idNumber: string; phone: string; address: string }[]
  summary: string
}

const toInput = (view: BatchRegistrationView, v: Values) => ({
  batchId: view.batchId,
  reason: v.reason,
  kind: view.kind,
  headcount: Number(v.headcount),
  members: v.members,
  nature: view.nature,
  categoryId: view.categoryId ?? undefined,
  townshipCode: view.townshipCode ?? undefined,
  village: view.village ?? undefined,
  summary: v.summary,
  flags: view.flags,
})

/** Corrects who came and what they asked; the audit log keeps the earlier version. */
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
  const form = useForm<Values>({
    initialValues: { reason: '', headcount: 1, members: [], summary: '' },
    validate: (v) => (view.data ? schemaErrors(CorrectBatchInput, toInput(view.data, v), t) : {}),
  })
  useEffect(() => {
    if (!view.data) return
    form.setValues({
      headcount: view.data.headcount,
      summary: view.data.summary,
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
      onError: (error) => form.setErrors(fieldErrors(error, t)),
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
          noValidate
          onSubmit={form.onSubmit(
            (v) => view.data && correct.mutate(CorrectBatchInput.parse(toInput(view.data, v))),
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
