import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Grid,
  Group,
  Kbd,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDebouncedValue, useHotkeys } from '@mantine/hooks'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import {
  caseNatures,
  MAX_REPRESENTATIVES,
  RegisterBatchInput,
  type DayView,
  type RegisteredBatch,
} from '../../../../shared/contract'
import { ageOn, checkIdNumber } from '../../../../shared/person/idNumber'
import { useTRPC } from '../../app/trpc'
import { errorMessage, fieldErrors } from '../../shared/hubError'
import { submissionIds } from '../../shared/requestIds'
import { schemaErrors } from '../../shared/schemaErrors'
import { MemberFields } from './MemberFields'
import { RegisteredNotice } from './RegisteredNotice'
import {
  blankMember,
  blankRegistration,
  draftStore,
  isBlank,
  toRegistrationInput,
  type RegistrationValues,
} from './registrationValues'
import { RepeatPanel } from './RepeatPanel'
import { repeatProbe } from './repeatProbe'
import { RouteChooser } from './RouteChooser'

const ELDERLY_AGE = 70

/** The clerk's registration form: keyboard first, checked as typed, saved in one action. */
export function RegisterForm({ day }: { day: DayView }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const formRef = useRef<HTMLFormElement>(null)
  const [last, setLast] = useState<RegisteredBatch | null>(null)
  const [activeMember, setActiveMember] = useState(0)
  const [restored] = useState(() => draftStore.load(day.id))

  const form = useForm<RegistrationValues>({
    initialValues: restored ?? blankRegistration(),
    validate: (values) => schemaErrors(RegisterBatchInput, toRegistrationInput(day.id, values), t),
    onValuesChange: (values) =>
      isBlank(values) ? draftStore.clear() : draftStore.save(day.id, values),
  })
  const values = form.values

  const categories = useQuery(trpc.reference.categories.queryOptions())
  const townships = useQuery(trpc.reference.townships.queryOptions())

  const probeNow = repeatProbe(day.id, values.members[activeMember], values.townshipCode)
  const [probeKey] = useDebouncedValue(JSON.stringify(probeNow), 120)
  const probe = probeKey === 'null' ? null : (JSON.parse(probeKey) as typeof probeNow)
  const lookup = useQuery({
    ...trpc.desk.lookup.queryOptions(probe ?? {}),
    enabled: probe !== null,
    placeholderData: (previous) => previous,
    staleTime: 0,
  })
  const known = probe ? lookup.data : undefined
  const personIds = (known?.persons ?? [])
    .filter((p) => p.matchedBy.includes('idNumber'))
    .map((p) => p.personId)

  const suggestion = useQuery({
    ...trpc.desk.suggestRoute.queryOptions({
      dayId: day.id,
      personIds,
      townshipCode: values.townshipCode ?? undefined,
      categoryId: values.categoryId ? Number(values.categoryId) : undefined,
      headcount: Math.max(1, Number(values.headcount) || 1),
      hard: values.flags.hard,
    }),
    placeholderData: (previous) => previous,
    staleTime: 0,
  })

  // Age 70 and over, read from the ID number, is a queue priority.
  const elderly = values.members.some((m) => {
    const id = checkIdNumber(m.idNumber)
    return id.ok && ageOn(id.birthDate, new Date()) >= ELDERLY_AGE
  })
  useEffect(() => {
    if (elderly && !form.values.flags.elderly) form.setFieldValue('flags.elderly', true)
  }, [elderly]) // eslint-disable-line react-hooks/exhaustive-deps -- only when the derived age changes

  const [requestIds] = useState(submissionIds)
  const register = useMutation(
    trpc.batch.register.mutationOptions({
      onSuccess: (batch) => {
        requestIds.done()
        setLast(batch)
        draftStore.clear()
        form.setValues(blankRegistration())
        form.resetDirty()
        setActiveMember(0)
        void queryClient.invalidateQueries({
          queryKey: trpc.batch.listForDay.queryKey({ dayId: day.id }),
        })
        formRef.current?.querySelector<HTMLInputElement>('input[name="members.0.name"]')?.focus()
      },
      onError: (error) => form.setErrors(fieldErrors(error, t)),
    }),
  )

  // Keys arrive faster than renders: read the form's latest values, never this render's copy.
  const setKind = (kind: RegistrationValues['kind']) => {
    const latest = form.getValues()
    if (kind === 'individual') {
      form.setValues({ kind, headcount: 1, members: latest.members.slice(0, 1) })
    } else {
      form.setValues({ kind, headcount: Math.max(2, latest.headcount, latest.members.length) })
    }
  }
  const addRepresentative = () => {
    const latest = form.getValues()
    if (latest.members.length >= MAX_REPRESENTATIVES) return
    const count = latest.members.length + 1
    // Rendered at once, so the next keystrokes already land in the new name field.
    flushSync(() => {
      form.setFieldValue('kind', 'group')
      form.setFieldValue('headcount', Math.max(latest.headcount, count, 2))
      form.insertListItem('members', blankMember())
      setActiveMember(count - 1)
    })
    formRef.current
      ?.querySelector<HTMLInputElement>(`input[name="members.${count - 1}.name"]`)
      ?.focus()
  }
  const chooseTable = (tableNo: number) => {
    if (tableNo === 0) form.setFieldValue('tableNo', null)
    else if (day.duties.some((d) => d.tableNo === tableNo))
      form.setFieldValue('tableNo', String(tableNo))
  }
  const focusHeadcount = () => {
    if (form.getValues().kind === 'individual') flushSync(() => setKind('group'))
    formRef.current?.querySelector<HTMLInputElement>('input[name="headcount"]')?.select()
  }
  const always: string[] = []
  useHotkeys(
    [
      ['alt+A', addRepresentative],
      ['alt+N', focusHeadcount],
      [
        'alt+S',
        () =>
          formRef.current?.querySelector<HTMLTextAreaElement>('textarea[name="summary"]')?.focus(),
      ],
      ...Array.from(
        { length: 10 },
        (_, n) => [`alt+${n}`, () => chooseTable(n)] as [string, () => void],
      ),
    ],
    always,
  )

  const submit = form.onSubmit((v) => {
    const input = RegisterBatchInput.parse(toRegistrationInput(day.id, v))
    register.mutate({ ...input, requestId: requestIds.idFor(input) })
  })

  return (
    <Grid gutter="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <form ref={formRef} onSubmit={submit} noValidate aria-label={t('desk.title')}>
          <Stack gap="sm">
            {restored && !last && (
              <Text size="sm" c="dimmed">
                {t('desk.draftRestored')}
              </Text>
            )}
            <Group align="flex-end">
              <Stack gap={4}>
                <Text size="sm" fw={500} id="kind-label">
                  {t('desk.kind')}
                </Text>
                <SegmentedControl
                  aria-labelledby="kind-label"
                  value={values.kind}
                  onChange={(v) => setKind(v as RegistrationValues['kind'])}
                  data={[
                    { value: 'individual', label: t('desk.kindIndividual') },
                    { value: 'group', label: t('desk.kindGroup') },
                  ]}
                />
              </Stack>
              <NumberInput
                label={t('desk.headcount')}
                w={120}
                min={1}
                max={10000}
                clampBehavior="none"
                allowDecimal={false}
                allowNegative={false}
                disabled={values.kind === 'individual'}
                name="headcount"
                {...form.getInputProps('headcount')}
              />
              {values.kind === 'group' && (
                <Text size="sm" c="dimmed" mb={8}>
                  {t('desk.representativesHint')}
                </Text>
              )}
            </Group>

            {values.members.map((_, index) => (
              <MemberFields
                key={index}
                form={form}
                index={index}
                autoFocus={index === 0}
                onFocusPerson={setActiveMember}
              />
            ))}
            {form.errors['members'] && (
              <Text c="red" size="sm" role="alert">
                {form.errors['members']}
              </Text>
            )}
            <Group>
              <Button
                variant="light"
                size="xs"
                onClick={addRepresentative}
                disabled={values.members.length >= MAX_REPRESENTATIVES}
              >
                {t('desk.addRepresentative')} <Kbd ml={6}>Alt+A</Kbd>
              </Button>
            </Group>

            <Textarea
              label={t('desk.summary')}
              autosize
              minRows={3}
              maxRows={8}
              name="summary"
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault()
                  formRef.current?.requestSubmit()
                }
              }}
              {...form.getInputProps('summary')}
            />

            <Fieldset legend={t('desk.matter')} p="sm">
              <Group grow align="flex-start">
                <Select
                  label={t('desk.nature')}
                  data={caseNatures.map((n) => ({ value: n, label: t(`nature.${n}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps('nature')}
                />
                <Select
                  label={t('desk.category')}
                  data={(categories.data ?? []).map((c) => ({
                    value: String(c.id),
                    label: c.name,
                  }))}
                  searchable
                  clearable
                  {...form.getInputProps('categoryId')}
                />
                <Select
                  label={t('desk.township')}
                  data={(townships.data ?? []).map((tw) => ({ value: tw.code, label: tw.name }))}
                  searchable
                  clearable
                  {...form.getInputProps('townshipCode')}
                />
                <TextInput label={t('desk.village')} {...form.getInputProps('village')} />
              </Group>
              <Group mt="sm" gap="lg" role="group" aria-label={t('desk.flags')}>
                {(['elderly', 'disabled', 'urgent', 'hard'] as const).map((flag) => (
                  <Checkbox
                    key={flag}
                    label={t(`desk.flag.${flag}`)}
                    {...form.getInputProps(`flags.${flag}`, { type: 'checkbox' })}
                  />
                ))}
              </Group>
            </Fieldset>

            <RouteChooser day={day} form={form} suggestion={suggestion.data} />

            <Group>
              <Button type="submit" size="md" loading={register.isPending}>
                {t('desk.register')}
              </Button>
              <Button
                variant="subtle"
                color="gray"
                onClick={() => {
                  form.setValues(blankRegistration())
                  draftStore.clear()
                }}
              >
                {t('desk.clear')}
              </Button>
              <Text size="xs" c="dimmed">
                {t('desk.keys')}
              </Text>
            </Group>
            {register.isError && Object.keys(form.errors).length === 0 && (
              <Alert color="red" role="alert">
                {errorMessage(register.error, t)}
              </Alert>
            )}
            {last && <RegisteredNotice batch={last} />}
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <RepeatPanel
          probing={probe !== null}
          fetching={lookup.isFetching}
          result={known}
          linkedAppointmentId={values.appointmentId}
          onUseAppointment={(appointmentId, leaderId) => {
            const duty = day.duties.find((d) => d.leader.id === leaderId)
            form.setValues({ appointmentId, tableNo: duty ? String(duty.tableNo) : values.tableNo })
          }}
        />
      </Grid.Col>
    </Grid>
  )
}
