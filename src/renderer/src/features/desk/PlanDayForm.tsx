import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  Stack,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PlanDayInput } from '../../../../shared/contract'
import { useTRPC } from '../../app/trpc'
import { errorMessage, fieldErrors } from '../../shared/hubError'
import { schemaErrors } from '../../shared/schemaErrors'

interface DutyRow {
  leaderId: string | null
  tableNo: number
  isLead: boolean
}

const toInput = (values: {
  date: string
  place: string
  opensAt: string
  closesAt: string
  duties: DutyRow[]
}) => ({
  ...values,
  duties: values.duties.map((d) => ({
    leaderId: d.leaderId ? Number(d.leaderId) : 0,
    tableNo: Number(d.tableNo),
    isLead: d.isLead,
  })),
})

export function PlanDayForm({ date }: { date: string }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const leaders = useQuery(trpc.leader.list.queryOptions())
  const form = useForm({
    initialValues: {
      date,
      place: t('day.defaultPlace'),
      opensAt: '08:30',
      closesAt: '17:00',
      duties: [] as DutyRow[],
    },
    validate: (values) => schemaErrors(PlanDayInput, toInput(values), t),
  })
  const plan = useMutation(
    trpc.day.plan.mutationOptions({
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('day.planned') })
        void queryClient.invalidateQueries({ queryKey: trpc.day.pathKey() })
      },
      onError: (error) => form.setErrors(fieldErrors(error, t)),
    }),
  )

  const [newName, setNewName] = useState('')
  const [newTitle, setNewTitle] = useState('')
  const createLeader = useMutation(
    trpc.leader.create.mutationOptions({
      onSuccess: async (leader) => {
        await queryClient.invalidateQueries({ queryKey: trpc.leader.pathKey() })
        const used = form.values.duties.map((d) => d.tableNo)
        const tableNo = used.length ? Math.max(...used) + 1 : 1
        form.insertListItem('duties', {
          leaderId: String(leader.id),
          tableNo,
          isLead: used.length === 0,
        })
        setNewName('')
        setNewTitle('')
      },
    }),
  )

  const leaderOptions = (leaders.data ?? []).map((l) => ({
    value: String(l.id),
    label: l.title ? `${l.name}（${l.title}）` : l.name,
  }))

  return (
    <form
      onSubmit={form.onSubmit((values) => plan.mutate(PlanDayInput.parse(toInput(values))))}
      noValidate
    >
      <Stack>
        <Group grow align="flex-start">
          <TextInput type="date" label={t('day.date')} {...form.getInputProps('date')} />
          <TextInput label={t('day.place')} {...form.getInputProps('place')} />
          <TextInput type="time" label={t('day.opensAt')} {...form.getInputProps('opensAt')} />
          <TextInput type="time" label={t('day.closesAt')} {...form.getInputProps('closesAt')} />
        </Group>

        <Fieldset legend={t('day.duties')}>
          <Stack gap="xs">
            {form.values.duties.map((duty, index) => (
              <Group key={index} align="flex-end">
                <Select
                  label={t('day.leader')}
                  data={leaderOptions}
                  searchable
                  {...form.getInputProps(`duties.${index}.leaderId`)}
                  error={form.errors[`duties.${index}.leaderId`]}
                />
                <NumberInput
                  label={t('common.tableNo')}
                  min={1}
                  max={99}
                  w={100}
                  {...form.getInputProps(`duties.${index}.tableNo`)}
                />
                <Checkbox
                  label={t('day.isLead')}
                  mb={8}
                  {...form.getInputProps(`duties.${index}.isLead`, { type: 'checkbox' })}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mb={4}
                  aria-label={`${t('common.remove')} ${duty.tableNo}`}
                  onClick={() => form.removeListItem('duties', index)}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            {form.errors['duties'] && <div role="alert">{form.errors['duties']}</div>}
            <Group align="flex-end">
              <TextInput
                label={t('day.newLeaderName')}
                value={newName}
                onChange={(e) => setNewName(e.currentTarget.value)}
              />
              <TextInput
                label={t('day.newLeaderTitle')}
                value={newTitle}
                onChange={(e) => setNewTitle(e.currentTarget.value)}
              />
              <Button
                variant="light"
                loading={createLeader.isPending}
                disabled={!newName.trim()}
                onClick={() => createLeader.mutate({ name: newName, title: newTitle })}
              >
                {t('day.createLeader')}
              </Button>
              <Button
                variant="subtle"
                onClick={() => {
                  const used = form.values.duties.map((d) => d.tableNo)
                  form.insertListItem('duties', {
                    leaderId: null,
                    tableNo: used.length ? Math.max(...used) + 1 : 1,
                    isLead: false,
                  })
                }}
              >
                {t('day.addDuty')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        {plan.isError && !Object.keys(form.errors).length && (
          <div role="alert">{errorMessage(plan.error, t)}</div>
        )}
        <Group>
          <Button type="submit" loading={plan.isPending}>
            {t('day.plan')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
