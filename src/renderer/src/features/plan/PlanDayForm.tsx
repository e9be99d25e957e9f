import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { PlanDayInput, type DayView } from '@shared/contract'
import { noticeDueOn } from '@shared/plan/notices'
import { useTRPC } from '../../app/trpc'
import { useHallName } from '../../app/useHallName'
import { errorMessage, fieldErrors } from '../../shared/hubError'
import { schemaErrors } from '../../shared/schemaErrors'
import { longDate, shortDate } from '../print/format'

interface DutyRow {
  leaderId: string | null
  tableNo: number
  isLead: boolean
}

interface PlanValues {
  date: string
  place: string
  opensAt: string
  closesAt: string
  duties: DutyRow[]
}

const toInput = (values: PlanValues) => ({
  ...values,
  duties: values.duties.map((d) => ({
    leaderId: d.leaderId ? Number(d.leaderId) : 0,
    tableNo: Number(d.tableNo),
    isLead: d.isLead,
  })),
})

const nextTableNo = (duties: DutyRow[]) =>
  duties.length ? Math.max(...duties.map((d) => Number(d.tableNo) || 0)) + 1 : 1

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value)

interface PlanDayFormProps {
  /** The date of a new plan (the desk plans today); editable unless `day` is given. */
  date?: string
  /** An existing plan to edit: the form starts from it and its date stays fixed. */
  day?: DayView | null
  /** After a successful save (the plan screen moves to the saved day). */
  onSaved?: (day: DayView) => void
}

/**
 * Plans a reception day or changes its plan: date, place, hours, and the leaders on duty
 * with their tables and the lead leader. A day that has started can no longer be replanned.
 */
export function PlanDayForm({ date = '', day = null, onSaved }: PlanDayFormProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const leaders = useQuery(trpc.leader.list.queryOptions())
  const locked = day !== null && day.state !== 'planned'
  const form = useForm<PlanValues>({
    initialValues: day
      ? {
          date: day.date,
          place: day.place,
          opensAt: day.opensAt,
          closesAt: day.closesAt,
          duties: day.duties.map((d) => ({
            leaderId: String(d.leader.id),
            tableNo: d.tableNo,
            isLead: d.isLead,
          })),
        }
      : {
          date,
          place: '',
          opensAt: '08:30',
          closesAt: '17:00',
          duties: [],
        },
    validate: (values) => schemaErrors(PlanDayInput, toInput(values), t),
  })
  // A new day takes place at the hall, by its own name, once the settings are read (unless the
  // clerk has typed a place already).
  const hall = useHallName()
  const { setFieldValue, isTouched, getValues } = form
  useEffect(() => {
    if (day === null && hall.loaded && !isTouched('place') && getValues().place === '')
      setFieldValue('place', hall.name)
  }, [day, hall.loaded, hall.name, isTouched, getValues, setFieldValue])
  const plan = useMutation(
    trpc.day.plan.mutationOptions({
      onSuccess: (saved) => {
        notifications.show({
          color: 'green',
          message: t('plan.saved', { date: longDate(t, saved.date) }),
        })
        void queryClient.invalidateQueries({ queryKey: trpc.day.pathKey() })
        onSaved?.(saved)
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
        const duties = form.getValues().duties
        form.insertListItem('duties', {
          leaderId: String(leader.id),
          tableNo: nextTableNo(duties),
          isLead: duties.length === 0,
        })
        setNewName('')
        setNewTitle('')
      },
    }),
  )
  const addNewLeader = () => {
    if (newName.trim()) createLeader.mutate({ name: newName, title: newTitle })
  }
  // Enter in the new-leader fields adds the leader instead of saving the whole plan.
  const enterAddsLeader = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    addNewLeader()
  }

  const leaderOptions = (leaders.data ?? []).map((l) => ({
    value: String(l.id),
    label: l.title ? `${l.name}（${l.title}）` : l.name,
  }))
  const chosenDate = form.values.date

  return (
    <form
      onSubmit={form.onSubmit((values) => plan.mutate(PlanDayInput.parse(toInput(values))))}
      noValidate
    >
      <fieldset disabled={locked} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack>
          {locked && <Alert color="yellow">{t('plan.locked')}</Alert>}
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('day.date')}
              readOnly={day !== null}
              {...form.getInputProps('date')}
            />
            <TextInput label={t('day.place')} {...form.getInputProps('place')} />
            <TextInput type="time" label={t('day.opensAt')} {...form.getInputProps('opensAt')} />
            <TextInput type="time" label={t('day.closesAt')} {...form.getInputProps('closesAt')} />
          </Group>
          {isDate(chosenDate) && (
            <Text size="sm" c="dimmed" data-testid="notice-due-hint">
              {t('plan.dueHint', {
                due10: shortDate(t, noticeDueOn(chosenDate, 10)),
                due3: shortDate(t, noticeDueOn(chosenDate, 3)),
              })}
            </Text>
          )}

          <Fieldset legend={t('day.duties')}>
            <Stack gap="xs">
              {form.values.duties.map((duty, index) => (
                <Group key={index} align="flex-end">
                  <Select
                    label={t('day.leader')}
                    data={leaderOptions}
                    searchable
                    w={260}
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
                    checked={duty.isLead}
                    onChange={(event) => {
                      const checked = event.currentTarget.checked
                      // One lead leader per day: choosing one clears the others.
                      form.setFieldValue(
                        'duties',
                        form.getValues().duties.map((d, i) => ({
                          ...d,
                          isLead: i === index ? checked : checked ? false : d.isLead,
                        })),
                      )
                    }}
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
              {form.errors['duties'] && (
                <Text c="red" size="sm" role="alert">
                  {form.errors['duties']}
                </Text>
              )}
              <Group align="flex-end">
                <TextInput
                  label={t('day.newLeaderName')}
                  value={newName}
                  onChange={(e) => setNewName(e.currentTarget.value)}
                  onKeyDown={enterAddsLeader}
                />
                <TextInput
                  label={t('day.newLeaderTitle')}
                  value={newTitle}
                  onChange={(e) => setNewTitle(e.currentTarget.value)}
                  onKeyDown={enterAddsLeader}
                />
                <Button
                  variant="light"
                  loading={createLeader.isPending}
                  disabled={!newName.trim()}
                  onClick={addNewLeader}
                >
                  {t('day.createLeader')}
                </Button>
                <Button
                  variant="subtle"
                  onClick={() =>
                    form.insertListItem('duties', {
                      leaderId: null,
                      tableNo: nextTableNo(form.getValues().duties),
                      isLead: false,
                    })
                  }
                >
                  {t('day.addDuty')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
          {plan.isError && !Object.keys(form.errors).length && (
            <Text c="red" role="alert">
              {errorMessage(plan.error, t)}
            </Text>
          )}
          {!locked && (
            <Group>
              <Button type="submit" loading={plan.isPending}>
                {t('day.plan')}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  )
}
