import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CancelAppointmentInput,
  CreateAppointmentInput,
  type AppointmentView,
  type DayView,
} from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { errorMessage, fieldErrors } from '../../shared/hubError'
import { schemaErrors } from '../../shared/schemaErrors'

interface AppointmentValues {
  person: { name: string; idNumber: string; phone: string; address: string }
  leaderId: string | null
  slot: string
  summary: string
  dossier: string
}

const emptyValues: AppointmentValues = {
  person: { name: '', idNumber: '', phone: '', address: '' },
  leaderId: null,
  slot: '',
  summary: '',
  dossier: '',
}

const toInput = (dayId: number, v: AppointmentValues) => ({
  dayId,
  person: v.person,
  leaderId: v.leaderId ? Number(v.leaderId) : undefined,
  slot: v.slot || undefined,
  summary: v.summary,
  dossier: v.dossier,
})

const stateColors = { booked: 'blue', arrived: 'green', cancelled: 'gray' } as const

/** A day's appointments (约访): the list (persons masked) and the form to book one. */
export function AppointmentsPanel({ day }: { day: DayView }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const appointments = useQuery(trpc.appointment.list.queryOptions({ dayId: day.id }))
  const [cancelling, setCancelling] = useState<AppointmentView | null>(null)
  const closed = day.state === 'closed'

  return (
    <Card withBorder component="section" aria-label={t('appointment.title')}>
      <Stack>
        <div>
          <Title order={3}>{t('appointment.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('appointment.intro')}
          </Text>
        </div>
        {appointments.data?.length === 0 && <Text c="dimmed">{t('appointment.none')}</Text>}
        {!!appointments.data?.length && (
          <Table withTableBorder striped aria-label={t('appointment.list')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('appointment.col.slot')}</Table.Th>
                <Table.Th>{t('appointment.col.person')}</Table.Th>
                <Table.Th>{t('appointment.col.idNumber')}</Table.Th>
                <Table.Th>{t('appointment.col.phone')}</Table.Th>
                <Table.Th>{t('appointment.col.leader')}</Table.Th>
                <Table.Th>{t('appointment.col.summary')}</Table.Th>
                <Table.Th>{t('appointment.col.state')}</Table.Th>
                <Table.Th>{t('appointment.col.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {appointments.data.map((a) => (
                <Table.Tr key={a.id} data-appointment={a.id}>
                  <Table.Td>{a.slot ?? '—'}</Table.Td>
                  <Table.Td>{a.maskedName}</Table.Td>
                  <Table.Td ff="monospace">{a.maskedIdNumber ?? '—'}</Table.Td>
                  <Table.Td ff="monospace">{a.maskedPhone ?? '—'}</Table.Td>
                  <Table.Td>
                    {a.leader
                      ? `${a.leader.name} ${a.leader.title}`.trim()
                      : t('appointment.anyLeader')}
                  </Table.Td>
                  <Table.Td maw={420}>
                    <Text size="sm" lineClamp={2}>
                      {a.summary}
                    </Text>
                    {a.cancelReason && (
                      <Text size="xs" c="dimmed">
                        {t('appointment.cancelledBecause', { reason: a.cancelReason })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={stateColors[a.state]}>
                      {t(`appointment.state.${a.state}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {a.state === 'booked' && !closed && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('appointment.cancelOf', { name: a.maskedName })}
                        onClick={() => setCancelling(a)}
                      >
                        {t('appointment.cancel')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {!closed && <AppointmentForm day={day} />}
      </Stack>
      <CancelModal appointment={cancelling} onClose={() => setCancelling(null)} />
    </Card>
  )
}

/** The only place an appointment's person is shown in full: as it is being typed. */
function AppointmentForm({ day }: { day: DayView }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const form = useForm<AppointmentValues>({
    initialValues: emptyValues,
    validate: (values) => schemaErrors(CreateAppointmentInput, toInput(day.id, values), t),
  })
  const create = useMutation(
    trpc.appointment.create.mutationOptions({
      onSuccess: (created) => {
        notifications.show({
          color: 'green',
          message: t('appointment.created', { name: created.maskedName }),
        })
        if (created.registeredAs)
          notifications.show({
            color: 'orange',
            autoClose: false,
            message: t('appointment.registeredAs', { name: created.registeredAs }),
          })
        form.reset()
        void queryClient.invalidateQueries({ queryKey: trpc.appointment.pathKey() })
        void queryClient.invalidateQueries({ queryKey: trpc.day.pathKey() })
      },
      onError: (error) => form.setErrors(fieldErrors(error, t)),
    }),
  )
  const leaderOptions = day.duties.map((d) => ({
    value: String(d.leader.id),
    label:
      `${t('plan.tableLeader', { tableNo: d.tableNo, name: d.leader.name })} ${d.leader.title}`.trim(),
  }))

  return (
    <form
      noValidate
      aria-label={t('appointment.formTitle')}
      onSubmit={form.onSubmit((values) =>
        create.mutate(CreateAppointmentInput.parse(toInput(day.id, values))),
      )}
    >
      <Stack gap="sm">
        <Title order={4}>{t('appointment.formTitle')}</Title>
        <SimpleGrid cols={4}>
          <TextInput
            label={t('appointment.name')}
            withAsterisk
            {...form.getInputProps('person.name')}
          />
          <TextInput
            label={t('appointment.idNumber')}
            maxLength={18}
            {...form.getInputProps('person.idNumber')}
          />
          <TextInput label={t('appointment.phone')} {...form.getInputProps('person.phone')} />
          <TextInput label={t('appointment.address')} {...form.getInputProps('person.address')} />
          <Select
            label={t('appointment.leader')}
            placeholder={t('appointment.anyLeader')}
            data={leaderOptions}
            clearable
            {...form.getInputProps('leaderId')}
          />
          <TextInput type="time" label={t('appointment.slot')} {...form.getInputProps('slot')} />
        </SimpleGrid>
        <Textarea
          label={t('appointment.summary')}
          withAsterisk
          autosize
          minRows={2}
          {...form.getInputProps('summary')}
        />
        <Textarea
          label={t('appointment.dossier')}
          autosize
          minRows={2}
          {...form.getInputProps('dossier')}
        />
        {create.isError && !Object.keys(form.errors).length && (
          <Text c="red" role="alert">
            {errorMessage(create.error, t)}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('appointment.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

function CancelModal({
  appointment,
  onClose,
}: {
  appointment: AppointmentView | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const cancel = useMutation(
    trpc.appointment.cancel.mutationOptions({
      onSuccess: () => {
        notifications.show({ message: t('appointment.cancelled') })
        void queryClient.invalidateQueries({ queryKey: trpc.appointment.pathKey() })
        void queryClient.invalidateQueries({ queryKey: trpc.day.pathKey() })
        close()
      },
      onError: (e) => setError(fieldErrors(e, t)['reason'] ?? errorMessage(e, t)),
    }),
  )
  const close = () => {
    setReason('')
    setError(null)
    onClose()
  }
  return (
    <Modal
      opened={appointment !== null}
      onClose={close}
      title={appointment ? t('appointment.cancelOf', { name: appointment.maskedName }) : ''}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (!appointment) return
          const input = { id: appointment.id, reason }
          const errors = schemaErrors(CancelAppointmentInput, input, t)
          if (errors['reason']) return setError(errors['reason'])
          cancel.mutate(input)
        }}
      >
        <Stack>
          <TextInput
            label={t('appointment.reason')}
            data-autofocus
            value={reason}
            error={error}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('appointment.keep')}
            </Button>
            <Button type="submit" color="red" loading={cancel.isPending}>
              {t('appointment.confirmCancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
