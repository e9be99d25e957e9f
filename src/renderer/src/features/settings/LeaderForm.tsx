import {
  Alert,
  Autocomplete,
  Button,
  Group,
  MultiSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import {
  CreateLeaderInput,
  type CategoryView,
  type LeaderDetail,
  type TownshipView,
} from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { errorMessage, fieldErrors } from '../../shared/hubError'
import { schemaErrors } from '../../shared/schemaErrors'

// Common titles of a county leadership, offered while typing (any title may be entered).
const TITLES = ['县委书记', '县长', '县委副书记', '常务副县长', '副县长', '县委常委', '政法委书记']

interface Values {
  name: string
  title: string
  areaIds: string[]
  townshipCodes: string[]
}

const toInput = (v: Values) => ({
  name: v.name,
  title: v.title,
  areaIds: v.areaIds.map(Number),
  townshipCodes: v.townshipCodes,
})

// The hub's field paths → this form's.
const formErrors = (errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(/\.\d+$/, ''), v]))

interface Props {
  /** null: a new leader. */
  leader: LeaderDetail | null
  leaders: LeaderDetail[]
  categories: CategoryView[]
  townships: TownshipView[]
  onSaved(leader: LeaderDetail): void
  onCancel(): void
}

/** One leader: name, title, 分管领域 (categories) and 联系乡镇 (townships of the county). */
export function LeaderForm({ leader, leaders, categories, townships, onSaved, onCancel }: Props) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const form = useForm<Values>({
    initialValues: {
      name: leader?.name ?? '',
      title: leader?.title ?? '',
      areaIds: leader?.areas.map((a) => String(a.id)) ?? [],
      townshipCodes: leader?.townships.map((town) => town.code) ?? [],
    },
    validate: (values) => formErrors(schemaErrors(CreateLeaderInput, toInput(values), t)),
  })
  const handlers = {
    onSuccess: (saved: LeaderDetail) => {
      if (!leader) form.reset()
      onSaved(saved)
    },
    onError: (error: unknown) => form.setErrors(formErrors(fieldErrors(error, t))),
  }
  const create = useMutation(trpc.leader.create.mutationOptions(handlers))
  const update = useMutation(trpc.leader.update.mutationOptions(handlers))
  const failed = leader ? update : create

  // Areas: the active categories, plus any inactive one this leader still has.
  const areaOptions = [
    ...categories.map((c) => ({ value: String(c.id), label: c.name })),
    ...(leader?.areas ?? [])
      .filter((a) => !categories.some((c) => c.id === a.id))
      .map((a) => ({ value: String(a.id), label: a.name })),
  ]
  const liaison = new Map<string, string[]>()
  for (const other of leaders)
    if (other.id !== leader?.id && other.active)
      for (const town of other.townships)
        liaison.set(town.code, [...(liaison.get(town.code) ?? []), other.name])
  const townshipOptions = townships.map((town) => ({ value: town.code, label: town.name }))

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="leader-form-heading">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          const input = CreateLeaderInput.parse(toInput(values))
          if (leader) update.mutate({ id: leader.id, ...input })
          else create.mutate(input)
        })}
      >
        <Stack gap="sm">
          <Title order={3} id="leader-form-heading">
            {leader
              ? t('settings.leaders.formEdit', { name: leader.name })
              : t('settings.leaders.formNew')}
          </Title>
          <TextInput label={t('settings.leaders.name')} {...form.getInputProps('name')} />
          <Autocomplete
            label={t('settings.leaders.title')}
            description={t('settings.leaders.titleHint')}
            data={TITLES}
            {...form.getInputProps('title')}
          />
          <MultiSelect
            label={t('settings.leaders.areas')}
            description={t('settings.leaders.areasHint')}
            data={areaOptions}
            searchable
            clearable
            hidePickedOptions
            {...form.getInputProps('areaIds')}
          />
          <MultiSelect
            label={t('settings.leaders.townships')}
            description={t('settings.leaders.townshipsHint')}
            data={townshipOptions}
            searchable
            clearable
            hidePickedOptions
            maxDropdownHeight={320}
            renderOption={({ option }) => {
              const others = liaison.get(option.value)
              return (
                <Group gap={6} wrap="nowrap">
                  <span>{option.label}</span>
                  {others && (
                    <Text size="xs" c="dimmed">
                      {t('settings.leaders.liaisonOf', { name: others.join('、') })}
                    </Text>
                  )}
                </Group>
              )
            }}
            {...form.getInputProps('townshipCodes')}
          />
          {townships.length === 0 && (
            <Alert color="yellow" variant="light">
              {t('settings.leaders.noTownships')}
            </Alert>
          )}
          {failed.isError && Object.keys(form.errors).length === 0 && (
            <Text role="alert" c="red">
              {errorMessage(failed.error, t)}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t('settings.leaders.save')}
            </Button>
            {leader && (
              <Button variant="default" onClick={onCancel}>
                {t('settings.leaders.cancelEdit')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
