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
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDebouncedValue, useHotkeys } from '@mantine/hooks'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import {
  caseNatures,
  ELDERLY_AGE,
  MAX_REPRESENTATIVES,
  RegisterBatchInput,
  type DayView,
  type RegisteredBatch,
} from '@shared/contract'
import { checkIdNumber } from '@shared/person/idNumber'
import { ageOnDate } from '@shared/time/hallClock'
import { useTRPC } from '../../app/trpc'
import { errorMessage, fieldErrors } from '../../shared/hubError'
import { KeySelect } from '../../shared/KeySelect'
import { submissionIds } from '../../shared/requestIds'
import { schemaErrors } from '../../shared/schemaErrors'
import { useDocumentPrinter } from '../print/useDocumentPrinter'
import { autoPrintSetting } from './autoPrint'
import { focusFirstError } from './focusFirstError'
import { jykjReader } from './idCard/jykjReader'
import { readerSetting } from './idCard/readerSetting'
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
import { SameDayNotice } from './SameDayNotice'

const OPEN_STATUSES = ['waiting', 'called', 'in_session']

interface ReaderStatus {
  color: string
  text: string
}

/** The clerk's registration form: keyboard first, checked as typed, saved in one action. */
export function RegisterForm({ day }: { day: DayView }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const formRef = useRef<HTMLFormElement>(null)
  const [last, setLast] = useState<RegisteredBatch | null>(null)
  const [activeMember, setActiveMember] = useState(0)
  const [restored] = useState(() => draftStore.load(day.id))
  const [autoPrint, setAutoPrint] = useState(autoPrintSetting.load)
  const [readerAddress] = useState(readerSetting.load)
  const [readerStatus, setReaderStatus] = useState<ReaderStatus | null>(null)

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
  // The person typed is still in today's queue (by ID number, or name and phone, as the hub matches).
  // The first of them (by ticket), as the hub names it when it refuses.
  const sameDay = (known?.visits ?? [])
    // Another hall's queue today is its own (the repeat panel names it): not this hall's.
    .filter((v) => v.date === day.date && OPEN_STATUSES.includes(v.status) && !v.hall.elsewhere)
    .sort((a, b) => a.ticket.localeCompare(b.ticket))[0]
  const sameDayName =
    known?.persons.find((p) => sameDay?.personIds.includes(p.personId))?.name ?? ''

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

  // Age 70 and over on the day (the hall's today), read from the ID number, is a queue priority.
  const elderly = values.members.some((m) => {
    const id = checkIdNumber(m.idNumber, day.date)
    return id.ok && ageOnDate(id.birthDate, day.date) >= ELDERLY_AGE
  })
  useEffect(() => {
    if (elderly && !form.values.flags.elderly) form.setFieldValue('flags.elderly', true)
  }, [elderly]) // eslint-disable-line react-hooks/exhaustive-deps -- only when the derived age changes

  // The desktop app prints silently to the 80 mm printer chosen once; a browser shows its dialog.
  const printer = useDocumentPrinter()
  const printReceipt = (batchId: number) =>
    void printer.print(`/print/receipt/${batchId}`, 'roll80', t('desk.printReceipt'))
  const startOver = () => {
    draftStore.clear()
    form.setValues(blankRegistration())
    form.resetDirty()
    setActiveMember(0)
    setReaderStatus(null)
    // The day's list is not re-read here: the registration's queue event refreshes it
    // (shared/live/refreshTable.ts), on this desk as on every other screen.
    formRef.current?.querySelector<HTMLInputElement>('input[name="members.0.name"]')?.focus()
  }
  const [requestIds] = useState(submissionIds)
  const register = useMutation(
    trpc.batch.register.mutationOptions({
      onSuccess: (batch) => {
        requestIds.done()
        setLast(batch)
        startOver()
        if (autoPrintSetting.load()) printReceipt(batch.batchId)
      },
      onError: (error) => {
        form.setErrors(fieldErrors(error, t))
        focusFirstError(formRef.current)
      },
    }),
  )

  // One key fills the person being typed from the ID card; without a reader, typing is unchanged.
  const readCard = async () => {
    if (!readerAddress) {
      setReaderStatus({ color: 'dimmed', text: t('desk.reader.notConfigured') })
      return
    }
    const index = activeMember
    setReaderStatus({ color: 'blue', text: t('desk.reader.reading') })
    const result = await jykjReader(readerAddress).read()
    if (!result.ok) {
      setReaderStatus({
        color: result.failure === 'cancelled' ? 'dimmed' : 'orange',
        text: t(`desk.reader.${result.failure}`, {
          address: readerAddress,
          reason: result.detail ?? '',
        }),
      })
      return
    }
    const { card } = result
    form.setFieldValue(`members.${index}.name`, card.name)
    form.setFieldValue(`members.${index}.idNumber`, card.idNumber)
    if (card.address) form.setFieldValue(`members.${index}.address`, card.address)
    setReaderStatus({ color: 'green', text: t('desk.reader.read', { name: card.name }) })
    // What the card cannot give is the phone: the cursor waits there.
    formRef.current
      ?.querySelector<HTMLInputElement>(`input[name="members.${index}.phone"]`)
      ?.focus()
  }

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
      ['alt+R', () => void readCard()],
      ['alt+P', () => last && printReceipt(last.batchId)],
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

  // A retry of the same input keeps its request id, so the hub never registers it twice.
  const submit = form.onSubmit(
    (v) => {
      const input = RegisterBatchInput.parse(toRegistrationInput(day.id, v))
      // The route shown and followed goes with the registration: the hub checks it, it does
      // not compute it again. Not part of what makes a retry the same submission.
      const shown = !v.tableNo && !suggestion.isPlaceholderData ? suggestion.data : null
      register.mutate({
        ...input,
        requestId: requestIds.idFor(input),
        ...(shown && shown.rule !== 'manual' && shown.rule !== 'same_day'
          ? { suggested: { tableNo: shown.tableNo, rule: shown.rule } }
          : {}),
      })
    },
    () => focusFirstError(formRef.current),
  )
  // Ctrl+Enter saves from anywhere in the form (a select first takes its highlighted option).
  const saveOnCtrlEnter = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault()
      formRef.current?.requestSubmit()
    }
  }
  return (
    <Grid gutter="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <form
          ref={formRef}
          onSubmit={submit}
          onKeyDown={saveOnCtrlEnter}
          noValidate
          aria-label={t('desk.title')}
        >
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
            {sameDay && (
              <SameDayNotice visit={sameDay} name={sameDayName} form={form} onAdded={startOver} />
            )}
            <Group>
              {readerAddress && (
                <Button variant="light" size="xs" onClick={() => void readCard()}>
                  {t('desk.readCard')} <Kbd ml={6}>Alt+R</Kbd>
                </Button>
              )}
              <Button
                variant="light"
                size="xs"
                onClick={addRepresentative}
                disabled={values.members.length >= MAX_REPRESENTATIVES}
              >
                {t('desk.addRepresentative')} <Kbd ml={6}>Alt+A</Kbd>
              </Button>
              {readerStatus && (
                <Text size="sm" c={readerStatus.color} role="status" data-testid="reader-status">
                  {readerStatus.text}
                </Text>
              )}
            </Group>

            <Textarea
              label={t('desk.summary')}
              autosize
              minRows={3}
              maxRows={8}
              name="summary"
              {...form.getInputProps('summary')}
            />

            <Fieldset legend={t('desk.matter')} p="sm">
              <Group grow align="flex-start">
                <KeySelect
                  label={t('desk.nature')}
                  searchable={false}
                  data={caseNatures.map((n) => ({ value: n, label: t(`nature.${n}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps('nature')}
                />
                <KeySelect
                  label={t('desk.category')}
                  data={(categories.data ?? []).map((c) => ({
                    value: String(c.id),
                    label: c.name,
                  }))}
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
            </Group>
            {register.isError && Object.keys(form.errors).length === 0 && (
              <Alert color="red" role="alert">
                {errorMessage(register.error, t)}
              </Alert>
            )}
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        {/* The saved ticket and its print key stay in view beside the form, at any height. */}
        <Stack gap="sm" pos="sticky" top={8}>
          {printer.modal}
          {last && (
            <RegisteredNotice
              batch={last}
              onPrint={() => printReceipt(last.batchId)}
              autoPrint={autoPrint}
              onAutoPrint={(on) => {
                autoPrintSetting.save(on)
                setAutoPrint(on)
              }}
            />
          )}
          <Text size="xs" c="dimmed">
            {t('desk.keys')}
          </Text>
          <RepeatPanel
            probing={probe !== null}
            fetching={lookup.isFetching}
            result={known}
            linkedAppointmentId={values.appointmentId}
            onUseAppointment={(appointmentId, leaderId) => {
              const duty = day.duties.find((d) => d.leader.id === leaderId)
              form.setValues({
                appointmentId,
                tableNo: duty ? String(duty.tableNo) : values.tableNo,
              })
            }}
          />
        </Stack>
      </Grid.Col>
    </Grid>
  )
}
