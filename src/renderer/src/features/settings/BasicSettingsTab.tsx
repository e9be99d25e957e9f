import { Button, Group, Loader, Paper, Select, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  issuingBodies,
  UpdateSettingsInput,
  type IssuingBody,
  type SettingsView,
} from '@shared/contract'
import { issuerName } from '../print/format'
import { useTRPC } from '../../app/trpc'
import { errorMessage, fieldErrors } from '../../shared/hubError'
import { schemaErrors } from '../../shared/schemaErrors'
import { countyLabel } from './countyLabel'
import { useReferenceRefresh } from '../live/useLiveUpdates'

export function BasicSettingsTab() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const settings = useQuery(trpc.reference.settings.queryOptions())
  if (!settings.data) return <Loader aria-label={t('common.loading')} />
  return <BasicSettingsForm settings={settings.data} />
}

function BasicSettingsForm({ settings }: { settings: SettingsView }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const refresh = useReferenceRefresh()
  // Said only once the hub has confirmed; any edit afterwards takes it back.
  const [saved, setSaved] = useState(false)
  const form = useForm({
    initialValues: {
      hallName: settings.hallName,
      hallPhone: settings.hallPhone,
      clerkName: settings.clerkName,
      issuingBody: settings.issuingBody,
    },
    validate: (values) => schemaErrors(UpdateSettingsInput, values, t),
    onValuesChange: () => setSaved(false),
  })
  const save = useMutation(
    trpc.reference.updateSettings.mutationOptions({
      onSuccess: (saved) => {
        form.setValues({
          hallName: saved.hallName,
          hallPhone: saved.hallPhone,
          clerkName: saved.clerkName,
          issuingBody: saved.issuingBody,
        })
        form.resetDirty()
        setSaved(true)
        return refresh()
      },
      onError: (error) => form.setErrors(fieldErrors(error, t)),
    }),
  )

  return (
    <Paper withBorder p="md" maw={640}>
      <form noValidate onSubmit={form.onSubmit((values) => save.mutate(values))}>
        <Stack gap="sm">
          <TextInput
            label={t('settings.basic.hallName')}
            placeholder={t('settings.basic.hallNamePlaceholder')}
            {...form.getInputProps('hallName')}
          />
          <TextInput
            label={t('settings.basic.hallPhone')}
            description={t('settings.basic.hallPhoneHint')}
            inputMode="tel"
            {...form.getInputProps('hallPhone')}
          />
          <TextInput
            label={t('settings.basic.clerkName')}
            description={t('settings.basic.clerkNameHint')}
            {...form.getInputProps('clerkName')}
          />
          <Select
            label={t('settings.basic.issuingBody')}
            description={t('settings.basic.issuingBodyHint')}
            allowDeselect={false}
            data={issuingBodies.map((body) => ({
              value: body,
              // A body named after the county cannot be chosen before the county is.
              disabled: body !== 'hall' && !settings.county,
              label: t(`settings.basic.issuingBodyOption.${body}`, {
                name:
                  body !== 'hall' && !settings.county
                    ? t('settings.basic.issuingBodyNoCounty')
                    : issuerName(t, {
                        issuingBody: body,
                        hallName: form.values.hallName.trim(),
                        countyName: settings.county?.name ?? null,
                      }),
              }),
            }))}
            {...form.getInputProps('issuingBody')}
            onChange={(value) => value && form.setFieldValue('issuingBody', value as IssuingBody)}
          />
          <TextInput
            label={t('settings.basic.county')}
            readOnly
            variant="filled"
            value={
              settings.county
                ? `${countyLabel(settings.county)}（${settings.county.code}）`
                : t('settings.basic.countyNone')
            }
          />
          {save.isError && Object.keys(form.errors).length === 0 && (
            <Text role="alert" c="red">
              {errorMessage(save.error, t)}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('settings.basic.save')}
            </Button>
            {saved && (
              <Text role="status" c="green">
                {t('common.saved')}
              </Text>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
