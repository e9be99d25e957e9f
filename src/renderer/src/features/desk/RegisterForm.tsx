import { Alert, Button, Group, Stack, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { RegisterBatchInput, type DayView, type RegisteredBatch } from '../../../../shared/contract'
import { useTRPC } from '../../app/trpc'
import { errorMessage, fieldErrors } from '../../shared/hubError'
import { schemaErrors } from '../../shared/schemaErrors'
import { useState } from 'react'

const blank = { name: '', phone: '', summary: '' }

const toInput = (dayId: number, v: typeof blank) => ({
  dayId,
  kind: 'individual' as const,
  headcount: 1,
  members: [{ name: v.name, phone: v.phone }],
  summary: v.summary,
})

const formPath: Record<string, string> = {
  'members.0.name': 'name',
  'members.0.phone': 'phone',
  summary: 'summary',
}
const toFormErrors = (errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [formPath[k] ?? k, v]))

export function RegisterForm({ day }: { day: DayView }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const [last, setLast] = useState<RegisteredBatch | null>(null)
  const form = useForm({
    initialValues: blank,
    validate: (values) =>
      toFormErrors(schemaErrors(RegisterBatchInput, toInput(day.id, values), t)),
  })
  const register = useMutation(
    trpc.batch.register.mutationOptions({
      onSuccess: (batch) => {
        setLast(batch)
        form.reset()
      },
      onError: (error) => form.setErrors(toFormErrors(fieldErrors(error, t))),
    }),
  )
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        register.mutate(RegisterBatchInput.parse(toInput(day.id, values))),
      )}
    >
      <Stack maw={720}>
        <Group grow align="flex-start">
          <TextInput label={t('desk.name')} {...form.getInputProps('name')} />
          <TextInput label={t('desk.phone')} inputMode="tel" {...form.getInputProps('phone')} />
        </Group>
        <Textarea
          label={t('desk.summary')}
          autosize
          minRows={2}
          {...form.getInputProps('summary')}
        />
        <Group>
          <Button type="submit" loading={register.isPending}>
            {t('desk.register')}
          </Button>
        </Group>
        {register.isError && !Object.keys(form.errors).length && (
          <Alert color="red" role="alert">
            {errorMessage(register.error, t)}
          </Alert>
        )}
        {last && (
          <Alert color="green" role="status" title={t('common.saved')}>
            {t('desk.registered', {
              ticket: last.ticket,
              tableNo: last.tableNo,
              leader: last.leaderName,
            })}
          </Alert>
        )}
      </Stack>
    </form>
  )
}
