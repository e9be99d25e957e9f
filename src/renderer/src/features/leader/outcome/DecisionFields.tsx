import { Button, Checkbox, Group, Radio, Select, Stack, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { lawfulChannels, needsDepartment, outcomeKinds, type CaseNature } from '@shared/contract'
import { handlingDeadline, promiseWithin } from '@shared/cases/deadlines'
import { useWorkingCalendar } from '../../../app/useWorkingCalendar'
import { longDate } from '../../print/format'
import type { DecisionValues } from './outcomeValues'

export interface Option {
  value: string
  label: string
}

interface DecisionFieldsProps<V> {
  // Mantine's form is typed by its values; the fields address theirs by path.
  form: UseFormReturnType<V>
  /** Path of the decision in the form's values: 'matters.0.' or ''. */
  prefix: string
  decision: DecisionValues
  nature: CaseNature
  acceptedOn: string
  departments: Option[]
  leaders: Option[]
}

/** Outcome, department, owner leader, deadline and lawful channel of one decision. */
export function DecisionFields<V>({
  form,
  prefix,
  decision,
  nature,
  acceptedOn,
  departments,
  leaders,
}: DecisionFieldsProps<V>) {
  const { t } = useTranslation()
  const calendar = useWorkingCalendar()
  const statute = handlingDeadline(acceptedOn, calendar)
  const field = (name: string) => `${prefix}${name}`
  const setPromise = (value: string) =>
    form.setFieldValue(field('promisedDeadline'), value as never)
  return (
    <Stack gap="xs">
      <Radio.Group label={t('outcomePanel.outcome')} {...form.getInputProps(field('outcome'))}>
        <Group gap="lg" mt={4}>
          {outcomeKinds.map((kind) => (
            <Radio key={kind} value={kind} label={t(`outcome.${kind}`)} />
          ))}
        </Group>
      </Radio.Group>

      {needsDepartment(decision.outcome) && (
        <>
          <Group grow align="flex-start">
            <Select
              label={t(
                decision.outcome === 'forwarded'
                  ? 'outcomePanel.forwardTo'
                  : 'outcomePanel.department',
              )}
              data={departments}
              searchable
              withAsterisk
              {...form.getInputProps(field('departmentId'))}
            />
            <Select
              label={t('outcomePanel.ownerLeader')}
              description={t('outcomePanel.ownerDefault')}
              data={leaders}
              searchable
              {...form.getInputProps(field('ownerLeaderId'))}
            />
          </Group>
          <Group align="flex-end" gap="xs">
            <TextInput
              type="date"
              w={230}
              label={t('outcomePanel.promised')}
              min={acceptedOn}
              max={statute.date}
              {...form.getInputProps(field('promisedDeadline'))}
            />
            {[15, 30].map((days) => (
              <Button
                key={days}
                variant="default"
                onClick={() => setPromise(promiseWithin(acceptedOn, days, calendar))}
              >
                {t('outcomePanel.promiseWithin', { days })}
              </Button>
            ))}
            <Button variant="subtle" onClick={() => setPromise('')}>
              {t('outcomePanel.useStatute')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('outcomePanel.statuteDeadline', { date: longDate(t, statute.date) })}
            {statute.provisional && ` ${t('outcomePanel.provisional')}`}
          </Text>
          {nature === 'accusation' ? (
            <Text size="sm" c="red.8">
              {t('outcomePanel.accusationWithheld')}
            </Text>
          ) : (
            <Checkbox
              label={t('outcomePanel.shareContact')}
              {...form.getInputProps(field('shareContact'), { type: 'checkbox' })}
            />
          )}
        </>
      )}

      {decision.outcome === 'not_accepted' && (
        <Group grow align="flex-start">
          <Select
            label={t('outcomePanel.channel')}
            data={lawfulChannels.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
            withAsterisk
            {...form.getInputProps(field('channel'))}
          />
          <TextInput
            label={t('outcomePanel.channelNote')}
            placeholder={t('outcomePanel.channelNoteHint')}
            {...form.getInputProps(field('channelNote'))}
          />
        </Group>
      )}
    </Stack>
  )
}
